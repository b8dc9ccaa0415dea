import { expect } from '@open-wc/testing';
import { validateDataset, describeProblems } from '../../src/data/validate.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';

const problems = (value: unknown) => {
  const result = validateDataset(value);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};
const clone = () => JSON.parse(JSON.stringify(bundledDatasetWithQuiz));

describe('validateDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(problems(bundledDatasetWithQuiz)).to.deep.equal([]);
  });

  it('names the path of each problem', () => {
    const data = clone();
    data.pathways[2].steps[1].title = '';
    data.pathways[4].id = 'Bad Id';
    data.quiz.questions[1].options[0].weights['formal-education'] = 'lots';
    delete data.pathways[0].summary;
    expect(problems(data)).to.deep.equal([
      'pathways[4].id: expected an id of lowercase letters, digits and dashes',
      'pathways[0].summary: expected a non-empty string',
      'pathways[2].steps[1].title: expected a non-empty string',
      'quiz.questions[1].options[0].weights.formal-education: expected a number',
    ]);
  });

  it('rejects wrong shapes and duplicates', () => {
    expect(problems(null)).to.deep.equal(['(root): expected an object']);
    expect(problems([])).to.deep.equal(['(root): expected an object']);
    expect(problems({ version: 2, pathways: [] })).to.deep.equal(['version: expected 1', 'pathways: expected a non-empty array']);
    const data = clone();
    data.pathways[1].id = data.pathways[0].id;
    expect(problems(data)).to.deep.equal([`pathways[1].id: duplicate id "${data.pathways[0].id}"`]);
    const labels = clone();
    labels.labels = { next: '', shout: 'labels of another version are ignored' };
    expect(problems(labels)).to.deep.equal(['labels.next: expected a non-empty string']);
  });

  it('summarises many problems briefly', () => {
    const text = describeProblems([1, 2, 3, 4, 5].map((i) => ({ path: `p${i}`, message: 'm' })));
    expect(text).to.equal('p1: m; p2: m; p3: m (and 2 more)');
  });
});
