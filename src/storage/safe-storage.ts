/**
 * localStorage when it works, memory when it does not (blocked, full, a
 * sandboxed frame): reading and writing never throw. Listeners hear changes
 * made on this page and, through the `storage` event, in other tabs.
 */
/** Values storage could not keep (blocked, full): they win over what storage holds. */
const memory = new Map<string, string | null>();
const listeners = new Set<(key: string) => void>();

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading the property itself throws when storage is blocked
  }
}

/** The stored text for `key`, or null. */
export function readItem(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` (null removes it) and tells this page's listeners. */
export function writeItem(key: string, value: string | null): void {
  try {
    const storage = local();
    if (!storage) throw new Error('no storage');
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value); // quota exceeded or storage blocked: memory keeps the page's state
  }
  for (const listener of listeners) listener(key);
}

const onStorage = (event: StorageEvent) => {
  if (!event.key?.startsWith('pm-pathways:')) return;
  memory.delete(event.key); // another tab wrote it: storage is the truth now
  for (const listener of listeners) listener(event.key);
};

/** Calls `listener` with the key of every change; returns the function that stops it. */
export function watchItems(listener: (key: string) => void): () => void {
  if (!listeners.size && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}
