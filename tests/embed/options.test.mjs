// The embed pages' query options: allow-listed values pass, everything else is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmbedOptions, contrast, textOn } from '../../demo/embed/options.js';
import { resizeMessages, secretFrom } from '../../demo/embed/resize.js';

test('valid card options come through, normalised', () => {
  assert.deepEqual(parseEmbedOptions('?theme=DARK&lang=pt-br&accent=0F6B5C&variant=compact&checklist', 'card'), {
    theme: 'dark',
    lang: 'pt-BR',
    accent: '#0f6b5c',
    variant: 'compact',
    checklist: true,
  });
  assert.deepEqual(parseEmbedOptions('?view=quiz&accent=%23abc', 'picker'), { view: 'quiz', accent: '#abc' });
  assert.deepEqual(parseEmbedOptions('?checklist=0', 'card'), { checklist: false });
});

test('invalid values are ignored, never passed on', () => {
  const hostile =
    '?theme=<script>&lang=xx"><img&accent=red;}body{display:none&variant=full" onload="x&checklist=maybe&view=quiz';
  assert.deepEqual(parseEmbedOptions(hostile, 'card'), {});
  assert.deepEqual(parseEmbedOptions('?accent=12345&accent2=fff', 'picker'), {});
  assert.deepEqual(parseEmbedOptions('?accent=ggg', 'picker'), {});
  // A card option on the picker, and the reverse, do nothing.
  assert.deepEqual(parseEmbedOptions('?view=quiz', 'card'), {});
  assert.deepEqual(parseEmbedOptions('?variant=compact', 'picker'), {});
});

test('text on the accent is the more legible of black and white', () => {
  assert.equal(textOn('#0f6b5c'), '#ffffff');
  assert.equal(textOn('#ffd84d'), '#000000');
  assert.ok(Math.abs(contrast('#000', '#fff') - 21) < 1e-9);
});

test('resize messages: one per host format, WordPress only with its secret', () => {
  const plain = resizeMessages(321, { href: 'https://x.test/embed/picker.html' });
  assert.deepEqual(plain[0], { type: 'pm-pathways:resize', height: 321 });
  assert.deepEqual(JSON.parse(plain[2]), { method: 'resize', height: 321 });
  assert.deepEqual(JSON.parse(plain[3]), {
    src: 'https://x.test/embed/picker.html',
    context: 'iframe.resize',
    height: 321,
  });
  assert.equal(
    plain.some((m) => m.message === 'height'),
    false,
  );
  const wp = resizeMessages(321, { href: '', secret: 'Ab12' });
  assert.deepEqual(wp.at(-1), { message: 'height', value: 321, secret: 'Ab12' });
  assert.equal(secretFrom('#?secret=Ab12'), 'Ab12');
  assert.equal(secretFrom('#?secret=a"b'), undefined);
  assert.equal(secretFrom(''), undefined);
});
