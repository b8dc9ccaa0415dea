import { expect } from '@open-wc/testing';

export interface HostilePage {
  win: Window & typeof globalThis & { pmRecord: { violations: string[]; errors: string[] } };
  doc: Document;
  frame: HTMLIFrameElement;
}

/** Opens a real page in an iframe and waits until every pm-* element in it has rendered. */
export async function openPage(path: string, width = 900): Promise<HostilePage> {
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

/** Waits for every pm-* element of a window to be defined and rendered. */
export async function rendered(win: Window): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const elements = [...win.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pm-'));
    await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
    const inner = elements.flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]).filter((el) => el.localName.startsWith('pm-'));
    const done = await Promise.all(inner.map((el) => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete));
    if (done.every(Boolean)) return;
  }
}

/** Nothing went wrong in the page: no exception, no policy violation. */
export function expectClean(page: HostilePage) {
  expect(page.win.pmRecord.errors, 'exceptions in the page').to.deep.equal([]);
  expect(page.win.pmRecord.violations, 'policy violations').to.deep.equal([]);
}

export const part = (el: Element | null | undefined, name: string) => el?.shadowRoot?.querySelector<HTMLElement>(`[part~=${name}]`) ?? null;
