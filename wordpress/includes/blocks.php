<?php
/**
 * The blocks pm-pathways/card and pm-pathways/picker: their settings come from
 * blocks/<name>/block.json; PHP renders them (dynamic blocks), so the saved post
 * holds only the options and the markup always matches the installed plugin.
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the editor script and both blocks.
 */
function pm_pathways_register_blocks() {
	wp_register_script(
		'pm-pathways-editor',
		plugins_url( 'assets/editor.js', PM_PATHWAYS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		PM_PATHWAYS_ASSET_VERSION,
		true
	);
	$pathways = array();
	foreach ( pm_pathways_fallback( 'en' )['pathways'] as $id => $pathway ) {
		$pathways[] = array(
			'id'    => $id,
			'title' => $pathway['title'],
		);
	}
	// What the editor's controls and preview need: the pathways to choose from and the script to preview with.
	wp_add_inline_script(
		'pm-pathways-editor',
		'window.pmPathwaysEditor = ' . wp_json_encode(
			array(
				'scriptUrl' => pm_pathways_script_url(),
				'pathways'  => $pathways,
			)
		) . ';',
		'before'
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'pm-pathways-editor', 'pm-pathways' );
	}

	register_block_type( PM_PATHWAYS_DIR . 'blocks/card', array( 'render_callback' => 'pm_pathways_render_card_block' ) );
	register_block_type( PM_PATHWAYS_DIR . 'blocks/picker', array( 'render_callback' => 'pm_pathways_render_picker_block' ) );
}

/**
 * Renders a card block.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function pm_pathways_render_card_block( $attributes ) {
	return pm_pathways_render_card( pm_pathways_card_options( (array) $attributes ), get_block_wrapper_attributes() );
}

/**
 * Renders a picker block.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function pm_pathways_render_picker_block( $attributes ) {
	return pm_pathways_render_picker( pm_pathways_picker_options( (array) $attributes ), get_block_wrapper_attributes() );
}
