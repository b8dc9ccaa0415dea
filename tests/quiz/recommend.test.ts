import { expect } from '@open-wc/testing';
import { bestFits, recommend, type Answers, type RankedPathway } from '../../src/quiz/recommend.js';
import { bundledDatasetWithQuiz as data } from '../../src/data/bundled-quiz.js';
import type { Dataset } from '../../src/data/types.js';

const questions = data.quiz!.questions;
const ids = data.pathways.map((p) => p.id);

/** Every full set of answers to the bundled quiz (2,025 of them). */
function* everyAnswerSet(i = 0, answers: Answers = {}): Generator<Answers> {
  if (i === questions.length) {
    yield answers;
    return;
  }
  for (const option of questions[i]!.options)
    yield* everyAnswerSet(i + 1, { ...answers, [questions[i]!.id]: option.id });
}
const all = [...everyAnswerSet()];
const ranked = all.map((answers) => ({ answers, ranking: recommend(data, answers) }));
const find = (ranking: RankedPathway[], id: string) => ranking.find((r) => r.pathway === id)!;

describe('recommend over every combination of answers', () => {
  it('covers the six fixed questions', () => {
    expect(questions.map((q) => q.id)).to.deep.equal([
      'situation',
      'background',
      'budget',
      'time',
      'learning',
      'independence',
    ]);
    expect(all).to.have.length(5 * 5 * 3 * 3 * 3 * 3);
  });

  it('returns every pathway once, fitting routes first by score, excluded ones last', () => {
    for (const { ranking } of ranked) {
      expect(ranking.map((r) => r.pathway).sort()).to.deep.equal([...ids].sort());
      const firstExcluded = ranking.findIndex((r) => r.excluded.length > 0);
      const fitting = firstExcluded < 0 ? ranking : ranking.slice(0, firstExcluded);
      expect(
        ranking.slice(fitting.length).every((r) => r.excluded.length > 0),
        'no fitting route after an excluded one',
      ).to.equal(true);
      for (let i = 1; i < fitting.length; i++) expect(fitting[i - 1]!.score >= fitting[i]!.score).to.equal(true);
    }
  });

  it('gives equal scores the same rank: 1 + the number of fitting routes that score higher', () => {
    for (const { ranking } of ranked) {
      const fitting = ranking.filter((r) => !r.excluded.length);
      for (const r of fitting) expect(r.rank).to.equal(1 + fitting.filter((o) => o.score > r.score).length);
      for (const r of ranking.filter((x) => x.excluded.length)) expect(r.rank > fitting.length).to.equal(true);
    }
  });

  it('always honours the constraints: no money or no time rules out formal education; no employer rules out an internal transition', () => {
    for (const { answers, ranking } of ranked) {
      const formal = find(ranking, 'formal-education');
      const internal = find(ranking, 'internal-transition');
      if (answers.budget === 'none' || answers.time === 'little') {
        expect(formal.excluded.length > 0, JSON.stringify(answers)).to.equal(true);
        expect(bestFits(ranking).some((r) => r.pathway === 'formal-education')).to.equal(false);
      }
      if (['student', 'between-jobs', 'self-employed'].includes(answers.situation!)) {
        expect(internal.excluded.length > 0, JSON.stringify(answers)).to.equal(true);
      }
    }
  });

  it('never shows one sentence under two routes, and gives excluded routes no reasons', () => {
    for (const { ranking } of ranked) {
      const sentences = ranking.flatMap((r) => r.reasons);
      expect(new Set(sentences).size).to.equal(sentences.length);
      for (const r of ranking.filter((x) => x.excluded.length)) expect(r.reasons).to.deep.equal([]);
    }
  });

  it('gives every best fit at least one reason of its own', () => {
    for (const { answers, ranking } of ranked) {
      for (const best of bestFits(ranking))
        expect(best.reasons.length > 0, `${best.pathway} for ${JSON.stringify(answers)}`).to.equal(true);
    }
  });

  it('makes every route the best fit for at least 3 % of combinations', () => {
    const counts = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const { ranking } of ranked) for (const best of bestFits(ranking)) counts[best.pathway]!++;
    for (const id of ids)
      expect(counts[id]! / all.length >= 0.03, `${id}: ${counts[id]} of ${all.length}`).to.equal(true);
  });

  it('is deterministic', () => {
    for (const { answers, ranking } of ranked.slice(0, 200)) expect(recommend(data, answers)).to.deep.equal(ranking);
  });
});

/** What a careers coach would say for real readers: the best fit(s) and why. */
const personas: { who: string; answers: Answers; best: string[]; not: string[]; why: string }[] = [
  {
    who: 'an engineer at a company with a product team, in a hurry, who learns by doing',
    answers: {
      situation: 'product-team',
      background: 'engineering',
      budget: 'some',
      time: 'little',
      learning: 'doing',
      independence: 'team',
    },
    best: ['internal-transition', 'technical-background'],
    not: ['formal-education'],
    why: 'Move across where you are, and lead with your technical depth: two equally good routes for the same person.',
  },
  {
    who: 'a new graduate with no money who wants to move within months',
    answers: {
      situation: 'student',
      background: 'other',
      budget: 'none',
      time: 'months',
      learning: 'structured',
      independence: 'either',
    },
    best: ['certifications-bootcamps', 'networking-mentorship'],
    not: ['formal-education', 'internal-transition', 'technical-background'],
    why: 'No money rules out more study and there is no employer to move inside; a short course or a network costs little.',
  },
  {
    who: 'a teacher changing careers, with a course fee and a few months',
    answers: {
      situation: 'no-product-team',
      background: 'other',
      budget: 'some',
      time: 'months',
      learning: 'structured',
      independence: 'team',
    },
    best: ['certifications-bootcamps'],
    not: ['technical-background'],
    why: 'A structured, short course is the standard way in from another field; there is no technical career to build on.',
  },
  {
    who: 'a freelance designer who wants to stay independent',
    answers: {
      situation: 'self-employed',
      background: 'design',
      budget: 'none',
      time: 'little',
      learning: 'doing',
      independence: 'self',
    },
    best: ['freelance-consulting'],
    not: ['internal-transition', 'formal-education', 'technical-background'],
    why: 'Already self-employed with design projects: add product projects for clients.',
  },
  {
    who: 'an MBA applicant from marketing with tuition money and a year',
    answers: {
      situation: 'no-product-team',
      background: 'business',
      budget: 'plenty',
      time: 'year-plus',
      learning: 'structured',
      independence: 'either',
    },
    best: ['formal-education'],
    not: ['technical-background'],
    why: 'Money, time and a liking for structure all point to a degree or a full programme.',
  },
  {
    who: 'a support lead between jobs who learns from people',
    answers: {
      situation: 'between-jobs',
      background: 'business',
      budget: 'none',
      time: 'months',
      learning: 'people',
      independence: 'team',
    },
    best: ['networking-mentorship'],
    not: ['internal-transition', 'formal-education', 'technical-background'],
    why: 'No employer and no budget: people who hire for product roles are the way in.',
  },
  {
    who: 'a marketing manager at a company with product managers',
    answers: {
      situation: 'product-team',
      background: 'business',
      budget: 'none',
      time: 'little',
      learning: 'people',
      independence: 'team',
    },
    best: ['internal-transition'],
    not: ['formal-education', 'technical-background'],
    why: 'The product team is down the corridor and the business knowledge is already there.',
  },
  {
    who: 'a project manager at a company without a product team, keen to start soon',
    answers: {
      situation: 'no-product-team',
      background: 'delivery',
      budget: 'some',
      time: 'little',
      learning: 'doing',
      independence: 'team',
    },
    best: ['startup-experience'],
    not: ['formal-education', 'technical-background'],
    why: 'Business analyst and project manager are the startup roles the article names as a way in.',
  },
  {
    who: 'a data engineer at a company without a product team who learns by doing',
    answers: {
      situation: 'no-product-team',
      background: 'engineering',
      budget: 'none',
      time: 'little',
      learning: 'doing',
      independence: 'team',
    },
    best: ['startup-experience', 'technical-background'],
    not: ['formal-education'],
    why: 'Technical depth is the asset; a startup is where it meets product work soonest.',
  },
];

describe('recommend for realistic readers (what a careers coach would say)', () => {
  for (const persona of personas) {
    it(`${persona.who}: ${persona.best.join(' and ')}`, () => {
      const ranking = recommend(data, persona.answers);
      expect(
        bestFits(ranking)
          .map((r) => r.pathway)
          .sort(),
        persona.why,
      ).to.deep.equal([...persona.best].sort());
      const ruledOut = ranking
        .filter((r) => r.excluded.length)
        .map((r) => r.pathway)
        .sort();
      expect(ruledOut, 'exactly these routes are ruled out').to.deep.equal([...persona.not].sort());
    });
  }
});

describe('recommend with custom data', () => {
  it('ranks every pathway, in article order and sharing rank 1, when nothing is answered', () => {
    const ranking = recommend(data, {});
    expect(ranking.map((r) => r.pathway)).to.deep.equal(ids);
    expect(ranking.every((r) => r.score === 0 && r.rank === 1 && !r.reasons.length && !r.excluded.length)).to.equal(
      true,
    );
  });

  it('adds weights, negative ones too, and keeps reasons per route', () => {
    const ranking = recommend(data, { situation: 'product-team', background: 'engineering' });
    expect(find(ranking, 'internal-transition').score).to.equal(4 + 1);
    expect(find(ranking, 'technical-background').score).to.equal(1 + 4);
    expect(find(ranking, 'networking-mentorship').score).to.equal(-1);
    expect(find(ranking, 'technical-background').reasons[0], 'strongest reason first').to.contain(
      'how software is built',
    );
  });

  it('accepts the older single `reason`, shown only under the best-placed route it weights up', () => {
    const legacy: Dataset = {
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
                weights: { 'formal-education': 2, 'startup-experience': 1, 'freelance-consulting': -1 },
                reason: 'One shared sentence.',
              },
            ],
          },
        ],
      },
    };
    const ranking = recommend(legacy, { q: 'a' });
    expect(find(ranking, 'formal-education').reasons).to.deep.equal(['One shared sentence.']);
    expect(find(ranking, 'startup-experience').reasons).to.deep.equal([]);
    expect(find(ranking, 'freelance-consulting').reasons, 'never under a route it weights down').to.deep.equal([]);
  });

  it('ranks an excluded route last whatever its score, and reports why', () => {
    const ranking = recommend(data, {
      situation: 'student',
      budget: 'plenty',
      time: 'year-plus',
      learning: 'structured',
    });
    expect(ranking[0]!.pathway).to.equal('formal-education');
    const excluded = recommend(data, {
      situation: 'student',
      budget: 'none',
      time: 'year-plus',
      learning: 'structured',
    });
    expect(excluded.at(-1)!.excluded.length + excluded.at(-2)!.excluded.length).to.be.at.least(2);
    expect(find(excluded, 'formal-education').excluded[0]).to.contain('money');
  });

  it('ignores pathways the dataset lacks, unknown questions and unknown options', () => {
    const small: Dataset = {
      ...data,
      pathways: data.pathways.filter((p) => p.id === 'formal-education' || p.id === 'freelance-consulting'),
    };
    const ranking = recommend(small, { situation: 'self-employed', nope: 'x', budget: 'not-an-option' });
    expect(ranking.map((r) => r.pathway)).to.deep.equal(['freelance-consulting', 'formal-education']);
    expect(ranking[0]!.score).to.equal(4);
  });

  it('works without a quiz', () => {
    const { quiz: _quiz, ...noQuiz } = data;
    expect(recommend(noQuiz, { situation: 'product-team' }).map((r) => r.score)).to.deep.equal(ids.map(() => 0));
  });
});
