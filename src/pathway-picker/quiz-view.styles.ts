import { css } from 'lit';

/** The quiz and results styles: they travel with the quiz code and join the picker's styles when it arrives. */
export const quizStyles = css`
  .quiz { display: grid; gap: calc(var(--_space) * 1.25); }
  .question { border: 0; min-width: 0; display: grid; gap: 0.5rem; }
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
  /* Only the quiz disables a button (Next, until a question is answered). */
  .button:disabled { opacity: 0.55; cursor: not-allowed; }
  .plan-actions { justify-content: flex-start; }

  .results section { display: grid; gap: 0.6rem; }
  .fit { display: grid; gap: 0.6rem; }
  .why { font-weight: 650; }
  .reasons, .milestones, .roles, .resources { display: grid; gap: 0.3rem; padding-inline-start: 1.2em; }
  .cost { font-size: 0.9em; color: var(--pm-color-muted, var(--_muted)); }
  .resources a { color: inherit; text-underline-offset: 0.15em; }
  .week, .note {
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--_accent-color);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_tint);
  }
  .week { border-inline-start-width: 6px; }
  .week p { font-size: 1.05em; }
  .others, .excluded { display: grid; gap: 0.6rem; list-style: none; }
  .plan-b, .result {
    display: grid; gap: 0.35rem; justify-items: start;
    padding: 0.75em var(--_space);
    border: 1px solid var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
  }
  .pick {
    display: inline-flex; align-items: center; gap: 0.5em;
    padding: 0.3em 0.8em; border: 1px solid var(--_accent-color); border-radius: 999px;
    background: transparent; color: var(--_accent-color); font-weight: 700; cursor: pointer;
  }
  .pick .mark { display: inline-block; width: 1em; text-align: center; }
  .pick .mark::before { content: '+'; }
  .pick[aria-pressed='true'] { background: var(--_accent-color); color: var(--pm-color-accent-contrast, var(--_accent-contrast)); }
  .pick[aria-pressed='true'] .mark::before { content: '✓'; }
  .plan-b { justify-items: stretch; }
  .open { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  .chosen { font-size: 0.9em; font-weight: 600; }
  .excluded li { color: var(--pm-color-muted, var(--_muted)); }
  .excluded strong { color: var(--pm-color-text, var(--_text)); }
  .copy-fallback {
    width: 100%; padding: 0.6em; font: 0.9em/1.5 ui-monospace, monospace; color: inherit;
    background: var(--pm-color-surface, var(--_surface));
    border: 1px solid var(--pm-color-border, var(--_border)); border-radius: calc(var(--_radius) * 0.5);
  }
  .notice { margin-block-start: var(--_space); font-weight: 600; }

  @media (forced-colors: active) {
    .button:disabled { border-color: GrayText; color: GrayText; }
    .choice:has(input:checked), .pick[aria-pressed='true'] { border: 3px solid Highlight; }
    .pick { border-color: ButtonText; color: ButtonText; }
    .pick[aria-pressed='true'] { background: ButtonFace; color: ButtonText; }
    .week, .note { border-inline-start-color: CanvasText; }
  }
  @media print {
    .actions, .copy-fallback, .notice, .open { display: none; }
    /* Where the reader's focus was (the results heading, after the last answer) is not for paper. */
    :focus-visible, [tabindex='-1']:focus { outline: none; }
  }
`;
