// The height messages an embed page posts to its parent, one per format that
// common embed hosts listen for (sources in the README's "Embed pages" section).

/**
 * Every resize message for a content height in CSS pixels.
 * @param {number} height
 * @param {{ href: string, secret?: string, windowId?: string }} context
 *   secret: WordPress's `#?secret=` from the iframe address; windowId: Iframely's `register` id.
 * @returns {unknown[]} messages to post with targetOrigin '*'
 */
export function resizeMessages(height, { href, secret, windowId }) {
  const messages = [
    { type: 'pm-pathways:resize', height }, // ours
    { type: 'embed-size', height }, // the generic "embed-size" convention
    JSON.stringify({ method: 'resize', height, ...(windowId ? { windowId } : {}) }), // Iframely (Notion and others)
    JSON.stringify({ src: href, context: 'iframe.resize', height }), // Embedly (Medium)
  ];
  // wp-embed.js resizes only the iframe whose data-secret matches.
  if (secret) messages.push({ message: 'height', value: height, secret });
  return messages;
}

/** WordPress passes the secret in the iframe address: `#?secret=abc123`. */
export function secretFrom(hash) {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret && /^[a-zA-Z0-9]{1,64}$/.test(secret) ? secret : undefined;
}
