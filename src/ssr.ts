// Server rendering for Node (pm-pathways/ssr.js): renders templates holding
// pm-* elements to HTML with declarative shadow DOM, through @lit-labs/ssr
// (install it beside pm-pathways). Import this module before anything that
// defines elements: @lit-labs/ssr installs the DOM shim they need.
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Dataset } from './data/types.js';
import { loadLocale } from './i18n/locales.js';
import { SHIPPED_LANGS } from './i18n/negotiate.js';
import { PathwayCard, PathwayData, PathwayPicker } from './index.js';
import { dataCode } from './pathway-data/data-loader.js';
import { quizCode } from './pathway-picker/quiz-loader.js';
import { progressCode } from './storage/progress-loader.js';

// What the browser loads on demand, a server renders with: load it before the first render,
// so elements render synchronously with the same data, quiz, checklist code and languages the browser will have.
await Promise.all([
  dataCode.load(),
  quizCode.load(),
  progressCode.load(),
  ...SHIPPED_LANGS.filter((lang) => lang !== 'en').map(loadLocale),
]);

// Render with these classes, whatever the server's registry holds. The first
// definition of a name wins, and in a framework's server (Next.js renders its
// client components in the same process) another copy of the package, built
// for the browser, or an unrelated class may have taken the names first. Names
// taken so are defined in a registry of this module's own, which the renderer
// asks first.
const ours = { 'pm-pathway-card': PathwayCard, 'pm-pathway-picker': PathwayPicker, 'pm-pathway-data': PathwayData };
const registry = customElements;
const taken = Object.entries(ours).filter(([name, element]) => registry.get(name) !== element);
if (taken.length) {
  const own = new (registry.constructor as new () => CustomElementRegistry)();
  for (const [name, element] of taken) own.define(name, element);
  const lookup = registry.get.bind(registry);
  registry.get = (name: string) => own.get(name) ?? lookup(name);
}

// Providers and consumers meet through events fired on connect: run connectedCallback on the server too.
LitElementRenderer.renderOptions.push((element) =>
  element.localName.startsWith('pm-') ? { connectedCallback: true } : undefined,
);

/** The HTML of a Lit template, with every pm-* element's shadow root inlined as `<template shadowrootmode="open">`. */
export async function renderToString(template: TemplateResult): Promise<string> {
  // @lit-labs/ssr writes a property binding on a native input as an attribute:
  // a checkbox's or radio's `.checked=${false}` becomes checked="false", which
  // HTML reads as ticked (and hydration then finds the inputs differ). The
  // browser sets the property itself. Only inside <input> tags: escaped text
  // cannot hold one.
  return (await collectResult(render(template))).replace(
    /(<input\b[^>]*?) checked="(true|false)"/g,
    (_, tag, on) => tag + (on === 'true' ? ' checked' : ''),
  );
}

/** A `<script type="application/json">` for `<pm-pathway-data>`: the same dataset, read by the browser without a request. */
export function datasetScript(data: Dataset | string): string {
  const json = typeof data === 'string' ? JSON.stringify(JSON.parse(data)) : JSON.stringify(data);
  return `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * `content` inside a `<pm-pathway-data>` that holds `data` (an object, or its
 * JSON text): the server renders with it and the browser reads the same JSON
 * from the page, so both draw the same thing and hydration keeps every node.
 */
export function withDataset(data: Dataset | string, content: TemplateResult): TemplateResult {
  const value: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  return html`<pm-pathway-data .data=${value}>${unsafeHTML(datasetScript(data))}${content}</pm-pathway-data>`;
}

export { html };
export type { Dataset };
