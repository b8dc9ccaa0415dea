<?php
/**
 * Runs when the plugin is deleted in wp-admin.
 *
 * The plugin keeps nothing on the server: no options, no post, user or term
 * meta, no transients, no custom tables, no files outside its own folder
 * (which WordPress removes). Checklist ticks and quiz answers live in each
 * reader's own browser. So there is nothing to delete here; the file exists so
 * that deleting the plugin never runs its main file.
 *
 * @package PM_Pathways
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
