import { expect } from '@open-wc/testing';
import { forgetStoredState, settle } from '../helpers.js';

export interface HostilePage {
  win: Window & typeof globalThis & { pmRecord: { violations: string[]; errors: string[] } };
  doc: Document;
  frame: HTMLIFrameElement;
}

/** Opens a real page in an iframe, as a first visit, and waits until every pm-* element in it has rendered. */
export async function openPage(path: string, width = 900): Promise<HostilePage> {
  // Each page starts as a first visit: checklist ticks and quiz answers of earlier pages (same origin) would change what it shows.
  forgetStoredState();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(`./pages/${path}`, import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostilePage['win'];
  await rendered(win);
  return { win, doc: win.document, frame };
}

/** Waits for every pm-* element of a window to be defined, then rendered. */
export async function rendered(win: Window): Promise<void> {
  const tags = new Set(
    [...win.document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('pm-')),
  );
  await Promise.all([...tags].map((tag) => win.customElements.whenDefined(tag)));
  await settle(win.document);
}

/** Nothing went wrong in the page: no exception, no policy violation. */
export function expectClean(page: HostilePage) {
  expect(page.win.pmRecord.errors, 'exceptions in the page').to.deep.equal([]);
  expect(page.win.pmRecord.violations, 'policy violations').to.deep.equal([]);
}

export const part = (el: Element | null | undefined, name: string) =>
  el?.shadowRoot?.querySelector<HTMLElement>(`[part~=${name}]`) ?? null;
