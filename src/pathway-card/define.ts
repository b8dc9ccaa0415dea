import { define } from '../shared/define.js';
import { PathwayCard } from './pathway-card.js';

export { PathwayCard };
export * from '../events.js';

define('pm-pathway-card', PathwayCard);

declare global {
  interface HTMLElementTagNameMap {
    'pm-pathway-card': PathwayCard;
  }
}
