<?php
/**
 * Shortcodes for the classic editor and widgets:
 * [pm_pathway_card pathway="…" variant="…" checklist="true" theme="…" lang="…" heading_level="…" accent="…"]
 * [pm_pathway_picker view="…" theme="…" lang="…" heading_level="…" accent="…" sync_url="true"]
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers both shortcodes.
 */
function pm_pathways_register_shortcodes() {
	add_shortcode( 'pm_pathway_card', 'pm_pathways_card_shortcode' );
	add_shortcode( 'pm_pathway_picker', 'pm_pathways_picker_shortcode' );
}

/**
 * Shortcode attributes with a bare flag (`[pm_pathway_card checklist]`) read as "true".
 *
 * @param mixed    $atts  What WordPress parsed: an array, or '' when there are none.
 * @param string[] $flags Names that may stand alone.
 * @return array
 */
function pm_pathways_shortcode_atts( $atts, array $flags ) {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) && in_array( strtolower( $value ), $flags, true ) ) {
			$atts[ strtolower( $value ) ] = 'true';
		}
	}
	return $atts;
}

/**
 * [pm_pathway_card]
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function pm_pathways_card_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'pathway'       => '',
			'variant'       => 'full',
			'checklist'     => 'false',
			'theme'         => 'auto',
			'lang'          => '',
			'heading_level' => '3',
			'accent'        => '',
		),
		pm_pathways_shortcode_atts( $atts, array( 'checklist' ) ),
		'pm_pathway_card'
	);
	$atts['headingLevel'] = $atts['heading_level'];
	return pm_pathways_render_card( pm_pathways_card_options( $atts ) );
}

/**
 * [pm_pathway_picker]
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function pm_pathways_picker_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'view'          => 'browse',
			'theme'         => 'auto',
			'lang'          => '',
			'heading_level' => '2',
			'accent'        => '',
			'sync_url'      => 'false',
		),
		pm_pathways_shortcode_atts( $atts, array( 'sync_url' ) ),
		'pm_pathway_picker'
	);
	$atts['headingLevel'] = $atts['heading_level'];
	$atts['syncUrl']      = $atts['sync_url'];
	return pm_pathways_render_picker( pm_pathways_picker_options( $atts ) );
}
