<?php
/**
 * The script: the package's script-tag build, served from the plugin's own
 * folder as a module, and only on a page that shows a block or shortcode
 * (rendering one asks for it; WordPress prints it once however often it is asked).
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The address of the script-tag build inside the plugin.
 *
 * @return string
 */
function pm_pathways_script_url() {
	// The folder's name carries the version (see scripts/build-wordpress.mjs): no ?ver= query,
	// because the on-demand chunks import the script by this exact address.
	return plugins_url( 'assets/' . PM_PATHWAYS_ASSET_VERSION . '/pm-pathways.js', PM_PATHWAYS_FILE );
}

/**
 * Asks for the script on this page. WordPress 6.5 and later have script
 * modules; before that, a classic script handle whose tag gets type="module".
 * Either way it is printed once, in the footer (classic themes) or the head.
 */
function pm_pathways_enqueue_script() {
	if ( is_admin() ) {
		return; // The editor loads it for its previews itself (blocks.php).
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'pm-pathways', pm_pathways_script_url(), array(), null );
		return;
	}
	wp_enqueue_script( 'pm-pathways', pm_pathways_script_url(), array(), null, true );
}

/**
 * Makes the classic script tag of our handle a module tag (WordPress before 6.5).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function pm_pathways_module_tag( $tag, $handle ) {
	if ( 'pm-pathways' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
