// pm-pathways/hydrate.js in a bundler: one import installs Lit's hydration
// support before the elements define, even when Lit already ran, so
// server-rendered elements hydrate in place. Data that differs from what the server rendered with (a `src` that
// fails in the browser) cannot hydrate: that element renders afresh, warning once.
import { expect } from '@open-wc/testing';
import 'lit'; // first, as a bundler's shared chunk would run it: the support must still install
import '../../src/hydrate.js';
import { captureWarnings } from '../helpers.js';
import { expectSameNodes, firstNodes, hydrated, open, serverHtml, text } from './helpers.js';

describe('pm-pathways/hydrate.js', () => {
  it('hydrates server-rendered elements in place, silently', async () => {
    const warnings = captureWarnings();
    try {
      const host = document.createElement('div');
      host.setHTMLUnsafe(await serverHtml());
      const before = firstNodes(host);
      document.body.append(host);
      await hydrated(host);
      expectSameNodes(before);
      expect(host.querySelector('#picker')!.shadowRoot!.querySelectorAll('[role=option]').length).to.equal(7);
      expect(text(host.querySelector('#fetched')!.shadowRoot!.querySelector('h3'))).to.equal('Side project');
      expect(warnings.calls).to.deep.equal([]);
      host.remove();
    } finally {
      warnings.restore();
    }
  });

  it('renders afresh, with one warning, what does not match the server HTML', async () => {
    const warnings = captureWarnings();
    try {
      const host = document.createElement('div');
      host.setHTMLUnsafe((await serverHtml()).replace(/src="[^"]*custom\.json"/, 'src="/__status/404"'));
      document.body.append(host);
      await hydrated(host);
      const fetched = host.querySelector('#fetched')!;
      expect(fetched.shadowRoot!.querySelector('article'), 'the server card is gone').to.equal(null);
      expect(fetched.shadowRoot!.querySelector('style'), 'the server styles stay').to.exist;
      expect(host.querySelector('#remote')!.shadowRoot!.querySelector('[part=error]'), 'the provider shows the failure')
        .to.exist;
      const ours = warnings.calls.filter((args) => String(args[0]).startsWith('pm-pathways:'));
      expect(ours.length).to.equal(1);
      expect(String(ours[0]![0])).to.include('<pm-pathway-card>').and.include('does not match');
    } finally {
      warnings.restore();
    }
  });

  it('hydrates in place when a bundler runs the elements first, in the same module graph (a shared chunk)', async () => {
    const { doc, log, byId, serverNodes } = await open('shared-chunk.html');
    await hydrated(doc, log);
    expectSameNodes(serverNodes);
    expect(byId('picker').shadowRoot!.querySelectorAll('[role=option]').length).to.equal(7);
    expect(text(byId('inline').shadowRoot!.querySelector('h3'))).to.equal('Side project');
    // The dev server gives Lit's development build, which announces itself.
    expect(log.filter((line) => !line.startsWith('Lit is in dev mode'))).to.deep.equal([]);
    doc.defaultView!.frameElement!.remove();
  });
});
