<?php
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_style( 'limber-hostile-style', get_stylesheet_uri(), array(), '1.0' );
	}
);
