// The normalised column: what a look-up sees for each written form.
import { describe, expect, it } from 'vitest';
import { segment, tokenize } from '../../src/tokenize/index.js';
import { normalise } from '../../src/tokenize/normalise.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';

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

describe('token norms are their words normalised, whatever else the text holds', () => {
  // tokenize() lower-cases the ASCII words with capitals from lower-cased copies of blocks of
  // the text (2^16 code units); these texts check it against normalise() of each word on its own
  it.each([
    ['one-byte text', 'Menteri Besar Selangor, Dato\u2019 Seri Amirudin Shari berkata di PUTRAJAYA.'],
    ['two-byte text (curly quotes)', '\u201cKami akan BINA semula,\u201d kata Dr. Ahmad di RM1.5 bilion JALAN-Jalan.'],
    ['U+0130 before the words (its lower case is two code units)', '\u0130STANBUL, 5 Mac - Ahmad Ali KATA Dr. Siti di AS.'],
    ['U+0130 inside a word', 'D\u0130YARBAKIR Ahmad B\u0130N Ali, kata PM.'],
    ['final sigma and other cased scripts', '\u0391\u03a3 ABC \u03a3\u039f\u03a6\u0399\u0391 Ahmad \u00c9COLE.'],
    // several blocks: words across their edges, U+0130 in one block and not the next
    ['blocks of capitals', '\u201cPerdana MENTERI Anwar\u201d Ibrahim. '.repeat(6000)],
    ['U+0130 in a later block', `${'Ahmad Ali KATA. '.repeat(5000)}\u0130STANBUL B\u0130N ${'Siti KATA Ali. '.repeat(5000)}`],
    ['U+0130 in the first block', `\u0130STANBUL ${'Dr. Siti KATA Ali \u201cYA\u201d. '.repeat(7000)}`],
  ])('%s', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) if (t.norm !== normalise(t.text)) expect(t.norm, t.text).toBe(normalise(t.text));
    // and with a vocabulary, whose copies the tokens take
    const seg = segment(text, new Vocabulary());
    expect(seg.tokens.map((t) => t.norm)).toEqual(tokens.map((t) => t.norm));
  });
});
