<?php
/**
 * Creates the test site for `npm run check -- wordpress` (php setup.php <wordpress dir> <plugin zip> <port>):
 * installs WordPress, uploads the plugin zip the way "Add New → Upload Plugin" unpacks it,
 * activates it and the hostile theme, and publishes the posts the checks open. Prints their URLs as JSON.
 */
[ , $dir, $zip, $port ] = $argv;
$_SERVER['HTTP_HOST']   = "127.0.0.1:$port";
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$fail = function ( $what, $error ) {
	fwrite( STDERR, "setup: $what: " . ( is_wp_error( $error ) ? $error->get_error_message() : var_export( $error, true ) ) . "\n" );
	exit( 1 );
};

$installed = wp_install( 'Limber on WordPress', 'editor', 'editor@example.org', false, '', 'limber-editor-pass', 'en_US' );
if ( is_wp_error( $installed ) ) {
	$fail( 'install', $installed );
}
wp_set_current_user( $installed['user_id'] );
WP_Filesystem();
$unzipped = unzip_file( $zip, WP_PLUGIN_DIR );
if ( true !== $unzipped ) {
	$fail( 'unzip the plugin', $unzipped );
}
$activated = activate_plugin( 'limber-health-content/limber-health-content.php' );
if ( null !== $activated ) {
	$fail( 'activate the plugin', $activated );
}
switch_theme( 'limber-hostile' );

// The first listed topic (src/languages.json), as the other suites read it.
$topic = json_decode( file_get_contents( __DIR__ . '/../../../src/languages.json' ), true )['topics'][0];
$posts = array(
	'block'     => array(
		'Limber blocks',
		"<!-- wp:paragraph -->\n<p>Text the editor wrote before the embeds.</p>\n<!-- /wp:paragraph -->\n\n" .
		"<!-- wp:limber/health-content {\"element\":\"exercise-card\",\"item\":\"sciatic-nerve-glide\"} /-->\n\n" .
		"<!-- wp:limber/health-content {\"element\":\"care-card\",\"item\":\"emergency\",\"region\":\"uk\",\"locale\":\"es\",\"headingLevel\":2} /-->\n\n" .
		"<!-- wp:paragraph -->\n<p>Text the editor wrote after the embeds.</p>\n<!-- /wp:paragraph -->",
	),
	'shortcode' => array(
		'Limber shortcodes',
		"Text the editor wrote before the embeds -- with \"quotes\".\n\n[limber exercise=\"sciatic-nerve-glide\" locale=\"es\"]\n\n[limber tip=\"pre-treat-with-heat\" theme=\"dark\"]\n\n[limber exercise=\"no-such-exercise\"]\n\n[limber exercise=\"<script>alert(1)</script>\"]\n\nText the editor wrote after the embeds.",
	),
	'article'   => array( 'Limber article', "[limber topic=\"{$topic}\" heading=\"2\"]\n\nText after the article." ),
	'index'     => array(
		'Limber topic index',
		"<!-- wp:limber/health-content {\"element\":\"topic-index\",\"item\":\"all\",\"hrefTemplate\":\"/health/{topic}/\"} /-->\n\n" .
		"[limber index=\"https://example.org/salud/{topic}?from=index\" locale=\"es\"]\n\n[limber index=\"javascript:alert({topic})\"]\n\nText after the indexes.",
	),
);
$urls  = array();
foreach ( $posts as $key => [ $title, $content ] ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		$fail( "publish the $key post", $id );
	}
	$urls[ $key ] = get_permalink( $id );
}
$urls['version'] = get_bloginfo( 'version' );
echo wp_json_encode( $urls ) . "\n";
