// The few parts of the block editor's `wp.*` globals this script uses, typed by
// hand: the editor provides them at run time (script dependencies in blocks.php),
// so nothing from @wordpress/* is installed or bundled.
type Element = unknown;
type Props = Record<string, unknown>;
type Component<P = Props> = (props: P) => Element;

interface EditProps<A> {
  attributes: A;
  setAttributes: (changes: Partial<A>) => void;
  isSelected: boolean;
}

interface Option {
  label: string;
  value: string;
}

interface WordPressGlobals {
  blocks: {
    registerBlockType: <A>(
      name: string,
      settings: { edit: (props: EditProps<A>) => Element; save: () => null },
    ) => unknown;
  };
  element: {
    createElement: (type: string | Component<never>, props?: Props | null, ...children: unknown[]) => Element;
    Fragment: Component;
    useEffect: (effect: () => void | (() => void), deps?: unknown[]) => void;
    useRef: <T>(initial: T | null) => { current: T | null };
  };
  blockEditor: {
    InspectorControls: Component;
    useBlockProps: (props?: Props) => Props;
  };
  components: {
    PanelBody: Component;
    SelectControl: Component;
    ToggleControl: Component;
    ColorPalette: Component;
    BaseControl: Component;
  };
  i18n: {
    __: (text: string, domain: string) => string;
    sprintf: (format: string, ...args: unknown[]) => string;
  };
}

declare global {
  interface Window {
    wp: WordPressGlobals;
    pmPathwaysEditor?: { scriptUrl: string; pathways: { id: string; title: string }[] };
  }
}

export type { EditProps, Option };
