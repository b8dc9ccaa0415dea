// React 19 renders the pm-pathways/react wrappers; bundled with React by
// scripts/build-react-test.mjs before the browser tests run.
import { expect } from '@open-wc/testing';
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PathwayCard, PathwayData, PathwayPicker } from '../../src/react/index.js';
import type { Dataset } from '../../src/data/types.js';
import { settle, until } from '../helpers.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mount = async (element: React.ReactNode) => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return { host, root };
};

describe('React 19 wrappers', () => {
  it('renders a card with properties and reaches onPmStepToggle', async () => {
    const toggles: unknown[] = [];
    const { host, root } = await mount(
      <PathwayCard
        pathway="formal-education"
        checklist
        headingLevel={2}
        onPmStepToggle={(e) => toggles.push(e.detail)}
      />,
    );
    const card = host.querySelector('pm-pathway-card')!;
    await settle(card);
    expect(card.headingLevel).to.equal(2);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Formal education');
    await act(async () => card.shadowRoot!.querySelector<HTMLInputElement>('input')!.click());
    expect(toggles).to.deep.equal([{ pathway: 'formal-education', step: 0, done: true }]);
    localStorage.clear();
    root.unmount();
  });

  it('passes data as an object and state changes through', async () => {
    const data: Dataset = {
      version: 1,
      pathways: [{ id: 'side-project', title: 'Side project', summary: 'S.', steps: [{ title: 'Ship', body: 'B.' }] }],
    };
    const changes: unknown[] = [];
    function App() {
      const [value, setValue] = useState<string | null>(null);
      return (
        <PathwayData data={data}>
          <PathwayPicker
            value={value}
            onPmPathwayChange={(e) => {
              changes.push(e.detail);
              setValue(e.detail.pathway);
            }}
          />
          <p id="chosen">{value ?? 'none'}</p>
        </PathwayData>
      );
    }
    const { host, root } = await mount(<App />);
    const picker = host.querySelector('pm-pathway-picker')!;
    await settle(picker);
    const options = picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]');
    expect(options).to.have.length(1);
    await act(async () => options[0]!.click());
    await settle(picker);
    expect(changes).to.deep.equal([{ pathway: 'side-project', source: 'list' }]);
    expect(host.querySelector('#chosen')!.textContent).to.equal('side-project');
    expect(picker.value).to.equal('side-project');
    root.unmount();
  });

  it("React 19's own custom-element support works too (no wrapper)", async () => {
    const toggles: unknown[] = [];
    const { host, root } = await mount(
      createElement('pm-pathway-card', {
        pathway: 'startup-experience',
        checklist: true,
        'onpm-step-toggle': (e: CustomEvent) => toggles.push(e.detail),
      }),
    );
    const card = host.querySelector('pm-pathway-card')!;
    await settle(card);
    await act(async () => card.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[2]!.click());
    expect(toggles).to.deep.equal([{ pathway: 'startup-experience', step: 2, done: true }]);
    localStorage.clear();
    root.unmount();
  });

  it('reaches onPmError and onPmQuizComplete', async () => {
    const errors: string[] = [];
    const warn = console.warn;
    console.warn = () => {};
    const { root } = await mount(<PathwayCard pathway="nope" onPmError={(e) => errors.push(e.detail.code)} />);
    console.warn = warn;
    expect(errors).to.deep.equal(['unknown-pathway']);
    root.unmount();

    const completions: number[] = [];
    const { host, root: quizRoot } = await mount(
      <PathwayPicker view="quiz" onPmQuizComplete={(e) => completions.push(e.detail.ranking.length)} />,
    );
    const picker = host.querySelector('pm-pathway-picker')!;
    // The quiz code loads on demand; then answer every question.
    await until(
      () => !!picker.shadowRoot!.querySelector('input[type=radio]'),
      'the quiz shows its first question',
      picker,
    );
    for (let i = 0; i < 20 && picker.shadowRoot!.querySelector('input[type=radio]'); i++) {
      await act(async () => picker.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click());
      await settle(picker);
      await act(async () => picker.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click());
      await settle(picker);
    }
    expect(completions).to.deep.equal([7]);
    quizRoot.unmount();
  });
});
