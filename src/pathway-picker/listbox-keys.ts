/**
 * Where the active option of a single-select listbox moves for a key (WAI-ARIA
 * APG listbox): arrows step without wrapping, Home/End jump, a printable
 * character jumps to the next option starting with it. Undefined: not ours.
 */
export function nextActiveIndex(key: string, current: number, labels: readonly string[]): number | undefined {
  const last = labels.length - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(current + 1, last);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
  }
  if (key.length !== 1 || !key.trim()) return undefined;
  const letter = key.toLowerCase();
  for (let step = 1; step <= labels.length; step++) {
    const i = (current + step) % labels.length;
    if (labels[i]!.trim().toLowerCase().startsWith(letter)) return i;
  }
  return undefined;
}
