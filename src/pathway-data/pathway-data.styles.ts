import { css } from 'lit';

export const dataStyles = css`
  :host { display: contents; }
  .error { margin-block-end: var(--_space); }
`;
