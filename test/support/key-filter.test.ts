// The key pre-test (src/support/key-filter.ts): it may say "maybe" for a word it was not
// given, never "no" for one it was. Malay words, clitic stems and names as keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterFromString,
  filterToString,
  keyFilter,
  keyPrint,
  mayContain,
  mayContainRange,
  mayContainWord,
  mayHold,
  wordFilter,
} from '../../src/support/key-filter.js';

describe('keyFilter', () => {
  it.each([
    ['Malay root words', ['makan', 'minum', 'rumah', 'jalan']],
    ['affixed words', ['pembangunan', 'kesediaan', 'menyatakan', 'dipersetujui']],
    ['clitic stems and words with clitics', ['kata', 'katanya', 'rumahku', 'bukankah']],
    ['reduplicated words', ['kanak-kanak', 'beramai-ramai', 'sayur-mayur']],
    ['names and titles', ['Datuk', 'Seri', 'Tun', 'Choe', 'Putin', 'Kementerian']],
    ['one letter and the empty word', ['a', 'A', '']],
    ['non-ASCII words', ['Çelik', 'ñandú', '北京', 'Đà']],
  ])('never rules out a key it was given: %s', (_name, keys) => {
    const f = keyFilter(keys);
    for (const k of keys) expect(mayContain(f, k)).toBe(true);
  });

  it('never rules out a key it was given (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 200 }), (keys) => {
        const f = keyFilter(keys);
        return keys.every((k) => mayContain(f, k));
      }),
      { numRuns: 200 },
    );
  });

  it('rules out most other words when a list has a few hundred entries (titles, head nouns)', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `Gelaran${i}`);
    const f = keyFilter(keys);
    const others = Array.from({ length: 10_000 }, (_, i) => `perkataan${i}`);
    const maybe = others.filter((w) => mayContain(f, w)).length;
    expect(maybe).toBeLessThan(others.length * 0.05);
  });

  it('reads back from its text form bit for bit (shipped with the precompiled lexicon)', () => {
    const f = keyFilter(['Kuala', 'KUALA', 'Pulau', 'Pinang', 'Majlis', 'Keselamatan']);
    const text = filterToString(f);
    expect(/^[0-9a-f]+$/.test(text)).toBe(true);
    expect(filterFromString(text).bits).toEqual(f.bits);
  });

  it('refuses a text of the wrong size', () => {
    expect(() => filterFromString('ff')).toThrow(/hex digits/);
  });

  it('one fingerprint answers as mayContain does for every filter (titles, head nouns, suffixes tested per token)', () => {
    const filters = [keyFilter(['Datuk', 'Menteri']), keyFilter(['Kementerian', 'Majlis']), keyFilter(['Berhad', 'Bhd']), keyFilter([])];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (w) =>
        filters.every((f) => mayHold(f, keyPrint(w)) === mayContain(f, w)),
      ),
      { numRuns: 300 },
    );
  });

  it('answers for a range in place as for the sliced word (roots under affixes: memakan, jalankan)', () => {
    const f = keyFilter(['makan', 'jalan', 'kata', '']);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.nat(20), fc.nat(20), (w, a, b) => {
        const start = Math.min(a, b, w.length);
        const end = Math.min(Math.max(a, b), w.length);
        return mayContainRange(f, w, start, end) === mayContain(f, w.slice(start, end));
      }),
      { numRuns: 300 },
    );
  });

  it('an empty filter rules out every word', () => {
    const f = keyFilter([]);
    expect(['dan', 'yang', 'Malaysia', ''].some((w) => mayContain(f, w))).toBe(false);
  });
});

describe('wordFilter', () => {
  it('never rules out a key it was given, read in place inside a longer text (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { maxLength: 200 }), (keys) => {
        const f = wordFilter(keys);
        return keys.every((k) => mayContainWord(f, `(${k})`, 1, 1 + k.length) && mayContainWord(f, k, 0, k.length));
      }),
      { numRuns: 200 },
    );
  });

  it('rules out most words of the same shape as its keys (length, first, middle and last letter)', () => {
    // keys and other words that agree in all the fingerprint reads: the word filter hashes every letter
    const keys = Array.from({ length: 2000 }, (_, i) => `ka${i.toString(36).padStart(3, '0')}ta`);
    const others = Array.from({ length: 2000 }, (_, i) => `ka${(i + 5000).toString(36).padStart(3, '0')}ta`);
    const f = wordFilter(keys);
    const passed = others.filter((w) => mayContainWord(f, w, 0, w.length)).length;
    expect(passed).toBeLessThan(others.length / 20);
  });
});
