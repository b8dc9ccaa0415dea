<?php
/**
 * The allowed values of every option, and the functions that hold a raw value
 * (from a shortcode or a block's attributes) to them. Anything not allowed
 * falls back to the default; nothing a post author types is passed on as is.
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The languages the elements ship.
 *
 * @return string[]
 */
function pm_pathways_languages() {
	return array( 'en', 'es', 'fr', 'de', 'pt-BR', 'ar' );
}

/**
 * One of the allowed values, compared without case, in its canonical spelling;
 * the default for anything else (including arrays and objects).
 *
 * @param mixed    $value   Raw value.
 * @param string[] $allowed Allowed values.
 * @param string   $fallback Default.
 * @return string
 */
function pm_pathways_one_of( $value, array $allowed, $fallback ) {
	if ( ! is_scalar( $value ) ) {
		return $fallback;
	}
	$value = strtolower( trim( (string) $value ) );
	foreach ( $allowed as $candidate ) {
		if ( strtolower( $candidate ) === $value ) {
			return $candidate;
		}
	}
	return $fallback;
}

/**
 * A yes/no option: true, 1, yes and on are yes; everything else is no.
 *
 * @param mixed $value Raw value (a block's boolean or a shortcode's string).
 * @return bool
 */
function pm_pathways_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * A heading level from 1 to 6, or the default.
 *
 * @param mixed $value    Raw value.
 * @param int   $fallback Default level.
 * @return int
 */
function pm_pathways_heading_level( $value, $fallback ) {
	if ( is_int( $value ) || ( is_string( $value ) && preg_match( '/^\s*[1-6]\s*$/', $value ) ) ) {
		$level = (int) $value;
		if ( $level >= 1 && $level <= 6 ) {
			return $level;
		}
	}
	return $fallback;
}

/**
 * A pathway id as the element will see it: letters, digits and hyphens only,
 * at most 64 characters. A known id passes unchanged; an unknown one is kept
 * (cleaned) so the element can show its "unknown pathway" state.
 *
 * @param mixed $value Raw value.
 * @return string Empty when nothing usable is left.
 */
function pm_pathways_pathway_id( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$id = preg_replace( '/[^a-z0-9-]/', '', strtolower( (string) $value ) );
	return substr( (string) $id, 0, 64 );
}

/**
 * An accent colour as lower-case #rrggbb, from #rgb or #rrggbb (the # optional);
 * empty for anything else, so no other CSS can ride along.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function pm_pathways_accent( $value ) {
	if ( ! is_scalar( $value ) || ! preg_match( '/^#?([0-9a-f]{3}|[0-9a-f]{6})$/i', trim( (string) $value ), $match ) ) {
		return '';
	}
	$hex = strtolower( $match[1] );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	return '#' . $hex;
}

/**
 * Relative luminance of a #rrggbb colour (WCAG 2.2), as the embed pages compute it
 * (demo/embed/options.js).
 *
 * @param string $hex A colour from pm_pathways_accent().
 * @return float
 */
function pm_pathways_luminance( $hex ) {
	$channels = array();
	foreach ( array( 1, 3, 5 ) as $start ) {
		$c          = hexdec( substr( $hex, $start, 2 ) ) / 255;
		$channels[] = $c <= 0.04045 ? $c / 12.92 : pow( ( $c + 0.055 ) / 1.055, 2.4 );
	}
	return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
}

/**
 * WCAG contrast ratio of two #rrggbb colours, 1 to 21.
 *
 * @param string $a A colour.
 * @param string $b Another colour.
 * @return float
 */
function pm_pathways_contrast( $a, $b ) {
	$la = pm_pathways_luminance( $a );
	$lb = pm_pathways_luminance( $b );
	return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
}

/**
 * Black or white, whichever reads better on the accent (the embed builder's rule:
 * white unless black contrasts more).
 *
 * @param string $accent A colour from pm_pathways_accent().
 * @return string
 */
function pm_pathways_text_on( $accent ) {
	return pm_pathways_contrast( $accent, '#ffffff' ) >= pm_pathways_contrast( $accent, '#000000' ) ? '#ffffff' : '#000000';
}

/**
 * The language of the site (its locale, e.g. pt_BR or es_MX), matched to a shipped
 * language the way the elements match a page's lang; English otherwise.
 *
 * @return string
 */
function pm_pathways_site_language() {
	$locale = str_replace( '_', '-', (string) get_locale() );
	$exact  = pm_pathways_one_of( $locale, pm_pathways_languages(), '' );
	if ( '' !== $exact ) {
		return $exact;
	}
	$base = strtolower( strtok( $locale, '-' ) );
	foreach ( pm_pathways_languages() as $lang ) {
		if ( strtolower( strtok( $lang, '-' ) ) === $base ) {
			return $lang;
		}
	}
	return 'en';
}

/**
 * A card's options, each held to its allowed values. Keys as the block's attributes.
 *
 * @param array $raw Block attributes, or shortcode attributes already renamed.
 * @return array{pathway: string, variant: string, checklist: bool, theme: string, lang: string, headingLevel: int, accent: string}
 */
function pm_pathways_card_options( array $raw ) {
	return array(
		'pathway'      => pm_pathways_pathway_id( isset( $raw['pathway'] ) ? $raw['pathway'] : '' ),
		'variant'      => pm_pathways_one_of( isset( $raw['variant'] ) ? $raw['variant'] : '', array( 'full', 'compact' ), 'full' ),
		'checklist'    => pm_pathways_flag( isset( $raw['checklist'] ) ? $raw['checklist'] : false ),
		'theme'        => pm_pathways_one_of( isset( $raw['theme'] ) ? $raw['theme'] : '', array( 'auto', 'light', 'dark' ), 'auto' ),
		'lang'         => pm_pathways_one_of( isset( $raw['lang'] ) ? $raw['lang'] : '', pm_pathways_languages(), '' ),
		'headingLevel' => pm_pathways_heading_level( isset( $raw['headingLevel'] ) ? $raw['headingLevel'] : 3, 3 ),
		'accent'       => pm_pathways_accent( isset( $raw['accent'] ) ? $raw['accent'] : '' ),
	);
}

/**
 * A picker's options, each held to its allowed values. Keys as the block's attributes.
 *
 * @param array $raw Block attributes, or shortcode attributes already renamed.
 * @return array{view: string, syncUrl: bool, theme: string, lang: string, headingLevel: int, accent: string}
 */
function pm_pathways_picker_options( array $raw ) {
	return array(
		'view'         => pm_pathways_one_of( isset( $raw['view'] ) ? $raw['view'] : '', array( 'browse', 'quiz' ), 'browse' ),
		'syncUrl'      => pm_pathways_flag( isset( $raw['syncUrl'] ) ? $raw['syncUrl'] : false ),
		'theme'        => pm_pathways_one_of( isset( $raw['theme'] ) ? $raw['theme'] : '', array( 'auto', 'light', 'dark' ), 'auto' ),
		'lang'         => pm_pathways_one_of( isset( $raw['lang'] ) ? $raw['lang'] : '', pm_pathways_languages(), '' ),
		'headingLevel' => pm_pathways_heading_level( isset( $raw['headingLevel'] ) ? $raw['headingLevel'] : 2, 2 ),
		'accent'       => pm_pathways_accent( isset( $raw['accent'] ) ? $raw['accent'] : '' ),
	);
}
