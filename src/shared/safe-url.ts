/** Whether a link from data may be followed: only http:, https: or a relative URL. */
export function isSafeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const base = globalThis.location?.href ?? 'https://example.invalid/';
    const { protocol } = new URL(url, base.startsWith('http') ? base : 'https://example.invalid/');
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
