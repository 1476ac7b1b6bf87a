// Invariants of the tokenizer on arbitrary strings (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, SOFT_HYPHEN } from '../../src/tokenize/chars.js';
import { segment } from '../../src/tokenize/index.js';
import { leastCpuMsPair } from '../support/cpu.js';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces that exercise the tokenizer's paths, glued in any order. */
const piece = fc.constantFrom(
  'Korea',
  'Utara',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '.',
  ',',
  '-',
  '–',
  '—',
  '’',
  '‘',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  'RM1.5',
  'RM',
  '1,000',
  '3.5%',
  'B$',
  '$',
  '50',
  'ke-14',
  'kanak-kanak',
  'Dr.',
  'Sdn.',
  'Bhd.',
  'Y.A.B.',
  'a/l',
  'P.123',
  'Okt.',
  '21',
  'JAN',
  'Januari',
  '2024',
  'pukul',
  'petang',
  'minggu',
  'lalu',
  'Khamis',
  'hari',
  'ini',
  'perangnya',
  'dialah',
  'walaupun',
  'kubawa',
  'http://',
  'www.',
  '.com',
  '@',
  '#',
  'a@b.my',
  '😀',
  '👨‍👩‍👧',
  '🇲🇾',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u00ad',
  '\u200b',
  '\ufeff',
  '\u00a0',
  'مرحبا',
  '中文',
  'é',
  'e\u0301',
  'ΑΒΓ',
  'KUALA LUMPUR',
  ':',
  '°',
  'C',
  'jam',
  'juta',
  'ringgit',
  'peratus',
  '...',
  '?',
  '!',
  '/',
  '&',
  'A',
  'x',
);
const malayish = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: codeUnit, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), malayish);

const RUNS = 400;

function checkInvariants(text: string): void {
  const { tokens, sentences, units } = segment(text);
  let prev = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(prev);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    // lossless: what lies between tokens is only gap characters
    for (let i = prev; i < t.start; i++) {
      const c = text.charCodeAt(i);
      expect(isSpace(c) || c === SOFT_HYPHEN).toBe(true);
    }
    for (const c of t.clitics ?? []) {
      expect(c.start).toBeGreaterThanOrEqual(t.start);
      expect(c.end).toBeLessThanOrEqual(t.end);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    prev = t.end;
  }
  for (let i = prev; i < text.length; i++) {
    const c = text.charCodeAt(i);
    expect(isSpace(c) || c === SOFT_HYPHEN).toBe(true);
  }
  // sentences partition the tokens in order
  let next = 0;
  for (const s of sentences) {
    expect(s.tokenStart).toBe(next);
    expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBe(tokens[s.tokenStart]!.start);
    expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
    next = s.tokenEnd;
  }
  expect(next).toBe(tokens.length);
  for (const u of units) {
    expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(u.tokenEnd).toBeGreaterThan(u.tokenStart);
    expect(u.start).toBe(tokens[u.tokenStart]!.start);
    expect(u.end).toBe(tokens[u.tokenEnd - 1]!.end);
    if (u.kind === 'dateline') expect(text.slice(u.place.start, u.place.end)).toBe(u.place.text);
  }
}

describe('tokenizer invariants on arbitrary strings', () => {
  it(`never throws; offsets in order, exact and lossless; sentences partition tokens (${RUNS * 3} generated cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(text)),
      { numRuns: RUNS * 3 },
    );
  });

  it('is deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(malayish, (text) => {
        expect(segment(text)).toEqual(segment(text));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate before a letter', '\udc00a'],
    ['a high surrogate at the end of a word', 'Korea\ud83d'],
    ['a 100k run of one punctuation mark', '.'.repeat(100_000)],
    ['a 100k run of hyphens between words', `a${'-'.repeat(100_000)}b`],
    ['a 100k run of dots after a word', `Dr${'.'.repeat(100_000)}`],
    ['a 100k word', 'a'.repeat(100_000)],
    ['a long email-like run with no @', 'a.'.repeat(50_000)],
    ['a long email-like run ending in @', `${'a.'.repeat(50_000)}@`],
    ['a long run of initials', 'A.'.repeat(50_000)],
    ['NUL and control characters', '\u0000\u0001Korea\u0007\u001fUtara\u007f'],
    ['mixed scripts', 'Korea Utara 朝鮮 كوريا Корея 🇰🇵 ke-14'],
  ])('edge case: %s', (_name, text) => {
    checkInvariants(text);
  });
});

describe('time grows linearly with input length (a complexity check with generous bounds, not a speed target)', () => {
  it.each([
    ['full stops', '.'],
    ['hyphens', '-'],
    ['word and dot', 'a.'],
    ['initial and dot', 'A. '],
    ['email-like', 'a.b'],
    ['at signs', 'a@'],
    ['capitalised words', 'Korea '],
    ['weekday and comma', 'Isnin, '],
    ['day and month', '5 Mac '],
    ['numbers with commas', '1,'],
    ['money', 'RM1.5 '],
    ['clitic words', 'perangnya '],
    ['hyphenated names', 'Malaysia-'],
    ['dateline-like lines', 'KUALA LUMPUR\n'],
    ['web addresses', 'www.'],
    ['emoji with joiners', '👨‍'],
  ])('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    const [a, b] = leastCpuMsPair(segment, small, large, 5);
    // 4x the input; quadratic behaviour would give ~16x. Floor the small time to absorb timer noise.
    expect(b / Math.max(a, 5)).toBeLessThan(10);
  });
});
