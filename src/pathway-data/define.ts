import { define } from '../shared/define.js';
import { PathwayData } from './pathway-data.js';

export { PathwayData };
export * from '../events.js';

define('pm-pathway-data', PathwayData);

declare global {
  interface HTMLElementTagNameMap {
    'pm-pathway-data': PathwayData;
  }
}
