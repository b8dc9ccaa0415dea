import { expect, waitUntil } from '@open-wc/testing';
import { plan } from '../../src/quiz/plan.js';
import { recommend, type Answers } from '../../src/quiz/recommend.js';
import { planDocument, planPrinter, planText, printPlan } from '../../src/quiz/plan-document.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';
import { plans } from '../../src/generated/quiz.js';
import type { Dataset, Labels } from '../../src/data/types.js';
import { creditText } from '../../src/shared/credit.js';

// The bundled English with each route's plan, as in dist/pathways.json.
const data: Dataset = {
  ...bundledDatasetWithQuiz,
  pathways: bundledDatasetWithQuiz.pathways.map((p) => ({ ...p, plan: plans[p.id] })),
};
const reader = (list: string): Answers => {
  const [situation, background, budget, time, learning, independence] = list.split('.');
  return { situation, background, budget, time, learning, independence } as Answers;
};

describe('plan()', () => {
  it('gives the best fit every part of a plan, worded for the reader’s situation', () => {
    const p = plan(data, reader('student.engineering.none.months.doing.team'));
    expect(p.best!.pathway).to.equal('startup-experience');
    expect(p.best!.steps).to.deep.equal(data.pathways.find((x) => x.id === 'startup-experience')!.steps);
    expect(p.best!.firstWeek).to.equal(plans['startup-experience']!.situations!.student!.firstWeek);
    expect(p.best!.milestones!.map((m) => m.days)).to.deep.equal([30, 60, 90]);
    for (const field of ['signal', 'artefact'] as const) expect(p.best![field]).to.be.a('string').and.not.empty;
    expect(p.best!.roles!.length).to.be.at.least(1);
    expect(p.best!.reasons.length).to.be.within(1, 3);
  });

  it('gives an employee, a student, someone between jobs and the self-employed different first actions on one route', () => {
    const firstWeek = (situation: string) => plan(data, reader(`${situation}.other.some.months.structured.team`)).best!;
    const actions = ['no-product-team', 'student', 'between-jobs', 'self-employed'].map(firstWeek);
    expect(actions.map((a) => a.pathway)).to.deep.equal(Array(4).fill('certifications-bootcamps'));
    expect(new Set(actions.map((a) => a.firstWeek)).size).to.equal(4);
  });

  it('leaves paid resources out for a reader with no money, and keeps a free one for everyone', () => {
    const paid = plan(data, reader('product-team.business.some.little.people.team')).best!;
    const free = plan(data, reader('product-team.business.none.little.people.team')).best!;
    expect(paid.resources!.some((r) => r.cost === 'paid')).to.equal(true);
    expect(free.resources!.some((r) => r.cost === 'paid')).to.equal(false);
    expect(free.resources!.length).to.be.at.least(1);
  });

  it('makes plan B the runner-up with its reasons and first action, and lists only other routes that scored above 0', () => {
    const answers = reader('product-team.engineering.some.months.structured.team');
    const ranking = recommend(data, answers);
    const p = plan(data, answers);
    expect(p.best!.pathway).to.equal(ranking[0]!.pathway);
    expect(p.planB!.pathway).to.equal(ranking[1]!.pathway);
    expect(p.planB!.reasons).to.deep.equal(ranking[1]!.reasons.slice(0, 3));
    expect(p.planB!.firstWeek).to.equal(plans[ranking[1]!.pathway]!.firstWeek);
    expect(p.others.map((o) => o.pathway)).to.deep.equal(
      ranking
        .slice(2)
        .filter((r) => !r.excluded.length && r.score > 0)
        .map((r) => r.pathway),
    );
    expect(p.notNow.map((n) => n.pathway)).to.deep.equal(
      ranking.filter((r) => r.excluded.length).map((r) => r.pathway),
    );
  });

  it('gives a dataset without plans a plan of steps alone, and never throws on odd answers or data', () => {
    const bare = plan(bundledDatasetWithQuiz, reader('between-jobs.business.none.little.doing.either'));
    expect(Object.keys(bare.best!).sort()).to.deep.equal(['pathway', 'reasons', 'score', 'steps']);
    expect(bare.planB).to.deep.equal({
      pathway: bare.planB!.pathway,
      score: bare.planB!.score,
      reasons: bare.planB!.reasons,
    });
    for (const odd of [null, undefined, {}, { situation: 'constructor' }, { situation: '__proto__' }])
      expect(() => plan(data, odd as unknown as Answers)).not.to.throw();
    const weird = { ...data, pathways: data.pathways.map((p) => ({ ...p, plan: 'nope' as never })) };
    expect(plan(weird, reader('student.design.none.months.doing.team')).best!.firstWeek).to.equal(undefined);
  });

  it('returns a copy: changing it changes neither the dataset nor the next plan', () => {
    const answers = reader('self-employed.design.none.little.doing.self');
    const p = plan(data, answers);
    p.best!.milestones![0]!.text = 'zz-changed-zz';
    p.best!.steps[0]!.title = 'zz-changed-zz';
    expect(plan(data, answers)).to.not.deep.equal(p);
    expect(JSON.stringify(data)).not.to.contain('zz-changed-zz');
  });

  it('has no ruled-out best fit: every route excluded gives no best fit and no plan B', () => {
    const closed: Dataset = {
      ...data,
      quiz: {
        questions: [
          {
            id: 'q',
            prompt: 'Q?',
            options: [
              {
                id: 'a',
                label: 'A',
                weights: {},
                excludes: Object.fromEntries(data.pathways.map((x) => [x.id, 'No.'])),
              },
            ],
          },
        ],
      },
    };
    const p = plan(closed, { q: 'a' });
    expect(p.best).to.equal(null);
    expect(p.planB).to.equal(null);
    expect(p.notNow).to.have.length(7);
  });
});

describe('the plan as text', () => {
  const labels = data.labels as Labels;
  const doc = (lang: string, answers: Answers) =>
    planDocument(plan(data, answers), data.pathways, labels, lang, 'Credit line.');

  it('joins labels with the language’s colon: a narrow no-break space before it in French', () => {
    const answers = reader('product-team.business.none.little.people.team');
    const none = () => [false, false, false];
    const en = planText(doc('en', answers), none);
    const fr = planText(doc('fr', answers), none);
    expect(en).to.contain('## Your best fit: Internal transition');
    expect(fr).to.contain('## Your best fit\u202f: Internal transition');
    expect(fr).to.contain('- [ ] Spot the openings. Tell people'); // a step's title is a sentence of its own
    expect(fr).to.contain('- By day 30\u202f: You have had coffee');
    expect(fr).not.to.contain('Your best fit: ');
  });

  it('starts every line with a right-to-left mark in Arabic, so the checklist reads right to left', () => {
    const text = planText(doc('ar', reader('product-team.business.none.little.people.team')), () => [true]);
    const lines = text.split('\n').filter(Boolean);
    expect(lines.every((l) => l.startsWith('\u200f'))).to.equal(true);
    expect(lines.some((l) => l.startsWith('\u200f- [x] '))).to.equal(true);
  });

  it('prints in the plan’s language and direction: Arabic right to left, with each step’s tick', async () => {
    const print = planPrinter.print;
    let printed: Document | undefined;
    planPrinter.print = (win) => {
      printed = win.document;
    };
    try {
      printPlan(doc('ar', reader('student.design.none.months.doing.team')), () => [true, false, false]);
      await waitUntil(() => printed, 'the plan is printed');
      expect(printed!.documentElement.lang).to.equal('ar');
      expect(printed!.documentElement.dir).to.equal('rtl');
      expect([...printed!.querySelectorAll('li')].some((li) => li.textContent!.startsWith('☑ '))).to.equal(true);
    } finally {
      planPrinter.print = print;
      for (const frame of document.querySelectorAll('iframe[data-pm-print]')) frame.remove();
    }
  });

  it('isolates the article’s Latin-script title and publisher in a right-to-left credit (FSI…PDI)', () => {
    const source = data.source!;
    const ar = creditText(labels, source, 'ar', labels.planCredit);
    expect(ar).to.contain(`\u2068${source.title}\u2069`);
    expect(ar).to.contain(`\u2068${source.publisher}\u2069`);
    expect(creditText(labels, source, 'en', labels.planCredit)).not.to.contain('\u2068');
  });
});
