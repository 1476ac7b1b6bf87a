// The normalised column: what a look-up sees for each written form.
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/tokenize/normalise.js';

describe('normalise folds case and unifies marks', () => {
  it.each([
    ['plain lower-case word is itself', 'kerajaan', 'kerajaan'],
    ['title-case name', 'Anwar', 'anwar'],
    ['all-capitals dateline place', 'PUTRAJAYA', 'putrajaya'],
    ['curly opening quote', '\u201c', '"'],
    ['curly closing quote', '\u201d', '"'],
    ['low double quote', '\u201e', '"'],
    ['guillemet', '\u00ab', '"'],
    ['curly apostrophe in a name (Ma\u2019ruf)', 'Ma\u2019ruf', "ma'ruf"],
    ['curly apostrophe of the title Dato\u2019', 'Dato\u2019', "dato'"],
    ['modifier apostrophe', 'Ma\u02bcruf', "ma'ruf"],
    ['backtick next to a curly quote', '`\u2019', "''"],
    ['en dash', '\u2013', '-'],
    ['em dash', '\u2014', '-'],
    ['minus sign', '\u2212', '-'],
    ['non-breaking hyphen in reduplication (kanak\u2011kanak)', 'kanak\u2011kanak', 'kanak-kanak'],
    ['soft hyphen inside a word (de\u00adngan)', 'de\u00adngan', 'dengan'],
    ['soft hyphens and a capital (Presi\u00adden)', 'Presi\u00adden', 'presiden'],
    ['decomposed accent composed (NFC)', 'Jose\u0301', 'jos\u00e9'],
    ['composed accent kept', 'Jos\u00e9', 'jos\u00e9'],
    ['ellipsis stays', '\u2026', '\u2026'],
    ['Arabic script stays', '\u0645\u0631\u062d\u0628\u0627', '\u0645\u0631\u062d\u0628\u0627'],
    ['backtick alone (ASCII) stays', '`', '`'],
  ])('%s', (_name, written, norm) => {
    expect(normalise(written)).toBe(norm);
  });
});
