import { css } from 'lit';

export const pickerStyles = css`
  /* The picker lays out by its own width (list beside or above the card). */
  :host { container-type: inline-size; }
  /* One surface for everything, so every text keeps its contrast on any page background. */
  .panel {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--pm-color-surface, var(--_surface));
    box-shadow: var(--pm-shadow, var(--_shadow));
  }
  /* On a phone, boxes inside boxes leave a few words a line: the panel and the card it holds slim down. */
  @container (max-width: 26rem) {
    .panel { padding: calc(var(--_space) * 0.75); }
    pm-pathway-card::part(card) { padding: calc(var(--_space) * 0.75); box-shadow: none; }
  }
  .header { display: grid; gap: calc(var(--_space) * 0.6); margin-block-end: calc(var(--_space) * 1.25); }
  .intro { color: var(--pm-color-muted, var(--_muted)); max-width: 46em; }
  .views { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .views .button[aria-pressed='true'] {
    background: var(--_accent-color);
    color: var(--pm-color-accent-contrast, var(--_accent-contrast));
  }

  .browse { display: grid; gap: calc(var(--_space) * 1.25); align-items: start; }
  @container (min-width: 44rem) {
    .browse { grid-template-columns: minmax(14rem, 2fr) 3fr; }
  }

  .list {
    list-style: none; display: grid; gap: 0.25rem; padding: 0.35rem;
    border: 1px solid var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
  }
  .option {
    display: grid; grid-template-columns: 1.75em 1fr; gap: 0.6em; align-items: center;
    padding: 0.55em 0.7em; border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer; user-select: none;
    border: 1px solid transparent;
  }
  .option:hover { background: var(--_tint); }
  .option .n {
    display: grid; place-items: center; width: 1.75em; height: 1.75em; border-radius: 50%;
    border: 1.5px solid var(--_accent-color); color: var(--_accent-color);
    font-size: 0.85em; font-weight: 700; font-variant-numeric: tabular-nums;
  }
  .option[aria-selected='true'] { background: var(--_tint); border-color: var(--_accent-color); font-weight: 650; }
  .option[aria-selected='true'] .n { background: var(--_accent-color); color: var(--pm-color-accent-contrast, var(--_accent-contrast)); }
  .option:focus-visible { outline-offset: -1px; }

  .prompt {
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
    color: var(--pm-color-muted, var(--_muted));
  }

  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

  @media (forced-colors: active) {
    .option[aria-selected='true'] { border-color: Highlight; forced-color-adjust: none; background: Highlight; color: HighlightText; }
    .views .button[aria-pressed='true'] { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    /* The focus ring must not be Highlight on Highlight. */
    .option:focus-visible { outline: 3px solid CanvasText; outline-offset: 2px; }
  }
  @media print {
    .panel { box-shadow: none; }
    .views, .list { display: none; }
    .browse { display: block; }
  }
`;
