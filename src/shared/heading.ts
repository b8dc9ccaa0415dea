import { html, nothing, type TemplateResult } from 'lit';

/** An element's heading level: a whole number from 1 to 6, else its default. */
export const validLevel = (level: unknown, fallback: number): number =>
  Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6 ? (level as number) : fallback;

/** The level `depth` below `level`, never past h6: the one place levels are clamped. */
export const below = (level: number, depth = 1): number => Math.min(level + depth, 6);

/**
 * A real heading element at `level` (1–6, else `fallback`), so the widget fits
 * the host page's outline. One template per level keeps Lit's static parts.
 */
export function heading(level: number, fallback: number, content: unknown, part: string, id = ''): TemplateResult {
  const i = id || nothing; // nothing leaves the attribute out
  const p = part || nothing;
  const n = validLevel(level, fallback);
  switch (n) {
    case 1:
      return html`<h1 id=${i} part=${p} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 id=${i} part=${p} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${i} part=${p} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${i} part=${p} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${i} part=${p} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${i} part=${p} tabindex="-1">${content}</h6>`;
  }
}
