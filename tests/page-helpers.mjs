// What the browser tests need on top of puppeteer-core: a page in its own
// browser context, and elements found the way a reader finds them (by text,
// by label), strictly (a second match is an error, not a choice) and waited for.
//
// Selectors here are CSS with `>>>` between parts to go into shadow roots:
// `a >>> b` is any `b` under `a`, its shadow roots and theirs included (as in
// puppeteer's own selectors), resolved in the page so a wait can test the text.
import assert from 'node:assert/strict';

/** A page in a browser context of its own (its own storage), at a viewport size; close it with `page.browserContext().close()`. */
export async function isolatedPage(browser, { width = 1280, height = 720, javaScript = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  if (!javaScript) await page.setJavaScriptEnabled(false);
  return page;
}

/**
 * In the page: the elements `selector` matches, kept to those whose text
 * (shadow roots included, spaces collapsed) contains `hasText` (any case) or
 * equals `exactText`, or whose label is exactly `label`; only those drawn, with `visible`.
 */
function matches(selector, { hasText, exactText, label, visible } = {}) {
  const trees = (node) => {
    const out = [node];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          out.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    if (node.shadowRoot) {
      out.push(node.shadowRoot);
      walk(node.shadowRoot);
    }
    walk(node);
    return out;
  };
  const skip = (el) => ['SCRIPT', 'NOSCRIPT', 'STYLE'].includes(el.nodeName) || document.head?.contains(el);
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node.nodeType === Node.ELEMENT_NODE && skip(node)) return '';
    let full = [...node.childNodes].map(text).join('');
    if (node.shadowRoot) full += text(node.shadowRoot);
    return full;
  };
  const normal = (s) =>
    s
      .replace(/[\u200b\u00ad]/g, '')
      .trim()
      .replace(/\s+/g, ' ');
  let found = [document];
  for (const part of selector.split('>>>').map((p) => p.trim())) {
    const next = new Set();
    for (const scope of found)
      for (const tree of trees(scope)) for (const el of tree.querySelectorAll(part)) next.add(el);
    found = [...next];
  }
  if (hasText !== undefined)
    found = found.filter((el) => normal(text(el)).toLowerCase().includes(normal(hasText).toLowerCase()));
  if (exactText !== undefined) {
    // The innermost elements with exactly this text, as a reader would point at it.
    const equal = (el) => normal(text(el)) === exactText;
    found = found.filter((el) => equal(el) && ![...el.children, ...(el.shadowRoot?.children ?? [])].some(equal));
  }
  if (label !== undefined) {
    found = found.filter(
      (el) => [...(el.labels ?? [])].some((l) => normal(text(l)) === label) || el.getAttribute('aria-label') === label,
    );
  }
  if (visible) found = found.filter((el) => window.__drawn(el));
  return found;
}

/** In the page: whether an element is drawn (a box, not hidden by style), as a reader would see it. */
function drawn(el) {
  const style = getComputedStyle(el);
  if (style.display === 'contents') {
    return [...el.childNodes].some((child) => {
      if (child.nodeType === Node.ELEMENT_NODE)
        return child.checkVisibility() && child.getBoundingClientRect().width > 0;
      const range = document.createRange();
      range.selectNode(child);
      const rect = range.getBoundingClientRect();
      return child.nodeType === Node.TEXT_NODE && rect.width > 0 && rect.height > 0;
    });
  }
  if (!el.checkVisibility() || style.visibility !== 'visible') return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** How many elements match now. */
export async function count(scope, selector, filters = {}) {
  await install(scope);
  return scope.evaluate((s, f) => window.__matches(s, f).length, selector, filters);
}

/** Defines the finder in the frame (again after a navigation). */
async function install(scope) {
  await scope.evaluate(`window.__matches = ${matches}; window.__drawn = ${drawn};`);
}

/**
 * The one element that matches, once one does (default 30 s): more than one is a
 * failure, as for a Playwright locator. Filters as for `matches`.
 */
export async function only(scope, selector, filters = {}, { timeout = 30_000 } = {}) {
  await install(scope);
  const all = await scope.waitForFunction(
    (s, f) => {
      const found = window.__matches(s, f);
      return found.length ? found : false;
    },
    { timeout },
    selector,
    filters,
  );
  const total = await all.evaluate((list) => list.length);
  assert.equal(total, 1, `one element for ${selector} ${JSON.stringify(filters)}, not ${total}`);
  return (await all.evaluateHandle((list) => list[0])).asElement();
}

/** The first element that matches, once one does. */
export async function first(scope, selector, filters = {}, { timeout = 30_000 } = {}) {
  await install(scope);
  const all = await scope.waitForFunction((s, f) => window.__matches(s, f)[0] ?? false, { timeout }, selector, filters);
  return all.asElement();
}

/** Whether the element that matches is drawn; false when none does, a failure when several do (no waiting). */
export async function isVisible(scope, selector, filters = {}) {
  await install(scope);
  const seen = await scope.evaluate(
    (s, f) => window.__matches(s, f).map((el) => window.__drawn(el)),
    selector,
    filters,
  );
  assert.ok(seen.length <= 1, `one element for ${selector} ${JSON.stringify(filters)}, not ${seen.length}`);
  return seen[0] ?? false;
}

/** Whether the first element that matches is drawn; false when none does. */
export async function firstIsVisible(scope, selector, filters = {}) {
  await install(scope);
  return scope.evaluate(
    (s, f) => {
      const el = window.__matches(s, f)[0];
      return el ? window.__drawn(el) : false;
    },
    selector,
    filters,
  );
}

/** Clicks an element once it is visible, in view, enabled and still (puppeteer's locator checks). */
export const click = (handle) => handle.asLocator().click();

/** Ticks a checkbox (a click when it is not ticked), and fails unless it is ticked after. */
export async function check(handle) {
  if (!(await handle.evaluate((el) => el.checked))) await click(handle);
  assert.equal(await handle.evaluate((el) => el.checked), true, 'the click ticked the box');
}

/**
 * Replaces a field's value as a person would: a text field is selected and typed
 * over (emptied with Backspace), so it fires the input events a person causes;
 * others (colour, date) get the value and their input and change events.
 */
export async function fill(handle, value) {
  await handle.frame.waitForFunction((el) => el.checkVisibility() && !el.disabled && !el.readOnly, {}, handle);
  const typed = await handle.evaluate(
    (el) =>
      el.localName === 'textarea' ||
      (el.localName === 'input' &&
        ['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number'].includes(el.getAttribute('type') ?? '')),
  );
  if (typed) {
    await handle.focus();
    await handle.evaluate((el) => el.select());
    const keyboard = handle.frame.page().keyboard;
    if (value === '') await keyboard.press('Backspace');
    else await keyboard.sendCharacter(value);
  } else {
    await handle.evaluate((el, v) => {
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }
  assert.equal(await handle.evaluate((el) => el.value), value, 'the field took the value');
}
