import { expect } from '@open-wc/testing';
import { bundledDatasetWithQuiz as data } from '../../src/data/bundled-quiz.js';
import {
  decodeAnswers,
  encodeAnswers,
  firstUnanswered,
  isComplete,
  loadQuiz,
  saveQuiz,
  validAnswers,
} from '../../src/quiz/session.js';
import { hasSavedResults } from '../../src/quiz/saved-key.js';
import { readHash, writeHash } from '../../src/storage/url-hash.js';

const questions = data.quiz!.questions;
const full = {
  situation: 'student',
  background: 'design',
  budget: 'some',
  time: 'months',
  learning: 'people',
  independence: 'either',
};

describe('the quiz session', () => {
  afterEach(() => localStorage.clear());

  it('keeps only answers that name a question and one of its options', () => {
    expect(
      validAnswers(questions, { situation: 'student', background: 'astronaut', nope: 'x', budget: 7 }),
    ).to.deep.equal({ situation: 'student' });
    expect(validAnswers(questions, null)).to.deep.equal({});
    expect(validAnswers(questions, 'situation=student')).to.deep.equal({});
  });

  it('resumes at the first unanswered question, and knows when every one is answered', () => {
    expect(firstUnanswered(questions, {})).to.equal(0);
    expect(firstUnanswered(questions, { situation: 'student', budget: 'none' })).to.equal(1);
    expect(firstUnanswered(questions, full)).to.equal(questions.length);
    expect(isComplete(questions, full)).to.equal(true);
    expect(isComplete(questions, { situation: 'student' })).to.equal(false);
    expect(isComplete([], {}), 'no questions is never complete').to.equal(false);
  });

  it('saves and loads answers, with results only when every question is answered', () => {
    saveQuiz({ answers: full, results: true });
    expect(loadQuiz(questions)).to.deep.equal({ answers: full, results: true });
    expect(hasSavedResults()).to.equal(true);
    saveQuiz({ answers: { situation: 'student' }, results: true });
    expect(loadQuiz(questions)).to.deep.equal({ answers: { situation: 'student' }, results: false });
    saveQuiz({ answers: {}, results: false });
    expect(localStorage.getItem('pm-pathways:quiz'), 'an empty set forgets the answers').to.equal(null);
    expect(hasSavedResults()).to.equal(false);
  });

  it('survives garbage in storage', () => {
    localStorage.setItem('pm-pathways:quiz', '{not json');
    expect(loadQuiz(questions)).to.deep.equal({ answers: {}, results: false });
    localStorage.setItem(
      'pm-pathways:quiz',
      JSON.stringify({ answers: { situation: '<img src=x onerror=alert(1)>' }, results: true }),
    );
    expect(loadQuiz(questions)).to.deep.equal({ answers: {}, results: false });
  });

  it('writes answers into a link and reads back only a complete, valid set', () => {
    const text = encodeAnswers(questions, full);
    expect(text).to.equal('student.design.some.months.people.either');
    expect(decodeAnswers(questions, text)).to.deep.equal(full);
    expect(decodeAnswers(questions, 'student.design.some')).to.equal(undefined);
    expect(decodeAnswers(questions, 'student.design.some.months.people.astronaut')).to.equal(undefined);
    expect(decodeAnswers(questions, '')).to.equal(undefined);
    expect(decodeAnswers(questions, null)).to.equal(undefined);
  });
});

describe('the URL fragment', () => {
  it('reads a parameter and leaves plain anchors alone', () => {
    expect(readHash('#a=1&pathway=x', 'pathway')).to.equal('x');
    expect(readHash('#section-2', 'pathway')).to.equal(null);
    expect(readHash('', 'answers')).to.equal(null);
  });

  it('writes parameters, keeping others, and never replaces a skip link with nothing', () => {
    expect(writeHash('#a=1', { pathway: 'x' })).to.equal('#a=1&pathway=x');
    expect(writeHash('#a=1&pathway=x', { pathway: null })).to.equal('#a=1');
    expect(writeHash('#pathway=x', { pathway: null })).to.equal('');
    expect(writeHash('#newsletter', { answers: null })).to.equal('#newsletter');
    expect(writeHash('#newsletter', { pathway: 'x' })).to.equal('#pathway=x');
    expect(writeHash('', { answers: 'a.b' })).to.equal('#answers=a.b');
  });
});
