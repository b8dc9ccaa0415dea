/** Checklist progress: one record per pathway, shared by every checklist on the page and across tabs. */
import { readItem, watchItems, writeItem } from './safe-storage.js';

const PREFIX = 'pm-pathways:progress:';

/** The done state of each of `count` steps of a pathway; anything unreadable counts as not done. */
export function loadProgress(pathway: string, count: number): boolean[] {
  let saved: unknown;
  try {
    saved = JSON.parse(readItem(PREFIX + pathway) ?? 'null');
  } catch {
    saved = null; // garbage: start afresh
  }
  const list = Array.isArray(saved) ? saved : [];
  return Array.from({ length: count }, (_, i) => list[i] === true);
}

/** Keeps the done state and tells every checklist of that pathway; never throws. */
export function saveProgress(pathway: string, done: boolean[]): void {
  writeItem(PREFIX + pathway, JSON.stringify(done));
}

/** Calls `listener` with the pathway id whenever its progress changes here or in another tab. */
export function watchProgress(listener: (pathway: string) => void): () => void {
  return watchItems((key) => {
    if (key.startsWith(PREFIX)) listener(key.slice(PREFIX.length));
  });
}
