<?php
/**
 * Settings → Limber: the site's default language, region and theme for every embed that does
 * not choose its own, the care options of the reader's plan or employer, and whether every embed shows only clinically reviewed items (the
 * emergency advice always shows, saying whether a clinician has reviewed it).
 *
 * @package LimberHealthContent
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'limber_hc_register_setting' );
add_action( 'admin_menu', 'limber_hc_settings_menu' );

function limber_hc_register_setting() {
	register_setting(
		'limber_hc',
		'limber_hc_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'limber_hc_sanitize_settings',
			'default'           => array(),
		)
	);
}

/** Keeps only values the plugin knows; anything else falls back to the default. */
function limber_hc_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$index = limber_hc_index();
	$clean = array();
	if ( isset( $input['locale'] ) && in_array( $input['locale'], $index['locales'], true ) ) {
		$clean['locale'] = $input['locale'];
	}
	if ( isset( $input['region'] ) && in_array( $input['region'], $index['regions'], true ) ) {
		$clean['region'] = $input['region'];
	}
	if ( isset( $input['theme'] ) && in_array( $input['theme'], limber_hc_themes(), true ) ) {
		$clean['theme'] = $input['theme'];
	}
	if ( isset( $input['requireReview'] ) && in_array( $input['requireReview'], $index['reviewRequirements'] ?? array(), true ) ) {
		$clean['requireReview'] = $input['requireReview'];
	}
	$rows                 = isset( $input['careOptions'] ) && is_array( $input['careOptions'] ) ? array_slice( $input['careOptions'], 0, LIMBER_HC_CARE_OPTION_ROWS ) : array();
	$clean['careOptions'] = array_values( array_filter( array_map( 'limber_hc_clean_care_option', $rows ) ) );
	return $clean;
}

function limber_hc_settings_menu() {
	add_options_page( __( 'Limber health content', 'limber-health-content' ), __( 'Limber', 'limber-health-content' ), 'manage_options', 'limber-health-content', 'limber_hc_settings_page' );
}

/** One labelled select of the settings form. */
function limber_hc_settings_select( $key, $label, array $options, $current ) {
	printf( '<tr><th scope="row"><label for="limber-hc-%1$s">%2$s</label></th><td><select id="limber-hc-%1$s" name="limber_hc_settings[%1$s]">', esc_attr( $key ), esc_html( $label ) );
	foreach ( $options as $value => $name ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $name ) );
	}
	echo '</select></td></tr>';
}

/**
 * The language choices, from the pre-rendered index (written from Limber's list of languages):
 * each in itself with English beside it, a translation saying so.
 */
function limber_hc_language_choices( $index ) {
	$choices = array();
	foreach ( $index['locales'] as $code ) {
		$name = $index['languageNames'][ $code ] ?? ( 'en' === $code ? 'English' : $code );
		$choices[ $code ] = 'en' === $code ? $name : preg_replace( '/\)$/', ', translated from English)', $name );
	}
	return $choices;
}

/** The region choices, from the pre-rendered index (written from Limber's list of regions). */
function limber_hc_region_choices( $index ) {
	$choices = array();
	foreach ( $index['regions'] as $code ) {
		$choices[ $code ] = $index['regionNames'][ $code ] ?? $code;
	}
	return $choices;
}

function limber_hc_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = limber_hc_settings();
	$index    = limber_hc_index();
	echo '<div class="wrap"><h1>' . esc_html__( 'Limber health content', 'limber-health-content' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every Limber block and [limber] shortcode that does not choose its own.', 'limber-health-content' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'limber_hc' );
	echo '<table class="form-table" role="presentation">';
	limber_hc_settings_select(
		'locale',
		__( 'Language', 'limber-health-content' ),
		limber_hc_language_choices( $index ),
		$settings['locale']
	);
	limber_hc_settings_select(
		'region',
		__( 'Region (care phone numbers)', 'limber-health-content' ),
		limber_hc_region_choices( $index ),
		$settings['region']
	);
	limber_hc_settings_select(
		'theme',
		__( 'Theme', 'limber-health-content' ),
		array(
			'auto'          => __( "Follow the reader's light or dark setting", 'limber-health-content' ),
			'light'         => __( 'Light', 'limber-health-content' ),
			'dark'          => __( 'Dark', 'limber-health-content' ),
			'high-contrast' => __( 'High contrast', 'limber-health-content' ),
		),
		$settings['theme']
	);
	limber_hc_settings_select(
		'requireReview',
		__( 'Clinical review', 'limber-health-content' ),
		array(
			''         => __( 'Show everything, each item saying whether a clinician has reviewed it', 'limber-health-content' ),
			'clinical' => __( 'Show only clinically reviewed items (emergency advice always shows)', 'limber-health-content' ),
		),
		$settings['requireReview']
	);
	echo '</table>';
	limber_hc_care_options_fields( $settings['careOptions'] );
	submit_button();
	echo '</form></div>';
}
