<?php
/**
 * The site's care options (Settings → Limber): what the reader's plan or employer offers (a
 * nurse line, video visits, physical therapy, a clinic), for the non-urgent and urgent care cards
 * and the article's. Printed as light DOM inside the pre-rendered element, in the slot for the
 * level, so they show without JavaScript; never at the emergency level.
 *
 * The markup is the embed builder's (`careOptionsMarkup`, stories/builder/snippets.ts), byte for
 * byte; the WordPress check compares the two.
 *
 * @package LimberHealthContent
 */

defined( 'ABSPATH' ) || exit;

/** How many care options Settings → Limber offers. */
const LIMBER_HC_CARE_OPTION_ROWS = 3;

/** The levels a site's option may serve: never `emergency`. */
function limber_hc_care_levels() {
	return array( 'non-urgent', 'urgent' );
}

/** The kinds of care option, from the pre-rendered index (Limber's list), with their English names. */
function limber_hc_care_kinds() {
	$words = limber_hc_index()['careOptionWords']['en']['kinds'] ?? array( 'other' => 'Other care' );
	return $words;
}

/**
 * Whether a link passes Limber's URL policy for a page's own links: `https:`, or a path on this
 * site; nothing else (no other scheme, no `//host`, no spaces, control characters or backslashes).
 */
function limber_hc_link_ok( $url ) {
	if ( ! is_string( $url ) || '' === $url || strlen( $url ) > 2048 || preg_match( '/[\x00-\x20\x7f-\x9f\\\\]/u', $url ) ) {
		return false;
	}
	if ( preg_match( '#^https://[^/?\#]+#i', $url ) ) {
		return false !== wp_parse_url( $url );
	}
	return 1 === preg_match( '#^/(?!/)#', $url );
}

/**
 * Whether a care option's link passes Limber's URL policy for care options: `tel:` with a phone
 * number (digits, a leading `+`, and `-`, `.`, `(`, `)`), or a link `limber_hc_link_ok` allows.
 */
function limber_hc_care_link_ok( $url ) {
	if ( is_string( $url ) && preg_match( '/^tel:/i', $url ) ) {
		return 1 === preg_match( '/^tel:\+?(?=[^0-9]*[0-9])(?:[0-9]|[0-9(][0-9().-]*[0-9)])$/i', $url );
	}
	return limber_hc_link_ok( $url );
}

/** One option from the settings form, cleaned; null when it is empty or incomplete. */
function limber_hc_clean_care_option( $row ) {
	if ( ! is_array( $row ) ) {
		return null;
	}
	$text   = static fn( $key ) => isset( $row[ $key ] ) && is_string( $row[ $key ] ) ? mb_substr( trim( sanitize_text_field( $row[ $key ] ) ), 0, 200 ) : '';
	$label  = $text( 'label' );
	$href   = isset( $row['href'] ) && is_string( $row['href'] ) ? trim( $row['href'] ) : '';
	$kind   = isset( $row['kind'] ) && array_key_exists( $row['kind'], limber_hc_care_kinds() ) ? $row['kind'] : 'other';
	$levels = array_values( array_intersect( limber_hc_care_levels(), isset( $row['levels'] ) && is_array( $row['levels'] ) ? $row['levels'] : array() ) );
	if ( '' === $label || ! limber_hc_care_link_ok( $href ) || array() === $levels ) {
		return null;
	}
	$option = array(
		'kind'   => $kind,
		'label'  => $label,
		'href'   => $href,
		'levels' => $levels,
	);
	foreach ( array( 'hours', 'languages' ) as $key ) {
		if ( '' !== $text( $key ) ) {
			$option[ $key ] = $text( $key );
		}
	}
	return $option;
}

/** Escaped as the builder escapes: `&`, `"`, `<` and `>` as numeric references. */
function limber_hc_escape( $text ) {
	return preg_replace_callback( '/[&"<>]/', static fn( $m ) => '&#' . ord( $m[0] ) . ';', $text );
}

/** Parts as sentences, each ended by one full stop (src/i18n/sentences.ts). */
function limber_hc_sentences( array $parts ) {
	$out = array();
	foreach ( $parts as $part ) {
		if ( is_string( $part ) && '' !== trim( $part ) ) {
			$out[] = preg_replace( '/[.\s]+$/u', '', trim( $part ) ) . '.';
		}
	}
	return implode( ' ', $out );
}

/** The care levels an embed shows that take care options: a care card's own, the article's two. */
function limber_hc_care_levels_of( $choice ) {
	$kind = $choice['element']['kind'];
	if ( 'article' === $kind ) {
		return limber_hc_care_levels();
	}
	return 'care-card' === $kind && in_array( $choice['item'], limber_hc_care_levels(), true ) ? array( $choice['item'] ) : array();
}

/** The options as light DOM for the embed: per level, a `<div slot="care-<level>">`, in the embed's language. */
function limber_hc_care_options_html( array $options, array $levels, array $words ) {
	$blocks = array();
	foreach ( $levels as $level ) {
		$items = '';
		foreach ( $options as $option ) {
			if ( ! in_array( $level, $option['levels'], true ) ) {
				continue;
			}
			$languages = isset( $option['languages'] ) ? str_replace( '{languages}', $option['languages'], $words['languages'] ) : null;
			$details   = limber_hc_sentences( array( $words['kinds'][ $option['kind'] ] ?? '', $option['hours'] ?? null, $languages ) );
			$items    .= sprintf( '<li><a href="%s" data-kind="%s">%s</a> %s</li>', limber_hc_escape( $option['href'] ), $option['kind'], limber_hc_escape( $option['label'] ), limber_hc_escape( $details ) );
		}
		if ( '' !== $items ) {
			$blocks[] = sprintf( '<div slot="care-%s"><p>%s</p><ul>%s</ul></div>', $level, limber_hc_escape( $words['from'] ), $items );
		}
	}
	return implode( "\n", $blocks );
}

/** The pre-rendered HTML with the site's care options inside its element, before its end tag. */
function limber_hc_with_care_options( $html, $choice ) {
	$options = limber_hc_settings()['careOptions'];
	$words   = limber_hc_index()['careOptionWords'][ $choice['locale'] ] ?? null;
	if ( array() === $options || null === $words ) {
		return $html;
	}
	$markup = limber_hc_care_options_html( $options, limber_hc_care_levels_of( $choice ), $words );
	$end    = '</limber-' . $choice['element']['kind'] . '>';
	$at     = strrpos( $html, $end );
	if ( '' === $markup || false === $at ) {
		return $html;
	}
	return substr( $html, 0, $at ) . "\n" . $markup . "\n" . substr( $html, $at );
}

/** Settings → Limber: the care option rows. */
function limber_hc_care_options_fields( array $saved ) {
	$kinds  = limber_hc_care_kinds();
	$levels = array(
		'non-urgent' => __( 'Non-urgent card', 'limber-health-content' ),
		'urgent'     => __( 'Urgent card', 'limber-health-content' ),
	);
	echo '<h2>' . esc_html__( 'Care options from your health plan or employer', 'limber-health-content' ) . '</h2>';
	echo '<p>' . esc_html__( 'They show under the advice of the care cards you tick, after a line saying they come from the reader\'s plan or employer. Never on the emergency card. Links must start with tel: or https:.', 'limber-health-content' ) . '</p>';
	echo '<table class="form-table" role="presentation">';
	for ( $i = 0; $i < LIMBER_HC_CARE_OPTION_ROWS; $i++ ) {
		$option = $saved[ $i ] ?? array();
		$name   = static fn( $key ) => sprintf( 'limber_hc_settings[careOptions][%d][%s]', $i, $key );
		$id     = static fn( $key ) => sprintf( 'limber-hc-care-%d-%s', $i, $key );
		/* translators: %d: the care option's number. */
		printf( '<tr><th scope="row">%s</th><td><fieldset><legend class="screen-reader-text">%1$s</legend>', esc_html( sprintf( __( 'Care option %d', 'limber-health-content' ), $i + 1 ) ) );
		printf( '<p><label for="%s">%s</label> <select id="%1$s" name="%s">', esc_attr( $id( 'kind' ) ), esc_html__( 'Kind', 'limber-health-content' ), esc_attr( $name( 'kind' ) ) );
		foreach ( $kinds as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $option['kind'] ?? '', $value, false ), esc_html( $label ) );
		}
		echo '</select></p>';
		$fields = array(
			'label'     => __( 'Words readers see', 'limber-health-content' ),
			'href'      => __( 'Link (tel: or https:)', 'limber-health-content' ),
			'hours'     => __( 'Opening hours', 'limber-health-content' ),
			'languages' => __( 'Languages', 'limber-health-content' ),
		);
		foreach ( $fields as $key => $label ) {
			printf( '<p><label for="%s">%s</label> <input class="regular-text" type="text" id="%1$s" name="%s" value="%s"></p>', esc_attr( $id( $key ) ), esc_html( $label ), esc_attr( $name( $key ) ), esc_attr( $option[ $key ] ?? '' ) );
		}
		foreach ( $levels as $level => $label ) {
			$checked = in_array( $level, $option['levels'] ?? array(), true ) ? ' checked' : '';
			printf( '<p><label><input type="checkbox" id="%s" name="%s[]" value="%s"%s> %s</label></p>', esc_attr( $id( $level ) ), esc_attr( $name( 'levels' ) ), esc_attr( $level ), $checked, esc_html( $label ) );
		}
		echo '</fieldset></td></tr>';
	}
	echo '</table>';
}
