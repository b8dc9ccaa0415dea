/** Reading and writing the picker's parameters in the URL fragment without disturbing others. */

// A plain anchor such as #newsletter holds no parameters: it is left alone.
const params = (hash: string) => new URLSearchParams(hash.includes('=') ? hash.replace(/^#/, '') : '');

/** A parameter of the fragment, such as `pathway` in `#pathway=formal-education`, or null. */
export function readHash(hash: string, key: string): string | null {
  return params(hash).get(key) || null;
}

/** The fragment with each given parameter set (null removes it); other parameters and plain anchors kept. */
export function writeHash(hash: string, values: Record<string, string | null>): string {
  if (hash.length > 1 && !hash.includes('=')) {
    // A plain anchor (a skip link, #newsletter) is not ours to replace: keep it unless we have something to say.
    if (Object.values(values).every((v) => v === null)) return hash;
  }
  const next = params(hash);
  for (const [key, value] of Object.entries(values)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const text = next.toString();
  return text ? `#${text}` : '';
}
