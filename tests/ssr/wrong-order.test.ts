// A bundler that runs Lit before its hydration support (here: the package
// imported without pm-pathways/hydrate.js): server-rendered elements cannot
// hydrate, so each renders once afresh, and the page gets one clear warning.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings } from '../helpers.js';
import { allElements, firstNode, hydrated, serverHtml, text } from './helpers.js';

describe('server-rendered elements without hydration support', () => {
  it('render one copy each, with one console warning naming the fix', async () => {
    const warnings = captureWarnings();
    try {
      const host = document.createElement('div');
      host.setHTMLUnsafe(await serverHtml());
      const serverNodes = allElements(host).map((el) => firstNode(el));
      document.body.append(host);
      await hydrated(host);
      const picker = host.querySelector('#picker')!.shadowRoot!;
      expect(picker.querySelectorAll('[role=option]').length, 'one copy of the picker').to.equal(7);
      expect(
        host.querySelector('#card')!.shadowRoot!.querySelectorAll('article').length,
        'one copy of the card',
      ).to.equal(1);
      expect(text(host.querySelector('#inline')!.shadowRoot!.querySelector('h3'))).to.equal('Side project');
      expect(
        allElements(host).some((el, i) => firstNode(el) === serverNodes[i]),
        'rendered afresh',
      ).to.be.false;
      const ours = warnings.calls.filter((args) => String(args[0]).startsWith('pm-pathways:'));
      expect(ours.length).to.equal(1);
      expect(String(ours[0]![0])).to.include('pm-pathways/hydrate.js');
    } finally {
      warnings.restore();
    }
  });
});
