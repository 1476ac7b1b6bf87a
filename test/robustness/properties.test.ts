// extract() invariants on the input classes test/properties/extract.test.ts leaves out: NUL
// and C0/C1 control characters, right-to-left text and bidi controls, combining marks,
// zero-width and format characters, lone surrogates in every position, extremely long words,
// news text glued with all of them, and 1 MB texts of repeated quote, dot, hyphen and capital
// patterns. Invariants: never throws; every span is exact; entities of one label never
// overlap (nor do any two entities: spans are flat); relation arguments are entity mentions;
// deterministic, also across two pipelines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import type { DocumentResult, Span } from '../../src/types.js';

const pipeline = createPipeline();
const other = createPipeline();

const range = (lo: number, hi: number): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
/** The character classes, each its own generator. */
const control = fc.oneof(range(0x00, 0x1f), range(0x7f, 0x9f));
const bidi = fc.constantFrom(
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
);
const rtl = fc.oneof(range(0x0590, 0x05ff), range(0x0600, 0x06ff), range(0xfb50, 0xfdff), range(0xfe70, 0xfeff));
const combining = fc.oneof(range(0x0300, 0x036f), range(0x1ab0, 0x1aff), range(0x20d0, 0x20ff), range(0xfe20, 0xfe2f));
const zeroWidth = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u034f', '\u2061', '\u2063');
const surrogate = fc.oneof(range(0xd800, 0xdbff), range(0xdc00, 0xdfff));
const spaces = fc.constantFrom(' ', '\u00a0', '\t', '\r\n', '\r', '\n', '\u2028', '\u2029', '\u3000', '\u2009', '\u202f', '\v', '\f');
const entity = fc.constantFrom('&amp;', '&quot;', '&#8217;', '&#x201C;', '&nbsp;', '&lt;b&gt;', '&', '&#;');
const word = fc.constantFrom(
  'Anwar',
  'Ibrahim',
  'Datuk',
  'Seri',
  'Tan',
  'Sri',
  'bin',
  'binti',
  'Korea',
  'Utara',
  'Kuala',
  'Lumpur',
  'Kementerian',
  'Luar',
  'Majlis',
  'UMNO',
  'PBB',
  'Sdn',
  'Bhd',
  'dan',
  'di',
  'kata',
  'berkata',
  'katanya',
  'bertemu',
  'melawat',
  'beliau',
  'Beliau',
  'Presiden',
  'Menteri',
  'Dr.',
  'A.',
  'Hj.',
  'ANWAR',
  'IBRAHIM',
  'anwar',
  'ibrahim',
  'kuala',
  'lumpur',
  'Prabowo',
  'Subianto',
  'Jakarta',
  'Velaski',
  'Gomasi',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '(',
  ')',
  ',',
  '.',
  '-',
  '–',
  ':',
  '!',
  '?',
  '...',
  '3 Mac',
  'minggu lalu',
  'RM1.5',
  'ke-14',
);
/** An extremely long word: one letter or pattern repeated 1k to 20k times, capitalised or not. */
const longWord = fc
  .tuple(fc.constantFrom('a', 'A', 'Ab', 'A.', 'a-', '1', 'e\u0301', '\u200b', 'ك'), fc.integer({ min: 1000, max: 20_000 }), fc.boolean())
  .map(([u, n, cap]) => (cap ? 'Z' : '') + u.repeat(Math.ceil(n / u.length)));
const oddPiece = fc.oneof(control, bidi, rtl, combining, zeroWidth, surrogate, spaces, entity);
/** News words glued with odd characters: inside words, between them, instead of spaces. */
const glued = fc
  .array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 2, arbitrary: spaces }, { weight: 3, arbitrary: oddPiece }), { maxLength: 120 })
  .map((a) => a.join(''));
const sentence = fc.array(word, { minLength: 3, maxLength: 25 }).map((a) => a.join(' '));
/** A clean sentence with odd characters spliced in at random places. */
const spliced = fc
  .tuple(sentence, fc.array(fc.tuple(fc.nat(), oddPiece), { maxLength: 8 }))
  .map(([s, ins]) => ins.reduce((acc, [at, c]) => acc.slice(0, at % (acc.length + 1)) + c + acc.slice(at % (acc.length + 1)), s));
const classText = (c: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(fc.oneof(c, word, spaces), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(
  classText(control),
  classText(bidi),
  classText(rtl),
  classText(combining),
  classText(zeroWidth),
  classText(surrogate),
  classText(entity),
  glued,
  spliced,
  fc.tuple(sentence, longWord, sentence).map((a) => a.join(' ')),
  fc.string({ unit: fc.oneof(control, bidi, rtl, combining, zeroWidth, surrogate, spaces), maxLength: 200 }),
);

/**
 * Every broken invariant, as readable lines (plain comparisons: a 1 MB text has 100k+ spans,
 * too many for one expect() each).
 */
function violations(text: string, r: DocumentResult): string[] {
  const bad: string[] = [];
  const exact = (what: string, s: Span | undefined): void => {
    if (!s) return;
    if (!(s.start >= 0 && s.end >= s.start && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
      bad.push(`${what} ${JSON.stringify(s)} is not text.slice(${s.start}, ${s.end})`);
    }
  };
  for (const e of r.entities) {
    exact('entity', e);
    if (e.end <= e.start) bad.push(`empty entity at ${e.start}`);
    if (!['PER', 'ORG', 'LOC'].includes(e.label)) bad.push(`entity label ${e.label}`);
  }
  for (const s of r.sentences ?? []) exact('sentence', s);
  for (const d of r.dates ?? []) exact('date', d);
  // entities of one label never overlap; nor do entities of different labels (flat spans)
  const sorted = [...r.entities].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end)
      bad.push(`entities overlap: ${JSON.stringify(sorted[i - 1])} and ${JSON.stringify(sorted[i])}`);
  }
  const mentions = new Set(r.entities.map((e) => `${e.start}:${e.end}`));
  const mention = (what: string, s: Span | undefined): void => {
    if (s && !mentions.has(`${s.start}:${s.end}`)) bad.push(`${what} ${JSON.stringify(s)} is not an entity mention`);
  };
  for (const rel of r.relations) {
    exact('trigger', rel.trigger);
    if (rel.type === 'MEET') {
      if (rel.participants.length === 0) bad.push('a meeting without participants');
      for (const p of rel.participants) {
        exact('participant', p);
        mention('participant', p);
      }
      exact('place', rel.place);
      mention('place', rel.place);
      exact('time', rel.time);
    } else {
      exact('speaker', rel.speaker);
      mention('speaker', rel.speaker);
      exact('target', rel.target);
      mention('target', rel.target);
      exact('content', rel.content);
    }
  }
  return bad.slice(0, 5);
}

const checkInvariants = (text: string, r: DocumentResult): void => {
  expect(violations(text, r)).toEqual([]);
};

const RUNS = 300;

describe('extract() on control, bidi, RTL, combining, zero-width, surrogate and long-word inputs', () => {
  it(`never throws; exact spans; flat entities; relation arguments are mentions (${RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) =>
        checkInvariants(text, pipeline.extract(text, { fields: ['entities', 'relations', 'sentences', 'dates'] })),
      ),
      { numRuns: RUNS },
    );
  });

  it(`is deterministic, within one pipeline and across two (${RUNS / 3} generated cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = pipeline.extract(text);
        expect(pipeline.extract(text)).toEqual(a);
        expect(other.extract(text)).toEqual(a);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it.each([
    ['only NUL characters', '\u0000'.repeat(1000)],
    ['every C0 and C1 control character', Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('')],
    ['a name broken by NUL', 'Datuk Seri Anwar\u0000Ibrahim bertemu Prabowo di Jakarta.'],
    ['a name in a right-to-left override', 'Menurut \u202eAnwar Ibrahim\u202c, beliau bertemu Prabowo.'],
    ['Arabic and Malay mixed', 'Anwar Ibrahim berkata كوريا الشمالية di Kuala Lumpur.'],
    ['Jawi text', 'انور ابراهيم برتمو ڤرابووو دجاکرتا'],
    ['combining marks on every letter', 'A\u0301n\u0301w\u0301a\u0301r\u0301 I\u0301b\u0301r\u0301a\u0301h\u0301i\u0301m\u0301 tiba.'],
    ['combining marks alone', '\u0301\u0302\u0303 \u0301 Anwar'],
    ['a zero-width space inside a name', 'Datuk Seri Anwar\u200bIbrahim bertemu Prabowo Subianto.'],
    ['a zero-width joiner between names', 'Anwar\u200dIbrahim\u200dPrabowo'],
    ['a lone high surrogate ending a name', 'Anwar Ibrahim\ud83d tiba di Jakarta.'],
    ['a lone low surrogate starting a name', '\udc00Anwar Ibrahim tiba di Jakarta.'],
    ['reversed surrogate pair', 'Anwar \udc00\ud800 Ibrahim'],
    ['a 200k-letter word between names', `Anwar ${'a'.repeat(200_000)} Ibrahim`],
    ['a 200k-letter capitalised word', `Z${'a'.repeat(200_000)} berkata ya.`],
    ['a 100k-digit word', `Z${'1'.repeat(100_000)}x bertemu Anwar.`],
    ['a 100k hyphenated word', `${'Ab-'.repeat(33_000)}Ab kata Anwar.`],
  ])('edge case: %s', (_name, text) => {
    checkInvariants(text, pipeline.extract(text));
  });
});

const MB = 1 << 20;
const megabyte = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('1 MB of repeated quote, dot, hyphen and capital patterns', () => {
  it.each([
    ['straight double quotes', '"'],
    ['curly quotes', '“”'],
    ['full stops', '.'],
    ['ellipses before capitals', '...A'],
    ['hyphens', '-'],
    ['capitals', 'A'],
    ['initials', 'A. '],
    ['capitalised words', 'Aa '],
    ['quotes with a speech verb', '“Ya,” kata Ali. '],
    ['titles and names', 'Dr. Ali. '],
  ])('%s', (_name, unit) => {
    const text = megabyte(unit);
    checkInvariants(text, pipeline.extract(text));
  });
});
