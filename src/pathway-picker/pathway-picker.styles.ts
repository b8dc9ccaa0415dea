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
  @container (max-width: 26rem) {
    .panel { padding: var(--_space); }
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

  .prompt, .empty {
    padding: calc(var(--_space) * 1.5);
    border: 1px dashed var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
    color: var(--pm-color-muted, var(--_muted));
  }

  .quiz { display: grid; gap: calc(var(--_space) * 1.25); }
  .question {
    border: 0;
    min-width: 0;
    display: grid; gap: 0.5rem;
  }
  .question legend { display: contents; }
  .count { display: block; font-size: 0.85em; color: var(--pm-color-muted, var(--_muted)); }
  .ask { display: block; font-size: 1.15em; font-weight: 700; line-height: 1.3; margin-block-end: 0.35rem; }
  .choice {
    display: flex; gap: 0.65em; align-items: center;
    padding: 0.6em 0.8em; border-radius: calc(var(--_radius) * 0.6);
    border: 1px solid var(--pm-color-border, var(--_border)); cursor: pointer;
  }
  .choice:has(input:checked) { border-color: var(--_accent-color); background: var(--_tint); }
  .choice input { accent-color: var(--_accent-color); width: 1.1em; height: 1.1em; margin: 0; flex: none; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.6rem; justify-content: space-between; }

  .results { display: grid; gap: 0.75rem; list-style: none; }
  .result {
    border: 1px solid var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .result.top:first-child { border-color: var(--_accent-color); border-width: 2px; }
  .result button {
    all: unset; cursor: pointer; font-weight: 700; color: var(--_accent-color);
    text-decoration: underline; text-underline-offset: 0.2em; text-decoration-thickness: 1px;
  }
  .result button:focus-visible { outline: 3px solid var(--_accent-color); outline-offset: 2px; border-radius: 2px; }
  .result button[aria-pressed='true'] { text-decoration-thickness: 3px; }
  .reasons { margin-block-start: 0.35rem; padding-inline-start: 1.1em; color: var(--pm-color-muted, var(--_muted)); }
  .rest { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; }
  .rest .result { padding: 0.4em 0.9em; border-radius: 999px; }
  .subhead { font-size: 1em; }

  .credit { margin-block-start: calc(var(--_space) * 1.25); font-size: 0.85em; color: var(--pm-color-muted, var(--_muted)); }
  .credit a { color: inherit; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

  @media (forced-colors: active) {
    .option[aria-selected='true'] { border-color: Highlight; forced-color-adjust: none; background: Highlight; color: HighlightText; }
    .views .button[aria-pressed='true'] { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    .result.top:first-child { border-color: Highlight; }
  }
  @media print {
    .panel { box-shadow: none; }
    .views, .actions, .list { display: none; }
    .browse { display: block; }
  }
`;
