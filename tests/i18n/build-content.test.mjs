// The build's translation checks (node:test): a complete translation compiles to
// dist/locales/<lang>.json with the English weights; anything missing, stale or
// with other placeholders fails with the file, the field and the problem.
//   node --test tests/i18n/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { writePseudoLocale } from './pseudo-locale.mjs';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'pm-i18n-'));
const content = join(work, 'content');
const build = async () => {
  try {
    await run(process.execPath, [
      'scripts/build-content.mjs',
      '--content',
      content,
      '--out-ts',
      join(work, 'gen/dataset.ts'),
      '--out-json',
      join(work, 'dist/pathways.json'),
    ]);
    return { ok: true, errors: '' };
  } catch (error) {
    return { ok: false, errors: String(error.stderr) };
  }
};
const file = (path) => join(content, 'locales/es', path);
const edit = (path, change) => {
  const original = readFileSync(file(path), 'utf8');
  writeFileSync(file(path), change(original));
  return () => writeFileSync(file(path), original);
};
const editYaml = (path, change) =>
  edit(path, (text) => {
    const data = parse(text);
    change(data);
    return stringify(data);
  });

/** Expects the build to fail naming the file and field, then puts the file back. */
async function fails(restore, path, field, problem) {
  try {
    const { ok, errors } = await build();
    assert.equal(ok, false, 'the build fails');
    assert.match(errors, new RegExp(`locales/es/${path}: ${field.replace(/[.[\]]/g, '\\$&')}: .*${problem}`), errors);
  } finally {
    restore();
  }
}

describe('build-content: translations', () => {
  before(() => {
    cpSync('content', content, { recursive: true, filter: (src) => !src.includes('/locales') });
    writePseudoLocale(content, 'es');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('compiles a complete translation, with the English weights and its lang', async () => {
    const { ok, errors } = await build();
    assert.ok(ok, errors);
    const english = JSON.parse(readFileSync(join(work, 'dist/pathways.json'), 'utf8'));
    const es = JSON.parse(readFileSync(join(work, 'dist/locales/es.json'), 'utf8'));
    assert.equal(es.lang, 'es');
    assert.deepEqual(
      es.pathways.map((p) => p.id),
      english.pathways.map((p) => p.id),
    );
    assert.notEqual(es.pathways[0].title, english.pathways[0].title);
    assert.deepEqual(
      es.quiz.questions.map((q) => q.options.map((o) => o.weights)),
      english.quiz.questions.map((q) => q.options.map((o) => o.weights)),
    );
    assert.deepEqual(es.source, english.source);
    const module = readFileSync(join(work, 'gen/locales/index.ts'), 'utf8');
    assert.match(module, /"es": \(\) => import\('\.\/es\.js'\)/);
  });

  it('fails on a missing label', () =>
    fails(
      editYaml('labels.yaml', (l) => {
        delete l.next;
      }),
      'labels.yaml',
      'next',
      'missing',
    ));
  it('fails on a stale label', () =>
    fails(
      editYaml('labels.yaml', (l) => {
        l.oldWord = 'x';
      }),
      'labels.yaml',
      'oldWord',
      'stale',
    ));
  it('fails on other placeholders', () =>
    fails(
      editYaml('labels.yaml', (l) => {
        l.progress = '{done} de {todo}';
      }),
      'labels.yaml',
      'progress',
      'placeholders',
    ));
  it('fails on weights in the translated quiz', () =>
    fails(
      editYaml('quiz.yaml', (q) => {
        q.questions[0].options[0].weights = { 'formal-education': 3 };
      }),
      'quiz.yaml',
      'questions[0].options[0].weights',
      'remove the weights',
    ));
  it('fails on a missing reason', () => {
    let removed;
    const restore = editYaml('quiz.yaml', (q) => {
      const reasons = q.questions[0].options[0].reasons;
      removed = Object.keys(reasons)[0];
      delete reasons[removed];
    });
    return fails(restore, 'quiz.yaml', `questions[0].options[0].reasons.${removed}`, 'missing');
  });
  it('fails on a renamed option id', () =>
    fails(
      editYaml('quiz.yaml', (q) => {
        q.questions[1].options[0].id = 'renamed';
      }),
      'quiz.yaml',
      'questions[1].options[0].id',
      'expected',
    ));
  it('fails on a missing option', () =>
    fails(
      editYaml('quiz.yaml', (q) => {
        q.questions[2].options.pop();
      }),
      'quiz.yaml',
      'questions[2].options',
      'expected',
    ));
  it('fails on a missing step section', () =>
    fails(
      edit('pathways/1-internal-transition.md', (t) => t.slice(0, t.lastIndexOf('\n## '))),
      'pathways/1-internal-transition.md',
      'steps',
      'expected exactly 3',
    ));
  it('fails on a missing guide section', () =>
    fails(
      edit('guide.md', (t) => t.replace('## Closing', '## Fin')),
      'guide.md',
      'closing',
      'Closing',
    ));
  it('fails on a changed source', () =>
    fails(
      edit('guide.md', (t) => t.replace('publisher: The PM Playbook', 'publisher: El PM Playbook')),
      'guide.md',
      'source.publisher',
      'as published',
    ));
  it('fails on a missing pathway file', () => {
    const path = file('pathways/7-freelance-consulting.md');
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    return fails(() => writeFileSync(path, text), 'pathways/7-freelance-consulting.md', '\\(file\\)', 'missing');
  });
});
