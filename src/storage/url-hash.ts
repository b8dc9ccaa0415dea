/** Reading and writing `#pathway=<id>` without disturbing other parameters of the fragment. */
const KEY = 'pathway';

// A plain anchor such as #section-2 holds no parameters; it is replaced, not mangled.
const params = (hash: string) => new URLSearchParams(hash.includes('=') ? hash.replace(/^#/, '') : '');

/** The pathway id in a URL fragment such as `#pathway=formal-education`, or null. */
export function readPathwayHash(hash: string): string | null {
  return params(hash).get(KEY) || null;
}

/** The fragment with the pathway set (or removed, for null), other parameters kept. */
export function writePathwayHash(hash: string, pathway: string | null): string {
  const next = params(hash);
  if (pathway) next.set(KEY, pathway);
  else next.delete(KEY);
  const text = next.toString();
  return text ? `#${text}` : '';
}
