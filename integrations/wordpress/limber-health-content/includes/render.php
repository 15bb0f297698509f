<?php
/**
 * The front end: the block and the shortcode print the pre-rendered HTML (declarative shadow
 * DOM, so it shows without JavaScript) and enqueue limber-hydrate.js, which takes it over in
 * place. Unknown ids print nothing for readers and a notice for people who can edit.
 *
 * @package LimberHealthContent
 */

defined( 'ABSPATH' ) || exit;

/**
 * Pre-rendered HTML waiting for the end of `the_content`: texturize, smilies and autop run on
 * post content after blocks and shortcodes render, and would rewrite Limber's words and markup.
 */
$GLOBALS['limber_hc_held'] = array();

add_filter( 'the_content', 'limber_hc_release', PHP_INT_MAX );

/** Puts the held pre-rendered HTML back in place of its placeholders. */
function limber_hc_release( $content ) {
	foreach ( $GLOBALS['limber_hc_held'] as $key => $html ) {
		$content = str_replace( "<!--limber-hc:$key-->", $html, $content );
	}
	return $content;
}

/** The block's render callback (block/block.json attributes). */
function limber_hc_render_block( $attributes ) {
	return limber_hc_render( is_array( $attributes ) ? $attributes : array() );
}

/**
 * `[limber exercise="sciatic-nerve-glide" locale="es"]`: one of exercise, tip, care (a level),
 * person or topic (the whole article, or `element="causes"` and the other topic sections), or
 * index (every topic A to Z: `[limber index="/health/{topic}"]`, the address of a topic's page on
 * this site), with optional locale, region, theme and heading (2–4).
 */
function limber_hc_render_shortcode( $atts ) {
	$atts    = shortcode_atts(
		array(
			'exercise' => '',
			'tip'      => '',
			'care'     => '',
			'person'   => '',
			'topic'    => '',
			'index'    => '',
			'element'  => '',
			'locale'   => '',
			'region'   => '',
			'theme'    => '',
			'heading'  => '3',
		),
		$atts,
		'limber'
	);
	$by_item = array(
		'exercise' => 'exercise-card',
		'tip'      => 'tip',
		'care'     => 'care-card',
		'person'   => 'expert-card',
		'topic'    => '' === $atts['element'] ? 'article' : $atts['element'],
	);
	$element = '';
	$item    = '';
	foreach ( $by_item as $key => $kind ) {
		if ( '' !== $atts[ $key ] ) {
			$element = $kind;
			$item    = $atts[ $key ];
			break;
		}
	}
	if ( '' === $element && '' !== $atts['index'] ) {
		$element = 'topic-index';
		$item    = 'all';
	}
	if ( '' === $element ) {
		return limber_hc_notice( __( 'the [limber] shortcode needs one of exercise, tip, care, person, topic or index', 'limber-health-content' ) );
	}
	return limber_hc_render(
		array(
			'element'      => $element,
			'item'         => $item,
			'locale'       => $atts['locale'],
			'region'       => $atts['region'],
			'theme'        => $atts['theme'],
			'headingLevel' => $atts['heading'],
			'hrefTemplate' => $atts['index'],
		)
	);
}

/**
 * `$html` with each placeholder `$pattern` matches (its first group a file's hash) replaced by the
 * text of `prerendered/<$folder>/<hash><$ext>`, wrapped as `$wrap` says (`%s`: the text). False
 * when a named file is missing. The plugin stores the styles many snippets repeat once this way
 * (see Limber's scripts/build-wordpress.mjs).
 *
 * @param string $html    a snippet.
 * @param string $pattern the placeholder, a regular expression.
 * @param string $folder  where the stored texts are, under prerendered/.
 * @param string $ext     their file extension.
 * @param string $wrap    what goes in place of a placeholder.
 */
function limber_hc_fill_stored( $html, $pattern, $folder, $ext, $wrap = '%s' ) {
	$missing = false;
	$html    = preg_replace_callback(
		$pattern,
		static function ( $found ) use ( &$missing, $folder, $ext, $wrap ) {
			$file = LIMBER_HC_DIR . '/prerendered/' . $folder . '/' . $found[1] . $ext;
			$text = is_readable( $file ) ? file_get_contents( $file ) : false;
			if ( false === $text ) {
				$missing = true;
				return '';
			}
			return sprintf( $wrap, $text );
		},
		$html
	);
	return $missing || ! is_string( $html ) ? false : $html;
}

/**
 * A snippet with its shadow roots back: the plugin stores each declarative shadow root an item's
 * snippets use once, in the item's file (`parts`: hash → root), and a snippet, or a root around
 * another, names it with `<!--limber-part:…-->`. False when a named part is missing or they nest
 * deeper than the build ever writes.
 *
 * @param string $html  a snippet with `<!--limber-part:…-->` placeholders.
 * @param array  $parts the item's shadow roots, by hash.
 */
function limber_hc_with_parts( $html, array $parts ) {
	for ( $depth = 0; false !== strpos( $html, '<!--limber-part:' ); $depth++ ) {
		if ( $depth > 8 ) {
			return false;
		}
		$missing = false;
		$html    = preg_replace_callback(
			'/<!--limber-part:([0-9a-f]{16})-->/',
			static function ( $found ) use ( $parts, &$missing ) {
				if ( ! isset( $parts[ $found[1] ] ) || ! is_string( $parts[ $found[1] ] ) ) {
					$missing = true;
					return '';
				}
				return $parts[ $found[1] ];
			},
			$html
		);
		if ( $missing || ! is_string( $html ) ) {
			return false;
		}
	}
	return $html;
}

/**
 * A snippet as Limber rendered it: the plugin stores each shadow root's styles once
 * (prerendered/styles/<hash>.css) and each snippet names its own; their text goes back in here.
 * False when a named style file is missing.
 *
 * @param string $html a snippet with `<style data-limber-shared="…"></style>` placeholders.
 */
function limber_hc_with_shared_styles( $html ) {
	return limber_hc_fill_stored( $html, '/<style data-limber-shared="([0-9a-f]{16})"><\/style>/', 'styles', '.css', '<style>%s</style>' );
}

/**
 * A snippet that links to this site's pages (the topic index) with the site's address in place of
 * the marker it was rendered with (prerendered/index.json's `template`), in its attribute and in
 * every link alike, as the element itself writes them; other snippets as they are.
 *
 * @param string $html   a snippet.
 * @param array  $choice the embed, as limber_hc_choice() checked it.
 */
function limber_hc_with_site_address( $html, array $choice ) {
	$marker = $choice['element']['template'] ?? null;
	if ( ! is_array( $marker ) ) {
		return $html;
	}
	list( $prefix, $suffix ) = explode( '{topic}', $choice['hrefTemplate'], 2 );
	return str_replace( array( $marker['prefix'], $marker['suffix'] ), array( esc_attr( $prefix ), esc_attr( $suffix ) ), $html );
}

/** One embed: the pre-rendered HTML, or a notice for editors when the choice is unknown. */
function limber_hc_render( array $wanted ) {
	$choice = limber_hc_choice( $wanted );
	if ( is_wp_error( $choice ) ) {
		return limber_hc_notice( $choice->get_error_message() );
	}
	$item = limber_hc_item( $choice );
	$html = $item['snippets'][ basename( limber_hc_snippet_path( $choice ) ) ] ?? null;
	$html = is_string( $html ) ? limber_hc_with_parts( $html, $item['parts'] ) : false;
	if ( false !== $html ) {
		$html = limber_hc_with_shared_styles( $html );
	}
	if ( false !== $html ) {
		$html = limber_hc_with_site_address( $html, $choice );
	}
	if ( false === $html ) {
		return limber_hc_notice( __( 'the pre-rendered content is missing from the plugin; reinstall it', 'limber-health-content' ) );
	}
	wp_enqueue_script( 'limber-hydrate' );
	$theme = $choice['theme'];
	$attr  = '';
	if ( 'auto' !== $theme ) {
		wp_enqueue_style( 'limber-themes' );
		$attr = sprintf( ' data-limber-theme="%s"', esc_attr( $theme ) );
	}
	// The HTML was rendered by Limber at build time (Lit SSR escaped every value in it); the
	// wrapper's one attribute is escaped here.
	// The site's care options go inside the element, as light DOM its slot shows (escaped there).
	$output = sprintf( '<div class="limber-health-content"%s>%s</div>', $attr, limber_hc_with_care_options( trim( $html ), $choice ) );
	if ( doing_filter( 'the_content' ) ) {
		$key                               = count( $GLOBALS['limber_hc_held'] );
		$GLOBALS['limber_hc_held'][ $key ] = $output;
		return "<!--limber-hc:$key-->";
	}
	return $output;
}

/**
 * What an unknown id shows: nothing to readers; to people who can edit posts, a notice saying
 * what is wrong, escaped as text.
 */
function limber_hc_notice( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	/* translators: %s: what is wrong with the embed. */
	$text = sprintf( __( 'Limber: %s. Readers see nothing here; only editors see this notice.', 'limber-health-content' ), $message );
	return '<p class="limber-health-content-notice" role="note">' . esc_html( $text ) . '</p>';
}
