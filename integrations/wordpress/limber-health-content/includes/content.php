<?php
/**
 * What the plugin can show: the index of pre-rendered snippets (prerendered/index.json, written
 * by Limber's `npm run build`), the site's defaults, and one embed's choices checked against both.
 *
 * @package LimberHealthContent
 */

defined( 'ABSPATH' ) || exit;

/** The pre-rendered matrix's index: elements, their items, locales, heading levels, regions. */
function limber_hc_index() {
	static $index = null;
	if ( null === $index ) {
		$file  = LIMBER_HC_DIR . '/prerendered/index.json';
		$json  = is_readable( $file ) ? file_get_contents( $file ) : '';
		$index = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $index ) || ! isset( $index['elements'] ) ) {
			$index = array(
				'locales'       => array( 'en' ),
				'headingLevels' => array( 3 ),
				'regions'       => array( 'us' ),
				'elements'      => array(),
			);
		}
	}
	return $index;
}

/** The themes a page may load: `auto` follows the reader's light or dark system setting. */
function limber_hc_themes() {
	return array( 'auto', 'light', 'dark', 'high-contrast' );
}

/** The site's defaults (Settings → Limber), each a value the index knows. */
function limber_hc_settings() {
	$index  = limber_hc_index();
	$saved  = get_option( 'limber_hc_settings', array() );
	$saved  = is_array( $saved ) ? $saved : array();
	$locale = isset( $saved['locale'] ) && in_array( $saved['locale'], $index['locales'], true ) ? $saved['locale'] : 'en';
	$region = isset( $saved['region'] ) && in_array( $saved['region'], $index['regions'], true ) ? $saved['region'] : 'us';
	$theme  = isset( $saved['theme'] ) && in_array( $saved['theme'], limber_hc_themes(), true ) ? $saved['theme'] : 'auto';
	$review = isset( $saved['requireReview'] ) && in_array( $saved['requireReview'], $index['reviewRequirements'] ?? array(), true ) ? $saved['requireReview'] : '';
	return array(
		'locale'        => $locale,
		'region'        => $region,
		'theme'         => $theme,
		'requireReview' => $review,
		'careOptions'   => array_values( array_filter( array_map( 'limber_hc_clean_care_option', is_array( $saved['careOptions'] ?? null ) ? $saved['careOptions'] : array() ) ) ),
	);
}

/** The index entry of one element kind (`exercise-card`, `article`…), or null. */
function limber_hc_element( $kind ) {
	foreach ( limber_hc_index()['elements'] as $element ) {
		if ( $element['kind'] === $kind ) {
			return $element;
		}
	}
	return null;
}

/**
 * One embed's choices, each checked against what exists; empty ones take the site's defaults.
 * Returns the choice, or a WP_Error naming what is wrong (for the editor's notice).
 *
 * @param array $wanted element, item, locale, region, theme, headingLevel.
 */
function limber_hc_choice( array $wanted ) {
	$index    = limber_hc_index();
	$defaults = limber_hc_settings();
	$kind     = (string) ( $wanted['element'] ?? '' );
	$element  = limber_hc_element( $kind );
	if ( ! $element ) {
		/* translators: %s: an element name from a shortcode or block. */
		return new WP_Error( 'limber_element', sprintf( __( 'there is no Limber element "%s"', 'limber-health-content' ), $kind ) );
	}
	$item = (string) ( $wanted['item'] ?? '' );
	if ( ! in_array( $item, array_column( $element['items'], 'id' ), true ) ) {
		/* translators: 1: what the element shows (exercise, tip…), 2: the id asked for. */
		return new WP_Error( 'limber_item', sprintf( __( 'no %1$s with id "%2$s"', 'limber-health-content' ), $element['attribute'], $item ) );
	}
	$locale = '' === (string) ( $wanted['locale'] ?? '' ) ? $defaults['locale'] : (string) $wanted['locale'];
	if ( ! in_array( $locale, $index['locales'], true ) ) {
		/* translators: %s: a language code. */
		return new WP_Error( 'limber_locale', sprintf( __( 'no content in the language "%s"', 'limber-health-content' ), $locale ) );
	}
	$region = '' === (string) ( $wanted['region'] ?? '' ) ? $defaults['region'] : (string) $wanted['region'];
	if ( ! in_array( $region, $index['regions'], true ) ) {
		/* translators: 1: a region code, 2: the codes a site may use, comma-separated. */
		return new WP_Error( 'limber_region', sprintf( __( 'no region "%1$s" (use one of %2$s)', 'limber-health-content' ), $region, implode( ', ', $index['regions'] ) ) );
	}
	$theme = '' === (string) ( $wanted['theme'] ?? '' ) ? $defaults['theme'] : (string) $wanted['theme'];
	if ( ! in_array( $theme, limber_hc_themes(), true ) ) {
		/* translators: %s: a theme name. */
		return new WP_Error( 'limber_theme', sprintf( __( 'no theme "%s"', 'limber-health-content' ), $theme ) );
	}
	$level = (int) ( $wanted['headingLevel'] ?? 3 );
	if ( ! in_array( $level, $index['headingLevels'], true ) ) {
		/* translators: %s: a heading level. */
		return new WP_Error( 'limber_heading', sprintf( __( 'no heading level %s (use 2, 3 or 4)', 'limber-health-content' ), (string) ( $wanted['headingLevel'] ?? '' ) ) );
	}
	// An element that links to this site's pages (the topic index) needs their address.
	$href_template = '';
	if ( isset( $element['template'] ) ) {
		$href_template = trim( (string) ( $wanted['hrefTemplate'] ?? '' ) );
		$problem       = limber_hc_href_template_problem( $href_template );
		if ( null !== $problem ) {
			return new WP_Error( 'limber_href_template', $problem );
		}
	}
	return array(
		'element'      => $element,
		'item'         => $item,
		'locale'       => $locale,
		'region'       => $region,
		'theme'        => $theme,
		'headingLevel' => $level,
		'hrefTemplate' => $href_template,
		// A site-wide choice (Settings → Limber): never per embed, so no post can show less review.
		'requireReview' => $defaults['requireReview'],
	);
}

/**
 * What is wrong with the address of a topic's page for the topic index, or null: it needs
 * `{topic}` once, and the links it makes must be `https:` or a path on this site (Limber's URL
 * policy, as the embed builder checks it).
 *
 * @param string $template the address, `{topic}` where a topic's id goes: `/health/{topic}`.
 */
function limber_hc_href_template_problem( $template ) {
	if ( 1 !== substr_count( $template, '{topic}' ) ) {
		return __( 'the topic index needs the address of a topic\'s page with {topic} once, where its id goes: [limber index="/health/{topic}"]', 'limber-health-content' );
	}
	$ok = limber_hc_link_ok( str_replace( '{topic}', 'topic', $template ) );
	/* translators: %s: the address an editor gave. */
	return $ok ? null : sprintf( __( 'the address "%s" is refused: use https:// or a path on this site', 'limber-health-content' ), $template );
}

/**
 * A choice's item as the plugin stores it (prerendered/<locale>/<kind>/<item>.json): `snippets`, each
 * variant's pre-rendered HTML by its file name, and `parts`, the shadow roots they use (see
 * render.php); null when the file is missing or unreadable.
 */
function limber_hc_item( array $choice ) {
	$file = sprintf( '%s/prerendered/%s/%s/%s.json', LIMBER_HC_DIR, $choice['locale'], $choice['element']['kind'], $choice['item'] );
	$item = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	return is_array( $item ) && is_array( $item['snippets'] ?? null ) && is_array( $item['parts'] ?? null ) ? $item : null;
}

/** Where a choice's pre-rendered HTML is (as Limber's scripts/lib/prerendered.mjs names it); the plugin keeps it under its file name in its item's file. */
function limber_hc_snippet_path( array $choice ) {
	$region = $choice['element']['regional'] ? '.' . $choice['region'] : '';
	$review = ! empty( $choice['element']['reviewable'] ) && '' !== $choice['requireReview'] ? '.' . $choice['requireReview'] : '';
	return sprintf( '%s/prerendered/%s/%s/%s.h%d%s%s.html', LIMBER_HC_DIR, $choice['locale'], $choice['element']['kind'], $choice['item'], $choice['headingLevel'], $region, $review );
}
