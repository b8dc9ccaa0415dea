import { expect } from '@open-wc/testing';
import { recommend } from '../../src/quiz/recommend.js';
import { bundledDatasetWithQuiz as data } from '../../src/data/bundled-quiz.js';
import type { Dataset } from '../../src/data/types.js';

const questions = data.quiz!.questions;

/** Every full set of answers to the bundled quiz. */
function* everyAnswerSet(i = 0, answers: Record<string, string> = {}): Generator<Record<string, string>> {
  if (i === questions.length) { yield answers; return; }
  for (const option of questions[i]!.options) yield* everyAnswerSet(i + 1, { ...answers, [questions[i]!.id]: option.id });
}

describe('recommend', () => {
  it('ranks every pathway, in article order, when nothing is answered', () => {
    const ranking = recommend(data, {});
    expect(ranking.map((r) => r.pathway)).to.deep.equal(data.pathways.map((p) => p.id));
    expect(ranking.every((r) => r.score === 0 && r.reasons.length === 0)).to.be.true;
  });

  it('adds the weights of the chosen options and their reasons', () => {
    const ranking = recommend(data, { workplace: 'has-pms', background: 'engineering' });
    const internal = ranking.find((r) => r.pathway === 'internal-transition')!;
    const technical = ranking.find((r) => r.pathway === 'technical-background')!;
    expect(internal.score).to.equal(3 + 1);
    expect(technical.score).to.equal(1 + 3);
    expect(technical.reasons[0], 'strongest reason first').to.contain('grasp of the technology');
    expect(internal.reasons).to.have.length(2);
    expect(ranking[0]!.pathway, 'tie broken by the article order').to.equal('internal-transition');
    expect(ranking[1]!.pathway).to.equal('technical-background');
  });

  it('makes every pathway the top result for some answers', () => {
    const tops = new Set<string>();
    for (const answers of everyAnswerSet()) tops.add(recommend(data, answers)[0]!.pathway);
    expect([...tops].sort()).to.deep.equal(data.pathways.map((p) => p.id).sort());
  });

  it('is deterministic and scores are sorted best first', () => {
    for (const answers of everyAnswerSet()) {
      const a = recommend(data, answers);
      expect(recommend(data, answers)).to.deep.equal(a);
      for (let i = 1; i < a.length; i++) expect(a[i - 1]!.score).to.be.at.least(a[i]!.score);
    }
  });

  it('ignores weights for pathways the dataset lacks and unknown answers', () => {
    const small: Dataset = { ...data, pathways: data.pathways.filter((p) => p.id === 'formal-education' || p.id === 'freelance-consulting') };
    const ranking = recommend(small, { workplace: 'has-pms', background: 'design', nope: 'x', investment: 'not-an-option' });
    expect(ranking.map((r) => r.pathway)).to.deep.equal(['freelance-consulting', 'formal-education']);
    expect(ranking[0]!.score).to.equal(2);
  });

  it('works without a quiz', () => {
    const { quiz: _quiz, ...noQuiz } = data;
    expect(recommend(noQuiz, { workplace: 'has-pms' }).map((r) => r.score)).to.deep.equal(data.pathways.map(() => 0));
  });
});
