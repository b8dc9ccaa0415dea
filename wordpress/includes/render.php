<?php
/**
 * The markup blocks and shortcodes print: the custom element with its options
 * as attributes and, inside it, the no-JavaScript fallback (plain HTML that the
 * element hides once it runs). Options arrive already held to their allowed
 * values (options.php); everything is escaped again as it is printed.
 *
 * @package PM_Pathways
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Attribute markup from name => value pairs: true prints a bare attribute,
 * false, null and '' print nothing.
 *
 * @param array $attributes Name => value.
 * @return string Escaped, with a leading space per attribute.
 */
function pm_pathways_attributes( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . esc_attr( $name );
		} elseif ( null !== $value && false !== $value && '' !== $value ) {
			$html .= ' ' . esc_attr( $name ) . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	return $html;
}

/**
 * The attributes every element shares: theme, lang, heading level, accent colour.
 *
 * @param array $options       Checked options.
 * @param int   $default_level The element's own default heading level.
 * @return array
 */
function pm_pathways_common_attributes( array $options, $default_level ) {
	$style = '';
	if ( '' !== $options['accent'] ) {
		$style = '--pm-color-accent:' . $options['accent'] . ';--pm-color-accent-contrast:' . pm_pathways_text_on( $options['accent'] );
	}
	return array(
		'theme'         => 'auto' === $options['theme'] ? '' : $options['theme'],
		'lang'          => $options['lang'],
		'heading-level' => $default_level === $options['headingLevel'] ? '' : $options['headingLevel'],
		'style'         => $style,
	);
}

/**
 * The fallback's opening tag: its language and direction, so it reads right
 * before (or without) the element.
 *
 * @param array $words The language's fallback texts.
 * @return string
 */
function pm_pathways_fallback_open( array $words ) {
	return '<div class="pm-pathways-fallback"' . pm_pathways_attributes(
		array(
			'lang' => isset( $words['lang'] ) ? $words['lang'] : '',
			'dir'  => isset( $words['dir'] ) && 'rtl' === $words['dir'] ? 'rtl' : '',
		)
	) . '>';
}

/**
 * A text template with {name} placeholders filled in, then escaped.
 *
 * @param string $template From the fallback texts.
 * @param array  $values   Placeholder => value.
 * @return string
 */
function pm_pathways_message( $template, array $values ) {
	foreach ( $values as $name => $value ) {
		$template = str_replace( '{' . $name . '}', $value, $template );
	}
	return esc_html( $template );
}

/**
 * A card: `<pm-pathway-card>` around the pathway's title, summary and steps.
 *
 * @param array  $options            From pm_pathways_card_options().
 * @param string $wrapper_attributes Extra attributes, already escaped (a block's wrapper attributes).
 * @return string
 */
function pm_pathways_render_card( array $options, $wrapper_attributes = '' ) {
	pm_pathways_enqueue_script();
	$lang  = '' !== $options['lang'] ? $options['lang'] : pm_pathways_site_language();
	$words = pm_pathways_fallback( $lang );
	$level = (int) $options['headingLevel'];
	$id    = $options['pathway'];

	$attributes = array_merge(
		array(
			'pathway'   => $id,
			'variant'   => 'full' === $options['variant'] ? '' : $options['variant'],
			'checklist' => $options['checklist'],
		),
		pm_pathways_common_attributes( $options, 3 )
	);

	$html = pm_pathways_fallback_open( $words );
	if ( isset( $words['pathways'][ $id ] ) ) {
		$pathway = $words['pathways'][ $id ];
		$html   .= '<h' . $level . '>' . esc_html( $pathway['title'] ) . '</h' . $level . '>';
		$html   .= '<p>' . esc_html( $pathway['summary'] ) . '</p><ol>';
		foreach ( $pathway['steps'] as $step ) {
			$html .= '<li><strong>' . esc_html( $step['title'] ) . '</strong> ' . esc_html( $step['body'] ) . '</li>';
		}
		$html .= '</ol>';
	} else {
		$ids      = implode( ', ', array_keys( $words['pathways'] ) );
		$template = '' === $id ? $words['errorNoPathway'] : $words['errorUnknownPathway'];
		$html    .= '<p>' . pm_pathways_message( $template, array( 'id' => $id, 'ids' => $ids ) ) . '</p>';
	}
	$html .= '</div>';

	return '<pm-pathway-card' . ( '' !== $wrapper_attributes ? ' ' . $wrapper_attributes : '' ) . pm_pathways_attributes( $attributes ) . '>' . $html . '</pm-pathway-card>';
}

/**
 * A picker: `<pm-pathway-picker>` around the guide's title, intro and the list of pathways.
 *
 * @param array  $options            From pm_pathways_picker_options().
 * @param string $wrapper_attributes Extra attributes, already escaped (a block's wrapper attributes).
 * @return string
 */
function pm_pathways_render_picker( array $options, $wrapper_attributes = '' ) {
	pm_pathways_enqueue_script();
	$lang  = '' !== $options['lang'] ? $options['lang'] : pm_pathways_site_language();
	$words = pm_pathways_fallback( $lang );
	$level = (int) $options['headingLevel'];

	$attributes = array_merge(
		array(
			'view'     => 'browse' === $options['view'] ? '' : $options['view'],
			'sync-url' => $options['syncUrl'],
		),
		pm_pathways_common_attributes( $options, 2 )
	);

	$html  = pm_pathways_fallback_open( $words );
	$html .= '<h' . $level . '>' . esc_html( $words['title'] ) . '</h' . $level . '>';
	if ( ! empty( $words['intro'] ) ) {
		$html .= '<p>' . esc_html( $words['intro'] ) . '</p>';
	}
	$html .= '<ul>';
	foreach ( $words['pathways'] as $pathway ) {
		$html .= '<li><strong>' . esc_html( $pathway['title'] ) . '</strong> ' . esc_html( $pathway['summary'] ) . '</li>';
	}
	$html .= '</ul></div>';

	return '<pm-pathway-picker' . ( '' !== $wrapper_attributes ? ' ' . $wrapper_attributes : '' ) . pm_pathways_attributes( $attributes ) . '>' . $html . '</pm-pathway-picker>';
}
