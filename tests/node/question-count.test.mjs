// The docs and the demo never state a number of quiz questions other than the
// quiz's own: content/quiz.yaml may gain a question, and "five questions" on a
// six-question quiz is the kind of slip a reader notices (accessibility audit, item 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

const questions = parse(readFileSync('content/quiz.yaml', 'utf8')).questions.length;
const numbers = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
// "five questions", "six quick questions", "6 questions".
const count = new RegExp(`\\b(${numbers.join('|')}|\\d+)(?:\\s+[a-z]+)?\\s+questions\\b`, 'gi');

const files = [
  'README.md',
  ...readdirSync('demo', { recursive: true })
    .map(String)
    .filter((name) => /\.(html|js)$/.test(name))
    .map((name) => `demo/${name}`),
];

test(`README and demo pages state no question count but the quiz's own (${questions})`, () => {
  const wrong = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [phrase, number] of line.matchAll(count)) {
        const n = /\d/.test(number) ? Number(number) : numbers.indexOf(number.toLowerCase());
        if (n !== questions) wrong.push(`${file}:${i + 1}: “${phrase}”`);
      }
    });
  }
  assert.deepEqual(wrong, []);
});
