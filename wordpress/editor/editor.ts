// The block editor's side of the plugin: the two blocks' sidebar controls and
// a live preview, the real element rendered with the chosen options. Built by
// scripts/build-wordpress.mjs (esbuild) into assets/editor.js, against the
// editor's `wp.*` globals. The blocks' settings live in their block.json; PHP
// renders the published markup, so `save` stores nothing but the attributes.
import { textOn } from '../../demo/embed/options.js';
import type { EditProps, Option } from './wp-globals.js';

const { registerBlockType } = window.wp.blocks;
const { createElement: h, Fragment, useEffect, useRef } = window.wp.element;
const { InspectorControls, useBlockProps } = window.wp.blockEditor;
const { PanelBody, SelectControl, ToggleControl, ColorPalette, BaseControl } = window.wp.components;
const { __, sprintf } = window.wp.i18n;
const DOMAIN = 'pm-pathways';
const config = window.pmPathwaysEditor ?? { scriptUrl: '', pathways: [] };

interface Common {
  theme: string;
  lang: string;
  headingLevel: number;
  accent: string;
}
type CardAttributes = Common & { pathway: string; variant: string; checklist: boolean };
type PickerAttributes = Common & { view: string; syncUrl: boolean };

const HEX = /^#[0-9a-f]{6}$/i;
const LANGUAGES: Option[] = [
  { value: '', label: __('The page’s language', DOMAIN) },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
  { value: 'fr', label: 'Français' },
  { value: 'de', label: 'Deutsch' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'ar', label: 'العربية' },
];
const THEMES: Option[] = [
  { value: 'auto', label: __('Follow the reader’s light or dark setting', DOMAIN) },
  { value: 'light', label: __('Light', DOMAIN) },
  { value: 'dark', label: __('Dark', DOMAIN) },
];
const LEVELS: Option[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  value: String(n),
  label: sprintf(__('Heading %d', DOMAIN), n),
}));
// A few accents that keep AA contrast with their black or white text; any other colour can be picked too.
const ACCENTS = [
  { name: __('Teal', DOMAIN), color: '#0f6b5c' },
  { name: __('Blue', DOMAIN), color: '#1d4ed8' },
  { name: __('Purple', DOMAIN), color: '#6d28d9' },
  { name: __('Red', DOMAIN), color: '#b91c1c' },
  { name: __('Amber', DOMAIN), color: '#f59e0b' },
];

/**
 * Loads the script-tag build into the document the preview lives in: the editor
 * page, or the editor's iframe when the canvas is one. Once per document.
 */
function useElementScript(ref: { current: HTMLElement | null }) {
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    if (!doc || !config.scriptUrl || doc.defaultView?.customElements.get('pm-pathway-card')) return;
    if (doc.getElementById('pm-pathways-preview-js')) return;
    const script = doc.createElement('script');
    script.type = 'module';
    script.id = 'pm-pathways-preview-js';
    script.src = config.scriptUrl;
    doc.head.append(script);
  }, []);
}

/** The element's attributes for the shared options, as PHP prints them. */
function commonAttributes({ theme, lang, headingLevel, accent }: Common, defaultLevel: number) {
  const valid = HEX.test(accent);
  return {
    theme: theme === 'auto' ? undefined : theme,
    lang: lang || undefined,
    'heading-level': headingLevel === defaultLevel ? undefined : String(headingLevel),
    style: valid ? { '--pm-color-accent': accent, '--pm-color-accent-contrast': textOn(accent) } : undefined,
  };
}

/** The sidebar panel every block shares: theme, language, heading level, accent colour. */
function appearancePanel(attributes: Common, setAttributes: (changes: Partial<Common>) => void) {
  return h(
    PanelBody,
    { title: __('Appearance', DOMAIN), initialOpen: true },
    h(SelectControl, {
      label: __('Theme', DOMAIN),
      value: attributes.theme,
      options: THEMES,
      onChange: (theme: string) => setAttributes({ theme }),
    }),
    h(SelectControl, {
      label: __('Language', DOMAIN),
      value: attributes.lang,
      options: LANGUAGES,
      onChange: (lang: string) => setAttributes({ lang }),
    }),
    h(SelectControl, {
      label: __('Heading level', DOMAIN),
      help: __('The level of the title, so it fits the post’s outline.', DOMAIN),
      value: String(attributes.headingLevel),
      options: LEVELS,
      onChange: (level: string) => setAttributes({ headingLevel: Number(level) }),
    }),
    h(
      BaseControl,
      {
        id: 'pm-pathways-accent',
        label: __('Accent colour', DOMAIN),
        help: HEX.test(attributes.accent)
          ? sprintf(
              __('Text on it is %s, for contrast.', DOMAIN),
              textOn(attributes.accent) === '#ffffff' ? __('white', DOMAIN) : __('black', DOMAIN),
            )
          : __('None: the theme’s colours.', DOMAIN),
      },
      h(ColorPalette, {
        colors: ACCENTS,
        value: attributes.accent || undefined,
        clearable: true,
        enableAlpha: false,
        onChange: (color?: string) => setAttributes({ accent: color && HEX.test(color) ? color.toLowerCase() : '' }),
      }),
    ),
  );
}

/**
 * A block's editor: its own settings panel and the shared Appearance panel in the
 * sidebar, and the element itself as the preview, with the script loaded for it.
 */
function blockEditor(
  { attributes, setAttributes }: EditProps<Common>,
  panel: { title: string; controls: unknown[] },
  tag: string,
  props: Record<string, unknown>,
  defaultLevel: number,
) {
  const ref = useRef<HTMLElement>(null);
  useElementScript(ref);
  return h(
    Fragment,
    null,
    h(
      InspectorControls,
      null,
      h(PanelBody, { title: panel.title, initialOpen: true }, ...panel.controls),
      appearancePanel(attributes, setAttributes),
    ),
    h('div', useBlockProps(), h(tag, { ref, ...props, ...commonAttributes(attributes, defaultLevel) })),
  );
}

function CardEdit(edit: EditProps<CardAttributes>) {
  const { attributes, setAttributes } = edit;
  const pathways: Option[] = config.pathways.map(({ id, title }) => ({ value: id, label: title }));
  const controls = [
    h(SelectControl, {
      label: __('Pathway', DOMAIN),
      value: attributes.pathway,
      options: pathways,
      onChange: (pathway: string) => setAttributes({ pathway }),
    }),
    h(SelectControl, {
      label: __('Layout', DOMAIN),
      value: attributes.variant,
      options: [
        { value: 'full', label: __('Full: title, summary and steps', DOMAIN) },
        { value: 'compact', label: __('Compact: steps behind a disclosure', DOMAIN) },
      ],
      onChange: (variant: string) => setAttributes({ variant }),
    }),
    h(ToggleControl, {
      label: __('Checklist', DOMAIN),
      help: __('Readers can tick the steps off; ticks stay in their own browser.', DOMAIN),
      checked: attributes.checklist,
      onChange: (checklist: boolean) => setAttributes({ checklist }),
    }),
  ];
  const props = {
    pathway: attributes.pathway,
    variant: attributes.variant === 'full' ? undefined : attributes.variant,
    checklist: attributes.checklist ? '' : undefined,
  };
  return blockEditor(edit, { title: __('Pathway', DOMAIN), controls }, 'pm-pathway-card', props, 3);
}

function PickerEdit(edit: EditProps<PickerAttributes>) {
  const { attributes, setAttributes } = edit;
  const controls = [
    h(SelectControl, {
      label: __('Opens on', DOMAIN),
      value: attributes.view,
      options: [
        { value: 'browse', label: __('Browse the seven routes', DOMAIN) },
        { value: 'quiz', label: __('Find my path (the questions)', DOMAIN) },
      ],
      onChange: (view: string) => setAttributes({ view }),
    }),
    h(ToggleControl, {
      label: __('Deep links', DOMAIN),
      help: __(
        'Keeps the chosen route and the answers in the address (#pathway=…), so readers can share them.',
        DOMAIN,
      ),
      checked: attributes.syncUrl,
      onChange: (syncUrl: boolean) => setAttributes({ syncUrl }),
    }),
  ];
  // No sync-url in the preview: it would rewrite the editor's own address.
  const props = { view: attributes.view === 'browse' ? undefined : attributes.view };
  return blockEditor(edit, { title: __('Picker', DOMAIN), controls }, 'pm-pathway-picker', props, 2);
}

registerBlockType<CardAttributes>('pm-pathways/card', { edit: CardEdit, save: () => null });
registerBlockType<PickerAttributes>('pm-pathways/picker', { edit: PickerEdit, save: () => null });
