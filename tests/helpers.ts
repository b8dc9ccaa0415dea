import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Renders a template and waits for every pm-* element in it to finish rendering. */
export async function render<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settle(el);
  return el;
}

/** Waits until `root` and every pm-* element inside it (shadow roots too) have rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = [root, ...deepQueryAll(root, '*')]
      .filter((el): el is Element & { updateComplete: Promise<boolean> } => el.localName.startsWith('pm-') && 'updateComplete' in el)
      .map((el) => el.updateComplete);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/** querySelectorAll that also looks inside open shadow roots. */
export function deepQueryAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** The element's shadow root, which every pm-* element has. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** Records console.warn calls until `restore` is called. */
export function captureWarnings() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => { calls.push(args); };
  return { calls, restore: () => { console.warn = original; } };
}

/** The visible text of a node, with whitespace collapsed. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
