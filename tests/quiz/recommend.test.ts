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
  it('covers the six fixed questions, with the small-company option', () => {
    expect(questions.map((q) => q.id)).to.deep.equal([
      'situation',
      'background',
      'budget',
      'time',
      'learning',
      'independence',
    ]);
    expect(all).to.have.length(6 * 5 * 3 * 3 * 3 * 3);
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

  it('gives unique ranks 1…7, breaking equal scores by quiz.tieBreak', () => {
    const order = data.quiz!.tieBreak!;
    for (const { ranking } of ranked) {
      expect(ranking.map((r) => r.rank)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      const fitting = ranking.filter((r) => !r.excluded.length);
      for (let i = 1; i < fitting.length; i++)
        if (fitting[i - 1]!.score === fitting[i]!.score)
          expect(order.indexOf(fitting[i - 1]!.pathway) < order.indexOf(fitting[i]!.pathway)).to.equal(true);
    }
  });

  it('keeps ties for first, before the tie-break, under 5 % of combinations', () => {
    const ties = ranked.filter(({ ranking }) => {
      const [a, b] = ranking.filter((r) => !r.excluded.length);
      return a && b && a.score === b.score;
    }).length;
    expect(ties / all.length).to.be.below(0.05);
  });

  it('always honours the constraints: no money or no time rules out formal education; no employer rules out an internal transition', () => {
    for (const { answers, ranking } of ranked) {
      const formal = find(ranking, 'formal-education');
      const internal = find(ranking, 'internal-transition');
      if (answers.budget === 'none' || answers.time === 'little' || answers.time === 'months') {
        expect(formal.excluded.length > 0, JSON.stringify(answers)).to.equal(true);
        expect(bestFits(ranking).some((r) => r.pathway === 'formal-education')).to.equal(false);
      }
      if (['student', 'between-jobs', 'self-employed'].includes(answers.situation!)) {
        expect(internal.excluded.length > 0, JSON.stringify(answers)).to.equal(true);
      }
    }
  });

  it('gives a reader whose company has product managers an internal move or the technical route first', () => {
    for (const { answers, ranking } of ranked)
      if (answers.situation === 'product-team')
        expect(['internal-transition', 'technical-background'], JSON.stringify(answers)).to.include(
          bestFits(ranking)[0]!.pathway,
        );
  });

  it('makes freelancing the best fit only for the self-employed, or designers and engineers who want their own clients', () => {
    for (const { answers, ranking } of ranked)
      if (bestFits(ranking)[0]!.pathway === 'freelance-consulting')
        expect(
          answers.situation === 'self-employed' ||
            (['design', 'engineering'].includes(answers.background!) && answers.independence === 'self'),
          JSON.stringify(answers),
        ).to.equal(true);
  });

  it('never lets money or time add to a route', () => {
    for (const q of questions.filter((x) => x.id === 'budget' || x.id === 'time'))
      for (const o of q.options) for (const w of Object.values(o.weights)) expect(w <= 0, o.id).to.equal(true);
  });

  it('never shows one sentence under two routes, and gives excluded routes no reasons', () => {
    for (const { ranking } of ranked) {
      const sentences = ranking.flatMap((r) => r.reasons);
      expect(new Set(sentences).size).to.equal(sentences.length);
      for (const r of ranking.filter((x) => x.excluded.length)) expect(r.reasons).to.deep.equal([]);
    }
  });

  it('gives every best fit and every plan B at least one reason of its own', () => {
    for (const { answers, ranking } of ranked) {
      const [best, planB] = ranking.filter((r) => !r.excluded.length);
      expect(best!.reasons.length > 0, `${best!.pathway} for ${JSON.stringify(answers)}`).to.equal(true);
      expect(planB!.reasons.length > 0 && planB!.score > 0, `plan B for ${JSON.stringify(answers)}`).to.equal(true);
    }
  });

  it('makes every route the best fit for some readers, and none for more than a third', () => {
    const counts = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const { ranking } of ranked) counts[bestFits(ranking)[0]!.pathway]!++;
    for (const id of ids) {
      expect(counts[id]! > 0, `${id} is never the best fit`).to.equal(true);
      expect(counts[id]! <= all.length / 3, `${id}: ${counts[id]} of ${all.length}`).to.equal(true);
    }
  });

  it('is deterministic', () => {
    for (const { answers, ranking } of ranked.slice(0, 200)) expect(recommend(data, answers)).to.deep.equal(ranking);
  });
});

/** What a careers coach would say for real readers: the best fit(s) and why. */
const personas: { who: string; answers: Answers; best: string; planB: string; not: string[]; why: string }[] = [
  {
    who: 'a software engineer at a large company with product managers, a course fee and a few months',
    answers: {
      situation: 'product-team',
      background: 'engineering',
      budget: 'some',
      time: 'months',
      learning: 'structured',
      independence: 'team',
    },
    best: 'technical-background',
    planB: 'internal-transition',
    not: ['formal-education'],
    why: 'The move across at one’s own company is the strongest lever; a bootcamp only supports it.',
  },
  {
    who: 'a support lead at a SaaS company with product managers, no money, in a hurry',
    answers: {
      situation: 'product-team',
      background: 'business',
      budget: 'none',
      time: 'little',
      learning: 'people',
      independence: 'team',
    },
    best: 'internal-transition',
    planB: 'networking-mentorship',
    not: ['formal-education', 'technical-background'],
    why: 'The product team is down the corridor and the business knowledge is already there.',
  },
  {
    who: 'a final-year computer science student with no money',
    answers: {
      situation: 'student',
      background: 'engineering',
      budget: 'none',
      time: 'months',
      learning: 'doing',
      independence: 'team',
    },
    best: 'startup-experience',
    planB: 'networking-mentorship',
    not: ['formal-education', 'internal-transition', 'technical-background'],
    why: 'No technical job yet: internships and graduate roles near the product, found through people.',
  },
  {
    who: 'a retail supervisor between jobs with no money',
    answers: {
      situation: 'between-jobs',
      background: 'business',
      budget: 'none',
      time: 'little',
      learning: 'doing',
      independence: 'either',
    },
    best: 'startup-experience',
    planB: 'networking-mentorship',
    not: ['formal-education', 'internal-transition', 'technical-background'],
    why: 'A role near the product at a startup, with people who hire as the second line.',
  },
  {
    who: 'a project manager at a startup with no product manager yet',
    answers: {
      situation: 'small-company',
      background: 'delivery',
      budget: 'some',
      time: 'months',
      learning: 'doing',
      independence: 'team',
    },
    best: 'startup-experience',
    planB: 'networking-mentorship',
    not: ['formal-education', 'technical-background'],
    why: 'Become the first product person where you are.',
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
    best: 'certifications-bootcamps',
    planB: 'networking-mentorship',
    not: ['formal-education', 'technical-background'],
    why: 'A structured, short course is the standard way in from another field; there is no technical career to build on.',
  },
  {
    who: 'a graduate from another field with tuition money and a year, who likes structure',
    answers: {
      situation: 'student',
      background: 'other',
      budget: 'plenty',
      time: 'year-plus',
      learning: 'structured',
      independence: 'team',
    },
    best: 'formal-education',
    planB: 'certifications-bootcamps',
    not: ['internal-transition', 'technical-background'],
    why: 'Money, time and a liking for structure point to a product-focused master’s.',
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
    best: 'freelance-consulting',
    planB: 'startup-experience',
    not: ['internal-transition', 'formal-education', 'technical-background'],
    why: 'Already self-employed with design projects: add product projects for clients.',
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
    best: 'technical-background',
    planB: 'startup-experience',
    not: ['formal-education'],
    why: 'Own a feature where you are; a startup is where technical depth meets product work soonest.',
  },
];

describe('recommend for realistic readers (what a careers coach would say)', () => {
  for (const persona of personas) {
    it(`${persona.who}: ${persona.best}, plan B ${persona.planB}`, () => {
      const ranking = recommend(data, persona.answers);
      expect(ranking[0]!.pathway, persona.why).to.equal(persona.best);
      expect(ranking[1]!.pathway, 'plan B').to.equal(persona.planB);
      const ruledOut = ranking
        .filter((r) => r.excluded.length)
        .map((r) => r.pathway)
        .sort();
      expect(ruledOut, 'exactly these routes are ruled out').to.deep.equal([...persona.not].sort());
    });
  }
});

describe('recommend with custom data', () => {
  it('ranks every pathway in tie-break order when nothing is answered, and never throws on missing or odd answers', () => {
    const ranking = recommend(data, {});
    expect(ranking.map((r) => r.pathway)).to.deep.equal(data.quiz!.tieBreak);
    expect(ranking.map((r) => r.rank)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(ranking.every((r) => r.score === 0 && !r.reasons.length && !r.excluded.length)).to.equal(true);
    for (const odd of [null, undefined, 'student', 42, [], { situation: 7 }, { situation: 'nope', time: null }])
      expect(recommend(data, odd as unknown as Answers)).to.deep.equal(ranking);
  });

  it('falls back to the dataset’s order without a tie-break, and ignores unknown ids in it', () => {
    const { quiz } = data;
    const plain = recommend({ ...data, quiz: { questions: quiz!.questions } }, {});
    expect(plain.map((r) => r.pathway)).to.deep.equal(ids);
    const odd = recommend({ ...data, quiz: { ...quiz!, tieBreak: ['nope', 'freelance-consulting'] } }, {});
    expect(odd.map((r) => r.pathway)).to.deep.equal([
      'freelance-consulting',
      ...ids.filter((id) => id !== 'freelance-consulting'),
    ]);
  });

  it('adds weights, negative ones too, and keeps reasons per route', () => {
    const weight = (q: string, o: string, id: string) =>
      questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.weights[id] ?? 0;
    const ranking = recommend(data, { situation: 'product-team', background: 'engineering' });
    for (const id of ['internal-transition', 'technical-background', 'freelance-consulting'])
      expect(find(ranking, id).score).to.equal(
        weight('situation', 'product-team', id) + weight('background', 'engineering', id),
      );
    expect(find(ranking, 'freelance-consulting').score < 0).to.equal(true);
    expect(find(ranking, 'technical-background').reasons[0], 'strongest reason first').to.contain(
      'how software gets built',
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
    expect(find(excluded, 'formal-education').excluded[0]).to.contain('fees');
  });

  it('ignores pathways the dataset lacks, unknown questions and unknown options', () => {
    const small: Dataset = {
      ...data,
      pathways: data.pathways.filter((p) => p.id === 'formal-education' || p.id === 'freelance-consulting'),
    };
    const ranking = recommend(small, { situation: 'self-employed', nope: 'x', budget: 'not-an-option' });
    expect(ranking.map((r) => r.pathway)).to.deep.equal(['freelance-consulting', 'formal-education']);
    expect(ranking[0]!.score).to.equal(
      questions[0]!.options.find((o) => o.id === 'self-employed')!.weights['freelance-consulting'],
    );
  });

  it('works without a quiz', () => {
    const { quiz: _quiz, ...noQuiz } = data;
    expect(recommend(noQuiz, { situation: 'product-team' }).map((r) => r.score)).to.deep.equal(ids.map(() => 0));
  });
});
