import { css } from 'lit';

export const cardStyles = css`
  .card {
    /* Narrower cards get less padding; a percentage of the width, so cards need no container query. */
    padding: clamp(var(--_space), 5%, calc(var(--_space) * 1.5));
    border: 1px solid var(--pm-color-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--pm-color-surface, var(--_surface));
    box-shadow: var(--pm-shadow, var(--_shadow));
  }
  .summary { margin-block-start: calc(var(--_space) * 0.5); color: var(--pm-color-muted, var(--_muted)); }

  .steps {
    list-style: none;
    counter-reset: step;
    display: grid;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 1.25);
    padding-block-start: calc(var(--_space) * 1.25);
    border-block-start: 1px solid var(--pm-color-border, var(--_border));
  }
  .step {
    counter-increment: step;
    display: grid;
    grid-template-columns: 2em 1fr;
    column-gap: clamp(calc(var(--_space) * 0.6), 3%, calc(var(--_space) * 0.75));
    align-items: baseline;
  }
  .step::before, .step input {
    grid-row: span 2;
    align-self: start;
    width: 2em; height: 2em; margin: 0;
    border-radius: 50%;
  }
  .step::before {
    content: counter(step);
    display: grid; place-items: center;
    background: var(--_accent-color);
    color: var(--pm-color-accent-contrast, var(--_accent-contrast));
    font-weight: 700; font-size: 0.9em; line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .checklist .step::before { content: none; }
  .step input { accent-color: var(--_accent-color); cursor: pointer; width: 1.4em; height: 1.4em; justify-self: center; margin-block-start: 0.15em; }
  .step-title { font-weight: 650; }
  label.step-title { cursor: pointer; }
  .step-body { color: var(--pm-color-muted, var(--_muted)); margin-block-start: 0.15em; }
  .done .step-title { text-decoration: line-through; text-decoration-thickness: 1px; color: var(--pm-color-muted, var(--_muted)); }

  .disclosure { margin-block-start: var(--_space); }
  .disclosure::after {
    content: ''; width: 0.45em; height: 0.45em;
    border: solid currentColor; border-width: 0 2px 2px 0;
    transform: translateY(-20%) rotate(45deg);
  }
  .disclosure[aria-expanded='true']::after { transform: translateY(20%) rotate(-135deg); }
  .progress { margin-block-start: var(--_space); font-size: 0.9em; color: var(--pm-color-muted, var(--_muted)); }
  .footer { display: block; }
  .footer::slotted(*) { margin-block-start: calc(var(--_space) * 1.25); }

  @media (prefers-reduced-motion: no-preference) {
    .disclosure::after { transition: transform 150ms ease; }
  }
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
    .step::before { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  }
  /* Server-rendered, read without JavaScript: the disclosure cannot work, so show the steps. */
  @media (scripting: none) {
    .steps[hidden] { display: grid !important; }
    .disclosure { display: none; }
  }
  @media print {
    .card { box-shadow: none; break-inside: avoid; }
    .steps[hidden] { display: grid !important; }
    .disclosure { display: none; }
    .step::before { border: 1px solid currentColor; background: none; color: inherit; }
  }
`;
