import { css, unsafeCSS } from 'lit';

// Private defaults only; the public --pm-* properties are read with these as
// fallbacks and never declared here, so a page can set them on any ancestor.
const light = `
  --_text: #1d2330; --_muted: #515a6b; --_surface: #ffffff; --_border: #d9dde5;
  --_accent: #3346c6; --_accent-contrast: #ffffff; --_tint: #eef0fb;
  --_shadow: 0 1px 2px rgb(20 28 45 / 6%), 0 6px 16px -4px rgb(20 28 45 / 10%);
  color-scheme: light;`;
const dark = `
  --_text: #e7eaf0; --_muted: #aab2c0; --_surface: #1a1e27; --_border: #363d4b;
  --_accent: #a3b2ff; --_accent-contrast: #0e1322; --_tint: #252c41;
  --_shadow: 0 1px 2px rgb(0 0 0 / 30%), 0 8px 20px -6px rgb(0 0 0 / 45%);
  color-scheme: dark;`;

/** Theme tokens and base rules shared by every element. */
export const themeStyles = css`
  :host {
    ${unsafeCSS(light)}
    display: block;
    --_space: var(--pm-space, 1rem);
    --_radius: var(--pm-radius, 0.75rem);
    --_accent-color: var(--pm-color-accent, var(--_accent));
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${unsafeCSS(dark)} }
  }
  :host([theme='dark']) { ${unsafeCSS(dark)} }
  :host([hidden]) { display: none; }

  /* Each element's top-level box sets its own text styles, so nothing a page
     lets inherit (or sets on the element itself, even with all: unset) leaks in.
     Letter and word spacing are left to inherit: a reader's text-spacing
     override (WCAG 1.4.12) must reach the text, and no page can be told apart
     from a reader there. The line height is already above WCAG's 1.5. */
  .root {
    font-family: var(--pm-font-family, inherit);
    font-size: var(--pm-font-size, 1rem);
    font-style: normal; font-weight: 400; line-height: 1.55;
    color: var(--pm-color-text, var(--_text));
    text-transform: none; text-indent: 0;
    text-align: start; white-space: normal; text-shadow: none; visibility: visible;
  }

  *, *::before, *::after { box-sizing: border-box; }
  h1, h2, h3, h4, h5, h6, p, ol, ul, fieldset, legend { margin: 0; padding: 0; }
  h1, h2, h3, h4, h5, h6 { font-size: 1.25em; line-height: 1.25; font-weight: 700; }
  [hidden] { display: none !important; }

  button, input { font: inherit; color: inherit; }
  :focus-visible {
    outline: 3px solid var(--_accent-color);
    outline-offset: 2px;
  }
  /* Headings receive focus when a reader's choice moves them there: show where. */
  [tabindex='-1']:focus { outline: 2px solid var(--_accent-color); outline-offset: 3px; border-radius: 2px; }

  .error {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--pm-color-border, var(--_border));
    border-inline-start: 4px solid #c42b1c;
    border-radius: var(--_radius);
    background: var(--pm-color-surface, var(--_surface));
  }

  .button {
    display: inline-flex; align-items: center; gap: 0.4em;
    min-height: 2.5em; padding: 0.4em 1em;
    border: 1px solid var(--_accent-color); border-radius: 999px;
    background: transparent; color: var(--_accent-color);
    font-weight: 600; cursor: pointer;
  }
  .button.primary { background: var(--_accent-color); color: var(--pm-color-accent-contrast, var(--_accent-contrast)); }
  .credit { margin-block-start: calc(var(--_space) * 1.25); font-size: 0.85em; color: var(--pm-color-muted, var(--_muted)); }
  .credit a { color: inherit; }

  @media (prefers-reduced-motion: no-preference) {
    .button, .option { transition: background-color 120ms ease, border-color 120ms ease, color 120ms ease; }
  }
  @media (forced-colors: active) {
    :focus-visible, [tabindex='-1']:focus { outline-color: Highlight; }
    /* System colours throughout: a text colour equal to the backplate's would vanish. */
    .button, .button.primary { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
    .button.primary { border-width: 3px; }
  }
`;
