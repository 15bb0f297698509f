<?php
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_style( 'limber-hostile-style', get_stylesheet_uri(), array(), '1.0' );
	}
);

/*
 * For the WordPress check's column of the loading matrix: `?limber-with=<way>` makes this theme bring
 * Limber its own way too, from its own copy (limber/, beside this file), as a theme or another
 * plugin would: limber.js enqueued in the head (`head`) or printed late in the footer (`late`),
 * limber-hydrate.js async (`hydrate`), limber-es.js (`es`), an app's bundle of the per-element
 * modules (`bundle`), a pasted pre-rendered snippet (`snippets`) or a bare tag (`tags`), before
 * the post's content or after it (`&limber-first=theme|plugin`).
 */
function limber_hostile_way() {
	$way = isset( $_GET['limber-with'] ) ? sanitize_key( wp_unslash( $_GET['limber-with'] ) ) : '';
	return in_array( $way, array( 'head', 'late', 'hydrate', 'es', 'bundle', 'snippets', 'tags' ), true ) ? $way : '';
}

function limber_hostile_theme_first() {
	return ! isset( $_GET['limber-first'] ) || 'plugin' !== $_GET['limber-first'];
}

add_action(
	'wp_enqueue_scripts',
	function () {
		$way   = limber_hostile_way();
		$files = array(
			'head'    => 'limber.js',
			'hydrate' => 'limber-hydrate.js',
			'es'      => 'limber-es.js',
			'bundle'  => 'portal-all.js',
		);
		if ( isset( $files[ $way ] ) ) {
			wp_enqueue_script( 'theme-limber', get_stylesheet_directory_uri() . '/limber/' . $files[ $way ], array(), null, false );
		}
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'theme-limber' !== $handle ) {
			return $tag;
		}
		$extra = array(
			'head'    => ' blocking="render"',
			'hydrate' => ' async',
			'es'      => ' blocking="render"',
			'bundle'  => '',
		);
		return sprintf( '<script type="module" src="%s"%s></script>' . "\n", esc_url( $src ), $extra[ limber_hostile_way() ] );
	},
	10,
	3
);

add_action(
	'wp_footer',
	function () {
		if ( 'late' === limber_hostile_way() ) {
			printf( '<script type="module" src="%s"></script>' . "\n", esc_url( get_stylesheet_directory_uri() . '/limber/limber.js' ) );
		}
	},
	100
);

// Last, after the plugin has put its embeds back: what an editor pasted in a Custom HTML block.
add_filter(
	'the_content',
	function ( $content ) {
		$way = limber_hostile_way();
		if ( 'snippets' !== $way && 'tags' !== $way ) {
			return $content;
		}
		$pasted = file_get_contents( __DIR__ . '/limber/' . ( 'snippets' === $way ? 'snippet.html' : 'tag.html' ) );
		$block  = '<div class="theme-embed">' . $pasted . '</div>';
		return limber_hostile_theme_first() ? $block . $content : $content . $block;
	},
	PHP_INT_MAX
);
