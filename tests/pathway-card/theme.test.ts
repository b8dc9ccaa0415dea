import { expect, html } from '@open-wc/testing';
import '../../src/pathway-card/define.js';
import type { PathwayCard } from '../../src/pathway-card/pathway-card.js';
import { emulateMedia } from '@web/test-runner-commands';
import { render, shadow } from '../helpers.js';

const luminance = (color: string) => {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .map(Number)
    .map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const prefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

// Only Chromium's driver can emulate the preference (it needs the DevTools protocol):
// Firefox over WebDriver BiDi and WebKit over WebDriver cannot, so there the
// test checks the card against the machine's real preference instead.
const canEmulate = navigator.userAgent.includes('Chrome/');
// An empty value is the protocol's way to drop the emulation.
const CLEAR = '' as 'no-preference';

describe('pm-pathway-card theming', () => {
  it('reads --pm-* properties set on an ancestor', async () => {
    const wrapper = await render<HTMLDivElement>(html`
      <div style="--pm-color-accent: rgb(200, 0, 90); --pm-color-surface: rgb(1, 2, 3); --pm-radius: 3px; --pm-font-family: monospace">
        <pm-pathway-card pathway="internal-transition"></pm-pathway-card>
      </div>`);
    const root = shadow(wrapper.querySelector('pm-pathway-card')!);
    const card = getComputedStyle(root.querySelector('[part=card]')!);
    expect(card.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(card.borderTopLeftRadius).to.equal('3px');
    expect(card.fontFamily).to.equal('monospace');
    const number = getComputedStyle(root.querySelector('[part=step]')!, '::before');
    expect(number.backgroundColor).to.equal('rgb(200, 0, 90)');
  });

  it('inherits the page font by default', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><pm-pathway-card pathway="internal-transition"></pm-pathway-card></div>`,
    );
    const card = shadow(wrapper.querySelector('pm-pathway-card')!).querySelector('[part=card]')!;
    expect(getComputedStyle(card).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
  });

  it('exposes parts for ::part() styling', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed::part(heading) { text-transform: uppercase } .themed::part(step-body) { font-style: italic }`;
    document.head.append(style);
    const el = await render<PathwayCard>(
      html`<pm-pathway-card class="themed" pathway="formal-education"></pm-pathway-card>`,
    );
    expect(getComputedStyle(shadow(el).querySelector('[part=heading]')!).textTransform).to.equal('uppercase');
    expect(getComputedStyle(shadow(el).querySelector('[part=step-body]')!).fontStyle).to.equal('italic');
    style.remove();
  });

  it('theme="dark" and theme="light" force the colour scheme', async () => {
    const el = await render<PathwayCard>(
      html`<pm-pathway-card pathway="formal-education" theme="dark"></pm-pathway-card>`,
    );
    const card = () => getComputedStyle(shadow(el).querySelector('[part=card]')!);
    expect(luminance(card().backgroundColor)).to.be.below(0.05);
    expect(luminance(card().color)).to.be.above(0.7);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    expect(luminance(card().backgroundColor)).to.be.above(0.9);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  describe('theme="auto" follows the OS colour-scheme preference', () => {
    afterEach(async () => {
      if (canEmulate) await emulateMedia({ colorScheme: CLEAR });
    });
    for (const scheme of ['dark', 'light'] as const) {
      it(`with a ${scheme} preference`, async () => {
        if (canEmulate) {
          await emulateMedia({ colorScheme: scheme });
          expect(prefersDark(), 'the emulated preference is in effect').to.equal(scheme === 'dark');
        }
        const dark = prefersDark();
        const el = await render<PathwayCard>(
          html`<pm-pathway-card pathway="formal-education" theme="auto"></pm-pathway-card>`,
        );
        const card = getComputedStyle(shadow(el).querySelector('[part=card]')!);
        expect(getComputedStyle(el).colorScheme).to.equal(dark ? 'dark' : 'light');
        if (dark) {
          expect(luminance(card.backgroundColor), 'a dark surface').to.be.below(0.05);
          expect(luminance(card.color), 'light text').to.be.above(0.7);
        } else {
          expect(luminance(card.backgroundColor), 'a light surface').to.be.above(0.9);
          expect(luminance(card.color), 'dark text').to.be.below(0.05);
        }
        el.theme = dark ? 'light' : 'dark';
        await el.updateComplete;
        expect(getComputedStyle(el).colorScheme, 'an explicit theme overrides the preference').to.equal(
          dark ? 'light' : 'dark',
        );
      });
    }
  });

  it('stays hidden with the hidden attribute', async () => {
    const el = await render<PathwayCard>(html`<pm-pathway-card pathway="formal-education" hidden></pm-pathway-card>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
