/** Where checklist progress is kept: localStorage when it works, memory when it does not. */
const PREFIX = 'pm-pathways:progress:';
const memory = new Map<string, boolean[]>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading the property itself throws when storage is blocked
  }
}

/** The done state of each of `count` steps of a pathway; anything unreadable counts as not done. */
export function loadProgress(pathway: string, count: number): boolean[] {
  let saved: unknown = memory.get(pathway);
  if (!saved) {
    try {
      saved = JSON.parse(storage()?.getItem(PREFIX + pathway) ?? 'null');
    } catch {
      saved = null; // garbage or a throwing storage: start afresh
    }
  }
  const list = Array.isArray(saved) ? saved : [];
  return Array.from({ length: count }, (_, i) => list[i] === true);
}

/** Keeps the done state; never throws, even when storage is full or blocked. */
export function saveProgress(pathway: string, done: boolean[]): void {
  memory.set(pathway, [...done]);
  try {
    storage()?.setItem(PREFIX + pathway, JSON.stringify(done));
  } catch {
    // quota exceeded or storage blocked: the in-memory copy keeps the page's progress
  }
}
