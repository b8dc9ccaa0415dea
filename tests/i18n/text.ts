import { bundledDatasetWithQuiz as english } from '../../src/data/bundled-quiz.js';
import { locales } from '../../src/generated/locales/index.js';
import { QUIZ_KEY } from '../../src/quiz/saved-key.js';
import { writeItem } from '../../src/storage/safe-storage.js';

/** The shipped translations (English aside), as the build generated them. */
export const shippedLangs = Object.keys(locales);

const strings = (value: unknown, into: string[] = []): string[] => {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key !== 'id' && key !== 'weights') strings(v, into);
  }
  return into;
};

/**
 * Every English text a reader could see: pathways, guide texts (not the source,
 * which stays as published), quiz texts, and each literal piece of every label.
 */
export const englishTexts: Set<string> = new Set(
  [
    ...strings(english.pathways),
    ...strings([english.title, english.intro, english.closing]),
    ...strings(english.quiz),
    ...Object.values(english.labels!).flatMap((label) => label!.split(/\{[^{}]*\}/)),
  ]
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[a-z]{2}/i.test(s)),
);

/** The visible text of an element, its shadow roots included, one entry per text node, with the labels of controls. */
export function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent!.replace(/\s+/g, ' ').trim());
    if (node instanceof Element) {
      for (const attribute of ['aria-label', 'title', 'alt'])
        if (node.hasAttribute(attribute)) texts.push(node.getAttribute(attribute)!.trim());
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts.filter(Boolean);
}

/** Each English label with placeholders as a pattern, so "Question 2 of 6" counts as English. */
const englishPatterns = Object.values(english.labels!)
  .filter((label): label is string => /\{/.test(label ?? ''))
  .map(
    (label) =>
      new RegExp(
        `^${label
          .split(/\{[^{}]*\}/)
          .map((part) =>
            part
              .replace(/\s+/g, ' ')
              .trim()
              .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('\\s*(.+?)\\s*')}$`,
      ),
  );

/** The credit's date as English writes it: a translated credit must not carry it. */
const englishDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${english.source!.date}T00:00:00Z`),
);

/**
 * The English a translated element still shows: text nodes equal to an English
 * text, holding a long one or the English date, or worded by an English label.
 */
export function englishLeft(root: Element): string[] {
  const long = [...englishTexts, englishDate].filter((s) => s.length >= 25 || s === englishDate);
  return visibleTexts(root).filter(
    (text) =>
      englishTexts.has(text) ||
      long.some((s) => text.includes(s)) ||
      englishPatterns.some((pattern) => pattern.test(text.replace(/[\u2068\u2069]/g, ''))),
  );
}

/** Forgets quiz answers an earlier test (or test file, same origin) kept, so a picker opens on browse. */
export const forgetQuiz = () => {
  for (const key of new Set([...Object.keys(localStorage), QUIZ_KEY]))
    if (key.startsWith('pm-pathways:')) writeItem(key, null);
};
