import { expect } from '@open-wc/testing';
import { format } from '../../src/data/labels.js';
import { placeholdersOf } from '../../src/data/label-keys.js';
import type { Labels } from '../../src/data/types.js';
import { creditText } from '../../src/shared/credit.js';
import { isRtl, negotiate } from '../../src/i18n/negotiate.js';

describe('language negotiation', () => {
  it('takes the exact tag, in any case', () => {
    expect(negotiate('es')).to.equal('es');
    expect(negotiate('pt-BR')).to.equal('pt-BR');
    expect(negotiate('PT-br')).to.equal('pt-BR');
    expect(negotiate('pt_BR')).to.equal('pt-BR');
  });

  it('then the language: es-MX → es, pt and pt-PT → pt-BR, ar-EG → ar, de-CH → de', () => {
    expect(negotiate('es-MX')).to.equal('es');
    expect(negotiate('pt')).to.equal('pt-BR');
    expect(negotiate('pt-PT')).to.equal('pt-BR');
    expect(negotiate('ar-EG')).to.equal('ar');
    expect(negotiate('de-CH')).to.equal('de');
    expect(negotiate('fr-CA')).to.equal('fr');
    expect(negotiate('en-GB')).to.equal('en');
  });

  it('else English: unknown, empty or malformed tags', () => {
    for (const tag of ['zz', 'ja', '', '   ', null, undefined, '-', 'x-klingon', 'esperanto'])
      expect(negotiate(tag), String(tag)).to.equal('en');
  });

  it('negotiates against the languages given: the first of a language wins', () => {
    expect(negotiate('pt', ['en', 'pt-PT', 'pt-BR'])).to.equal('pt-PT');
    expect(negotiate('pt-BR', ['en', 'pt-PT', 'pt-BR'])).to.equal('pt-BR');
    expect(negotiate('it-CH', ['en', 'it'])).to.equal('it');
    expect(negotiate('it', ['en'])).to.equal('en');
  });

  it('knows which languages are written right to left', () => {
    expect(isRtl('ar')).to.be.true;
    expect(isRtl('ar-EG')).to.be.true;
    expect(isRtl('he')).to.be.true;
    expect(isRtl('fa-IR')).to.be.true;
    expect(isRtl('es')).to.be.false;
    expect(isRtl('')).to.be.false;
    expect(isRtl(undefined)).to.be.false;
  });
});

describe('labels: placeholders and plurals', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(format('{a} of {b}', { a: 1, b: 3 })).to.equal('1 of 3');
    expect(format('{a} and {missing}', { a: 'x' })).to.equal('x and {missing}');
  });

  it('chooses the plural form by Intl.PluralRules of the language', () => {
    const steps = 'Show the {count|one:step|other:# steps}';
    expect(format(steps, { count: 1 }, 'en')).to.equal('Show the step');
    expect(format(steps, { count: 3 }, 'en')).to.equal('Show the 3 steps');
    // Arabic has six categories: 2 is "two", 3 is "few", 11 is "many".
    const ar = '{n|zero:لا خطوات|one:خطوة|two:خطوتان|few:# خطوات|many:# خطوة|other:# خطوة}';
    expect(format(ar, { n: 2 }, 'ar')).to.equal('خطوتان');
    expect(format(ar, { n: 3 }, 'ar')).to.equal('3 خطوات');
    expect(format(ar, { n: 11 }, 'ar')).to.equal('11 خطوة');
    // French counts 0 as singular; English does not.
    expect(format('{n|one:# étape|other:# étapes}', { n: 0 }, 'fr')).to.equal('0 étape');
    expect(format('{n|one:# step|other:# steps}', { n: 0 }, 'en')).to.equal('0 steps');
  });

  it('falls back to "other" and never throws on an unusable language tag', () => {
    expect(format('{n|other:# things}', { n: 1 }, 'en')).to.equal('1 things');
    expect(format('{n|one:# thing|other:# things}', { n: 2 }, 'not a tag!')).to.equal('2 things');
  });

  it('lists the placeholder names of a label, plural or not', () => {
    expect(placeholdersOf('{done} of {total|one:# step|other:# steps} {done}')).to.deep.equal(['done', 'total']);
    expect(placeholdersOf('no placeholders')).to.deep.equal([]);
  });
});

describe('the credit date', () => {
  const labels = { credit: '{date}' } as Labels;
  const formatDate = (_: unknown, lang: string) =>
    creditText(labels, { title: 't', publisher: 'p', date: '2024-05-19' }, lang);
  const day = undefined;
  it('is written the way each language writes a date', () => {
    expect(formatDate(day, 'en')).to.equal('May 19, 2024');
    expect(formatDate(day, 'es')).to.equal('19 de mayo de 2024');
    expect(formatDate(day, 'de')).to.equal('19. Mai 2024');
    expect(formatDate(day, 'fr')).to.equal('19 mai 2024');
    expect(formatDate(day, 'pt-BR')).to.equal('19 de maio de 2024');
    expect(formatDate(day, 'ar')).to.match(/مايو/);
  });
  it('falls back to the ISO day for an unusable tag', () => {
    expect(formatDate(day, '!!')).to.equal('2024-05-19');
  });
});
