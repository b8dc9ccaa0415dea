import { define } from '../shared/define.js';
import { PathwayPicker } from './pathway-picker.js';
import '../pathway-card/define.js'; // the picker shows a card

export { PathwayPicker };
export * from '../events.js';

define('pm-pathway-picker', PathwayPicker);

declare global {
  interface HTMLElementTagNameMap {
    'pm-pathway-picker': PathwayPicker;
  }
}
