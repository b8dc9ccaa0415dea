<?php
/**
 * Plugin Name:       PM Pathways
 * Plugin URI:        https://www.npmjs.com/package/pm-pathways
 * Description:       Seven routes into product management as blocks and shortcodes: a pathway card and a "find my path" picker. No account, no cookies, no external requests.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            pm-pathways contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pm-pathways
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PM_PATHWAYS_VERSION', '@VERSION@' );
// Changes whenever the script-tag build does, so browsers never keep a stale copy.
define( 'PM_PATHWAYS_ASSET_VERSION', '@ASSET_VERSION@' );
define( 'PM_PATHWAYS_FILE', __FILE__ );
define( 'PM_PATHWAYS_DIR', plugin_dir_path( __FILE__ ) );

require_once PM_PATHWAYS_DIR . 'includes/options.php';
require_once PM_PATHWAYS_DIR . 'includes/fallback.php';
require_once PM_PATHWAYS_DIR . 'includes/render.php';
require_once PM_PATHWAYS_DIR . 'includes/assets.php';
require_once PM_PATHWAYS_DIR . 'includes/blocks.php';
require_once PM_PATHWAYS_DIR . 'includes/shortcodes.php';

add_action( 'init', 'pm_pathways_register_blocks' );
add_action( 'init', 'pm_pathways_register_shortcodes' );
add_filter( 'script_loader_tag', 'pm_pathways_module_tag', 10, 2 );
