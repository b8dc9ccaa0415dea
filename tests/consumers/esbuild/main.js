// The README's esbuild recipe: `esbuild main.js --bundle --format=esm --splitting --outdir=out`.
// Without --splitting, esbuild inlines every language and the quiz into this one file.
import 'pm-pathways';
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../custom.json';

const checked = validateDataset(copied);
if (checked.ok) document.querySelector('pm-pathway-data').data = checked.data;
document.querySelector('.demo-picker').addEventListener('pm-pathway-change', (e) => {
  document.querySelector('.demo-chosen').textContent = e.detail.pathway;
});
