<?php
/**
 * Plugin Name:       Limber Health Content
 * Plugin URI:        https://github.com/limber-elements/limber-elements
 * Description:       Sourced, dated health-education content (exercise cards, care advice, tips, the whole article) as a block and a [limber] shortcode. Pre-rendered on the server: visible without JavaScript, and nothing moves when the script arrives.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       limber-health-content
 *
 * @package LimberHealthContent
 */

defined( 'ABSPATH' ) || exit;

define( 'LIMBER_HC_VERSION', '0.1.0' );
define( 'LIMBER_HC_DIR', __DIR__ );

require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/care-options.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'limber_hc_register' );

/** The block (block/block.json), the shortcode and the front-end assets. */
function limber_hc_register() {
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'limber_hc_render_block' ) );
	add_shortcode( 'limber', 'limber_hc_render_shortcode' );
	wp_register_script( 'limber-hydrate', plugins_url( 'assets/limber-hydrate.js', __FILE__ ), array(), LIMBER_HC_VERSION, true );
	wp_register_script( 'limber-live', plugins_url( 'assets/limber.js', __FILE__ ), array(), LIMBER_HC_VERSION, true );
	// Light, dark and high contrast, each scoped to `[data-limber-theme]` on an embed's wrapper.
	wp_register_style( 'limber-themes', plugins_url( 'assets/limber-themes.css', __FILE__ ), array(), LIMBER_HC_VERSION );
}

add_filter( 'script_loader_tag', 'limber_hc_module_tag', 10, 3 );

/** Limber's scripts are ES modules; the hydrating one is async, so it never holds the first paint. */
function limber_hc_module_tag( $tag, $handle, $src ) {
	if ( 'limber-hydrate' === $handle ) {
		return sprintf( '<script type="module" src="%s" async></script>' . "\n", esc_url( $src ) );
	}
	if ( 'limber-live' === $handle ) {
		return sprintf( '<script type="module" src="%s"></script>' . "\n", esc_url( $src ) );
	}
	return $tag;
}

add_action( 'wp_enqueue_scripts', 'limber_hc_enqueue_themes' );

/**
 * The themes (2 KB), in the head of a post that embeds Limber, so embeds paint in their colours
 * at once; an embed elsewhere (a widget) enqueues them itself, in the footer.
 */
function limber_hc_enqueue_themes() {
	$post = get_post();
	if ( is_singular() && $post && ( has_block( 'limber/health-content', $post ) || has_shortcode( $post->post_content, 'limber' ) ) ) {
		wp_enqueue_style( 'limber-themes' );
	}
}

add_action( 'enqueue_block_editor_assets', 'limber_hc_editor_assets' );

/** In the editor: the live elements for the preview, and the list of items for the inspector. */
function limber_hc_editor_assets() {
	wp_enqueue_script( 'limber-live' );
	wp_enqueue_style( 'limber-themes' );
	$data = array(
		'index'    => limber_hc_index(),
		'defaults' => limber_hc_settings(),
	);
	wp_add_inline_script( 'limber-health-content-editor-script', 'window.limberHealthContent = ' . wp_json_encode( $data ) . ';', 'before' );
}
