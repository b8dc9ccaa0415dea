// Server rendering for Node (pm-pathways/ssr.js): renders templates holding
// pm-* elements to HTML with declarative shadow DOM, through @lit-labs/ssr
// (install it beside pm-pathways). Import this module before anything that
// defines elements: @lit-labs/ssr installs the DOM shim they need.
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import './index.js';
import { dataCode } from './pathway-data/data-loader.js';
import { quizCode } from './pathway-picker/quiz-loader.js';
import { progressCode } from './storage/progress-loader.js';

// What the browser loads on demand, a server renders with: load it before the first render,
// so elements render synchronously with the same data and quiz the browser will have.
await Promise.all([dataCode.load(), quizCode.load(), progressCode.load()]);

// Providers and consumers meet through events fired on connect: run connectedCallback on the server too.
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('pm-') ? { connectedCallback: true } : undefined));

/** The HTML of a Lit template, with every pm-* element's shadow root inlined as `<template shadowrootmode="open">`. */
export function renderToString(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}

/** A `<script type="application/json">` for `<pm-pathway-data>`: the same dataset, read by the browser without a request. */
export function datasetScript(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export { html } from 'lit';
