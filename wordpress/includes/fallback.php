<?php
/**
 * The no-JavaScript fallback's words: one file per language in fallback/,
 * written by the build from the package's datasets (dist/pathways.json and
 * dist/locales/), so PHP only picks a language and escapes what it prints.
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A language's fallback texts: title, intro, labels and each pathway's title,
 * summary and steps. English when a file is missing or unreadable.
 *
 * @param string $lang A language from pm_pathways_languages().
 * @return array
 */
function pm_pathways_fallback( $lang ) {
	static $cache = array();
	if ( ! in_array( $lang, pm_pathways_languages(), true ) ) {
		$lang = 'en';
	}
	if ( ! isset( $cache[ $lang ] ) ) {
		$data = wp_json_file_decode( PM_PATHWAYS_DIR . 'fallback/' . $lang . '.json', array( 'associative' => true ) );
		if ( ! is_array( $data ) || ! isset( $data['pathways'] ) ) {
			$data = 'en' === $lang ? array( 'pathways' => array() ) : pm_pathways_fallback( 'en' );
		}
		$cache[ $lang ] = $data;
	}
	return $cache[ $lang ];
}

/**
 * The ids of the shipped pathways, in the guide's order.
 *
 * @return string[]
 */
function pm_pathways_ids() {
	$data = pm_pathways_fallback( 'en' );
	return array_keys( $data['pathways'] );
}
