// Your own content (a copy of pm-pathways/pathways.json, edited), checked once: a broken file stops the build, saying where.
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../../../custom.json';

const checked = validateDataset(copied);
if (!checked.ok) throw new Error(checked.problems.map((p) => `custom.json ${p.path}: ${p.message}`).join('\n'));
export const myDataset = checked.data;
