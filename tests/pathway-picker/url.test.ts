import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/pathway-picker/define.js';
import type { PathwayPicker } from '../../src/pathway-picker/pathway-picker.js';
import type { PmPathwayChangeEvent } from '../../src/events.js';
import { render, settle, shadow } from '../helpers.js';

const hashChange = async (hash: string) => {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
};

describe('pm-pathway-picker sync-url', () => {
  let events: PmPathwayChangeEvent['detail'][];
  const onChange = (e: PmPathwayChangeEvent) => events.push(e.detail);
  beforeEach(() => {
    events = [];
    document.addEventListener('pm-pathway-change', onChange);
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(() => document.removeEventListener('pm-pathway-change', onChange));

  it('reads #pathway= on load and fires a change with source url', async () => {
    history.replaceState(null, '', '#pathway=certifications-bootcamps');
    const el = await render<PathwayPicker>(html`<pm-pathway-picker sync-url view="quiz"></pm-pathway-picker>`);
    await waitUntil(() => el.value, 'the address is read once its code is here');
    expect(el.value).to.equal('certifications-bootcamps');
    expect(el.view, 'a deep link shows the card').to.equal('browse');
    expect(events).to.deep.equal([{ pathway: 'certifications-bootcamps', source: 'url' }]);
  });

  it('keeps the hash current when the reader chooses, keeping other parameters', async () => {
    history.replaceState(null, '', '#tab=2');
    const el = await render<PathwayPicker>(html`<pm-pathway-picker sync-url></pm-pathway-picker>`);
    const before = history.length;
    shadow(el).querySelectorAll<HTMLElement>('[role=option]')[4]!.click();
    await settle(el);
    expect(new URLSearchParams(location.hash.slice(1)).get('pathway')).to.equal('technical-background');
    expect(location.hash).to.contain('tab=2');
    expect(history.length, 'replaceState adds no history entry').to.equal(before);
  });

  it('follows hashchange, and stops listening when removed', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker sync-url></pm-pathway-picker>`);
    await hashChange('#pathway=networking-mentorship');
    await settle(el);
    expect(el.value).to.equal('networking-mentorship');
    expect(events.at(-1)).to.deep.equal({ pathway: 'networking-mentorship', source: 'url' });
    el.remove();
    await hashChange('#pathway=formal-education');
    expect(el.value, 'a removed picker ignores the URL').to.equal('networking-mentorship');
  });

  it('neither writes nor follows the URL without sync-url', async () => {
    const el = await render<PathwayPicker>(html`<pm-pathway-picker></pm-pathway-picker>`);
    shadow(el).querySelectorAll<HTMLElement>('[role=option]')[1]!.click();
    await settle(el);
    expect(location.hash).to.equal('');
    await hashChange('#pathway=startup-experience');
    await settle(el);
    expect(el.value, 'a real hashchange is ignored').to.equal('formal-education');
    expect(events).to.deep.equal([{ pathway: 'formal-education', source: 'list' }]);
  });
});
