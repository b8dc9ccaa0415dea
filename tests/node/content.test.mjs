// The content compiler: good content compiles; broken content fails the build
// naming the file, the field and what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const compile = (contentDir) => {
  const out = mkdtempSync(join(tmpdir(), 'pm-content-out-'));
  const result = spawnSync(
    process.execPath,
    [
      'scripts/build-content.mjs',
      '--content',
      contentDir,
      '--out-ts',
      join(out, 'dataset.ts'),
      '--out-json',
      join(out, 'pathways.json'),
    ],
    { encoding: 'utf8' },
  );
  return { ...result, out };
};

/** A copy of content/ with one deliberate fault. */
const brokenCopy = (fault) => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-content-'));
  cpSync('content', dir, { recursive: true });
  fault(dir);
  return dir;
};
const edit = (file, change) => writeFileSync(file, change(readFileSync(file, 'utf8')));

test('the real content compiles to 7 pathways of 3 steps, a quiz and the credit', () => {
  const { status, stderr, out } = compile('content');
  assert.equal(status, 0, stderr);
  const data = JSON.parse(readFileSync(join(out, 'pathways.json'), 'utf8'));
  assert.equal(data.pathways.length, 7);
  for (const p of data.pathways) assert.equal(p.steps.length, 3, p.id);
  assert.deepEqual(data.source, {
    title: 'Pathways to Product Management: A Comprehensive Guide',
    publisher: 'The PM Playbook',
    date: '2024-05-19',
  });
  assert.deepEqual(
    data.quiz.questions.map((q) => q.id),
    ['situation', 'background', 'budget', 'time', 'learning', 'independence'],
  );
  rmSync(out, { recursive: true });
});

const faults = [
  [
    'a missing step',
    (dir) => edit(join(dir, 'pathways/3-startup-experience.md'), (s) => s.replace(/## Show your impact[\s\S]*$/, '')),
    /pathways[/\\]3-startup-experience\.md: steps: expected exactly 3 steps .*found 2/,
  ],
  [
    'an empty step body',
    (dir) =>
      edit(join(dir, 'pathways/2-formal-education.md'), (s) =>
        s.replace(/(## Get practical experience\n)[\s\S]*?(## )/, '$1\n$2'),
      ),
    /pathways[/\\]2-formal-education\.md: steps\[1\]\.body: expected a non-empty string/,
  ],
  [
    'a missing title',
    (dir) => edit(join(dir, 'pathways/1-internal-transition.md'), (s) => s.replace(/title: .*\n/, '')),
    /pathways[/\\]1-internal-transition\.md: title: expected a non-empty string/,
  ],
  [
    'a wrong id',
    (dir) =>
      edit(join(dir, 'pathways/5-technical-background.md'), (s) => s.replace('id: technical-background', 'id: tech')),
    /pathways: id: expected the pathways .* in that order/,
  ],
  [
    'no front matter',
    (dir) => edit(join(dir, 'pathways/6-networking-mentorship.md'), (s) => s.replace(/^---[\s\S]*?---\n/, '')),
    /6-networking-mentorship\.md: \(front matter\): expected the file to start with a --- block/,
  ],
  [
    'a quiz weight for an unknown pathway',
    (dir) => edit(join(dir, 'quiz.yaml'), (s) => s.replace('{ internal-transition: 10,', '{ astronaut: 10,')),
    /quiz\.yaml: questions\[0\]\.options\[0\]\.weights\.astronaut: unknown pathway/,
  ],
  [
    'a route weighed up without its own reason',
    (dir) => edit(join(dir, 'quiz.yaml'), (s) => s.replace(/\n *internal-transition: Your company already.*/, '')),
    /quiz\.yaml: questions\[0\]\.options\[0\]\.reasons\.internal-transition: a route this answer weights up needs its own reason/,
  ],
  [
    'a weight out of range',
    (dir) => edit(join(dir, 'quiz.yaml'), (s) => s.replace('{ internal-transition: 10,', '{ internal-transition: 11,')),
    /quiz\.yaml: questions\[0\]\.options\[0\]\.weights\.internal-transition: expected a whole number from -10 to 10, not 0/,
  ],
  [
    'an exclusion of an unknown pathway',
    (dir) =>
      edit(join(dir, 'quiz.yaml'), (s) =>
        s.replace(
          'excludes:\n          internal-transition: Moving into product inside a company needs an employer first',
          'excludes:\n          astronaut: Moving into product inside a company needs an employer first',
        ),
      ),
    /quiz\.yaml: questions\[0\]\.options\[3\]\.excludes\.astronaut: unknown pathway/,
  ],
  [
    'an empty exclusion',
    (dir) =>
      edit(join(dir, 'quiz.yaml'), (s) =>
        s.replace(
          /(excludes:\n *internal-transition:) Moving into product inside a company needs an employer first;.*/,
          "$1 ''",
        ),
      ),
    /quiz\.yaml: questions\[0\]\.options\[3\]\.excludes\.internal-transition: expected a non-empty string/,
  ],
  [
    'broken YAML',
    (dir) => edit(join(dir, 'labels.yaml'), (s) => `${s}\n  bad: [unclosed\n`),
    /labels\.yaml: \(yaml\):/,
  ],
  [
    'a missing label',
    (dir) => edit(join(dir, 'labels.yaml'), (s) => s.replace(/^next: .*\n/m, '')),
    /labels\.yaml: next: missing label/,
  ],
  [
    'a missing guide section',
    (dir) => edit(join(dir, 'guide.md'), (s) => s.replace('## Closing', '## Ending')),
    /guide\.md: closing: expected a "## Closing" section/,
  ],
  ['a missing file', (dir) => unlinkSync(join(dir, 'quiz.yaml')), /quiz\.yaml: \(file\): cannot be read/],
];

for (const [name, fault, expected] of faults) {
  test(`fails the build on ${name}, naming the file and the field`, () => {
    const dir = brokenCopy(fault);
    const { status, stderr, out } = compile(dir);
    assert.equal(status, 1);
    assert.match(stderr, expected);
    rmSync(dir, { recursive: true });
    rmSync(out, { recursive: true });
  });
}
