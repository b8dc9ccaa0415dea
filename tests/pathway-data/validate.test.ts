import { expect } from '@open-wc/testing';
import { validateDataset, describeProblems } from '../../src/data/validate.js';
import { bundledDatasetWithQuiz } from '../../src/data/bundled-quiz.js';

const problems = (value: unknown) => {
  const result = validateDataset(value);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures break the types on purpose
type Loose = any;
const clone = (): Loose =>
  structuredClone({
    ...bundledDatasetWithQuiz,
    source: { title: 'T', publisher: 'P', date: '2024-05-19', url: 'https://example.com/' },
  });
const TEXT = 'expected a non-empty string';
const LIST = 'expected a non-empty array';
const OBJECT = 'expected an object';
const ID = 'expected an id of lowercase letters, digits and dashes';
const WHOLE = 'expected a whole number';
const option = 'quiz.questions[0].options[0]';

/** One fixture per rule of validateDataset: a valid dataset broken in one place, and the one problem it must give. */
const rules: [rule: string, breakIt: (d: Loose) => void, expected: string][] = [
  [
    'version is 1',
    (d) => {
      d.version = 2;
    },
    'version: expected 1',
  ],
  [
    'lang is a language tag',
    (d) => {
      d.lang = 'english!';
    },
    'lang: expected a language tag such as "en" or "pt-BR"',
  ],
  [
    'title is text when given',
    (d) => {
      d.title = ' ';
    },
    `title: ${TEXT}`,
  ],
  [
    'intro is text when given',
    (d) => {
      d.intro = 3;
    },
    `intro: ${TEXT}`,
  ],
  [
    'closing is text when given',
    (d) => {
      d.closing = '';
    },
    `closing: ${TEXT}`,
  ],
  [
    'source is an object',
    (d) => {
      d.source = 'the article';
    },
    `source: ${OBJECT}`,
  ],
  [
    'source.title is text',
    (d) => {
      delete d.source.title;
    },
    `source.title: ${TEXT}`,
  ],
  [
    'source.publisher is text',
    (d) => {
      d.source.publisher = '';
    },
    `source.publisher: ${TEXT}`,
  ],
  [
    'source.date is text',
    (d) => {
      d.source.date = 20240519;
    },
    `source.date: ${TEXT}`,
  ],
  [
    'source.url is text when given',
    (d) => {
      d.source.url = '';
    },
    `source.url: ${TEXT}`,
  ],
  [
    'pathways is a non-empty array',
    (d) => {
      d.pathways = [];
    },
    `pathways: ${LIST}`,
  ],
  [
    'a pathway is an object',
    (d) => {
      d.pathways.push('x');
    },
    `pathways[7]: ${OBJECT}`,
  ],
  [
    'a pathway id is lowercase words and dashes',
    (d) => {
      d.pathways[4].id = 'Bad Id';
    },
    `pathways[4].id: ${ID}`,
  ],
  [
    'pathway ids are unique',
    (d) => {
      d.pathways[1].id = d.pathways[0].id;
    },
    `pathways[1].id: duplicate id "${bundledDatasetWithQuiz.pathways[0]!.id}"`,
  ],
  [
    'a pathway title is text',
    (d) => {
      d.pathways[2].title = '';
    },
    `pathways[2].title: ${TEXT}`,
  ],
  [
    'a pathway summary is text',
    (d) => {
      delete d.pathways[0].summary;
    },
    `pathways[0].summary: ${TEXT}`,
  ],
  [
    'steps are a non-empty array',
    (d) => {
      d.pathways[3].steps = {};
    },
    `pathways[3].steps: ${LIST}`,
  ],
  [
    'a step is an object',
    (d) => {
      d.pathways[3].steps[2] = null;
    },
    `pathways[3].steps[2]: ${OBJECT}`,
  ],
  [
    'a step title is text',
    (d) => {
      d.pathways[2].steps[1].title = '';
    },
    `pathways[2].steps[1].title: ${TEXT}`,
  ],
  [
    'a step body is text',
    (d) => {
      d.pathways[2].steps[0].body = ['B'];
    },
    `pathways[2].steps[0].body: ${TEXT}`,
  ],
  [
    'quiz is an object',
    (d) => {
      d.quiz = [];
    },
    `quiz: ${OBJECT}`,
  ],
  [
    'quiz.questions is a non-empty array',
    (d) => {
      d.quiz.questions = [];
    },
    `quiz.questions: ${LIST}`,
  ],
  [
    'a question is an object',
    (d) => {
      d.quiz.questions.push(7);
    },
    `quiz.questions[${bundledDatasetWithQuiz.quiz!.questions.length}]: ${OBJECT}`,
  ],
  [
    'a question id is lowercase words and dashes',
    (d) => {
      d.quiz.questions[1].id = '';
    },
    `quiz.questions[1].id: ${ID}`,
  ],
  [
    'question ids are unique',
    (d) => {
      d.quiz.questions[1].id = d.quiz.questions[0].id;
    },
    `quiz.questions[1].id: duplicate id "${bundledDatasetWithQuiz.quiz!.questions[0]!.id}"`,
  ],
  [
    'a prompt is text',
    (d) => {
      d.quiz.questions[0].prompt = null;
    },
    `quiz.questions[0].prompt: ${TEXT}`,
  ],
  [
    'options are a non-empty array',
    (d) => {
      d.quiz.questions[0].options = [];
    },
    `quiz.questions[0].options: ${LIST}`,
  ],
  [
    'an option is an object',
    (d) => {
      d.quiz.questions[0].options[0] = 'yes';
    },
    `${option}: ${OBJECT}`,
  ],
  [
    'an option id is lowercase words and dashes',
    (d) => {
      d.quiz.questions[0].options[0].id = 'A';
    },
    `${option}.id: ${ID}`,
  ],
  [
    'option ids are unique within a question',
    (d) => {
      const [a, b] = d.quiz.questions[0].options;
      b.id = a.id;
    },
    `quiz.questions[0].options[1].id: duplicate id "${bundledDatasetWithQuiz.quiz!.questions[0]!.options[0]!.id}"`,
  ],
  [
    'an option label is text',
    (d) => {
      d.quiz.questions[0].options[0].label = '';
    },
    `${option}.label: ${TEXT}`,
  ],
  [
    'an option reason is text when given',
    (d) => {
      d.quiz.questions[0].options[0].reason = '';
    },
    `${option}.reason: ${TEXT}`,
  ],
  [
    'weights are an object',
    (d) => {
      d.quiz.questions[0].options[0].weights = [1, 2];
    },
    `${option}.weights: ${OBJECT}`,
  ],
  [
    'a weight is a whole number, not text',
    (d) => {
      d.quiz.questions[0].options[0].weights = { 'formal-education': '2' };
    },
    `${option}.weights.formal-education: ${WHOLE}`,
  ],
  [
    'a weight is a whole number, not a fraction',
    (d) => {
      d.quiz.questions[0].options[0].weights = { 'formal-education': 1.5 };
    },
    `${option}.weights.formal-education: ${WHOLE}`,
  ],
  [
    'a weight is finite',
    (d) => {
      d.quiz.questions[0].options[0].weights = { 'formal-education': Infinity };
    },
    `${option}.weights.formal-education: ${WHOLE}`,
  ],
  [
    'reasons are an object when given',
    (d) => {
      d.quiz.questions[0].options[0].reasons = 'because';
    },
    `${option}.reasons: ${OBJECT}`,
  ],
  [
    'each reason is text',
    (d) => {
      d.quiz.questions[0].options[0].reasons = { 'formal-education': '' };
    },
    `${option}.reasons.formal-education: ${TEXT}`,
  ],
  [
    'excludes are an object when given',
    (d) => {
      d.quiz.questions[0].options[0].excludes = ['formal-education'];
    },
    `${option}.excludes: ${OBJECT}`,
  ],
  [
    'each exclusion is text',
    (d) => {
      d.quiz.questions[0].options[0].excludes = { 'formal-education': 5 };
    },
    `${option}.excludes.formal-education: ${TEXT}`,
  ],
  [
    'labels are an object when given',
    (d) => {
      d.labels = 'English';
    },
    `labels: ${OBJECT}`,
  ],
  [
    'a known label is text',
    (d) => {
      d.labels = { next: '' };
    },
    `labels.next: ${TEXT}`,
  ],
];

describe('validateDataset', () => {
  it('accepts the bundled dataset, and the fixture base', () => {
    expect(problems(bundledDatasetWithQuiz)).to.deep.equal([]);
    expect(problems(clone())).to.deep.equal([]);
  });

  it('rejects anything but an object at the root', () => {
    for (const value of [null, [], 'x', 42, undefined])
      expect(problems(value), String(value)).to.deep.equal(['(root): expected an object']);
  });

  for (const [rule, breakIt, expected] of rules) {
    it(`rule: ${rule}`, () => {
      const data = clone();
      breakIt(data);
      // Exactly one: something that is not an object is not also reported for each field it lacks.
      expect(problems(data)).to.deep.equal([expected]);
    });
  }

  it('accepts what the rules allow: negative whole weights, reasons and exclusions, no optional fields, unknown labels', () => {
    const data = clone();
    const first = data.quiz.questions[0].options[0];
    first.weights = { 'formal-education': -2, 'startup-experience': 0 };
    first.reasons = { 'startup-experience': 'You like to build.' };
    first.excludes = { 'formal-education': 'Not while you work full time.' };
    delete first.reason;
    data.labels = { next: 'Weiter', shout: 'labels of another version are ignored' };
    data.lang = 'pt-BR';
    expect(problems(data)).to.deep.equal([]);
    expect(
      problems({ version: 1, pathways: [{ id: 'a', title: 'A', summary: 'S', steps: [{ title: 'T', body: 'B' }] }] }),
      'a minimal dataset',
    ).to.deep.equal([]);
  });

  it('reports every problem, in the order of the data, with its path', () => {
    const data = clone();
    data.pathways[2].steps[1].title = '';
    data.pathways[4].id = 'Bad Id';
    data.quiz.questions[1].options[0].weights['formal-education'] = 'lots';
    delete data.pathways[0].summary;
    expect(problems(data)).to.deep.equal([
      `pathways[4].id: ${ID}`,
      `pathways[0].summary: ${TEXT}`,
      `pathways[2].steps[1].title: ${TEXT}`,
      `quiz.questions[1].options[0].weights.formal-education: ${WHOLE}`,
    ]);
  });

  it('summarises many problems briefly', () => {
    const text = describeProblems([1, 2, 3, 4, 5].map((i) => ({ path: `p${i}`, message: 'm' })));
    expect(text).to.equal('p1: m; p2: m; p3: m (and 2 more)');
    expect(describeProblems([{ path: 'p', message: 'm' }])).to.equal('p: m');
  });
});
