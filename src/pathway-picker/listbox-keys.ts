/**
 * Where the active option of a single-select listbox moves for a key (WAI-ARIA
 * APG listbox): arrows step without wrapping, Home/End jump, a printable
 * character jumps to the next option starting with it. Undefined: not ours.
 * Right to left (`rtl`), ← steps to the next option and → to the previous one.
 */
export function nextActiveIndex(
  key: string,
  current: number,
  labels: readonly string[],
  rtl = false,
): number | undefined {
  const last = labels.length - 1;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight':
    case 'ArrowUp':
      return key === 'ArrowDown' || key === forward ? Math.min(current + 1, last) : Math.max(current - 1, 0);
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
