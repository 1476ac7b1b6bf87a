// sortedIndex and sortedMembers (src/support/sorted-index.ts): a key's position in, or
// membership of, a sorted array of unique strings, by binary search and then by a Map or Set;
// both paths must give what indexOf gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedIndex, sortedMembers, sortedWordMembers } from '../../src/support/sorted-index.js';

const sorted = (xs: readonly string[]): string[] => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('sortedIndex', () => {
  it.each([
    [
      'place names',
      ['Ipoh', 'Johor Bahru', 'Kuala Lumpur', 'Melaka', 'Putrajaya'],
      ['Melaka', 'Ipoh', 'Putrajaya', 'Kuala', 'kuala lumpur', ''],
    ],
    ['ids of countries and states', ['AS', 'KP', 'MY', 'MY-01', 'MY-14', 'RU'], ['MY-14', 'AS', 'RU', 'MY-1', 'ZZ']],
    ['one key', ['Rusia'], ['Rusia', 'rusia', 'Rusiaa']],
    ['no keys', [], ['Korea Utara', '']],
    ['non-ASCII and apostrophes', ["'Ajlun", 'Åland', 'Çanakkale', 'Đà Nẵng'], ['Åland', "'Ajlun", 'Đà Nẵng', 'Aland']],
  ])('answers as indexOf before and after its Map is filled: %s', (_name, keys, asked) => {
    const at = sortedIndex(sorted(keys), 3);
    const expected = asked.map((k) => (sorted(keys).indexOf(k) >= 0 ? sorted(keys).indexOf(k) : undefined));
    expect(asked.map((k) => at(k))).toEqual(expected); // more than 3 look-ups: the Map takes over midway
    expect(asked.map((k) => at(k))).toEqual(expected);
  });

  it.each([
    ['Malay root words', ['ajar', 'jalan', 'kata', 'makan', 'rumah'], ['kata', 'katanya', 'rumah', 'ajaran', 'Makan', '']],
    ['reduplicated and hyphenated words', ['kanak-kanak', 'sayur-mayur', 'tiba-tiba'], ['tiba-tiba', 'kanak', 'sayur-mayur']],
  ])('tells members from non-members before and after its Set is filled: %s', (_name, keys, asked) => {
    const has = sortedMembers(sorted(keys), 2);
    const expected = asked.map((k) => keys.includes(k));
    expect(asked.map((k) => has(k))).toEqual(expected);
    expect(asked.map((k) => has(k))).toEqual(expected);
  });

  it.each([
    ['a root under a prefix (meN-, ber-): memakan -> makan', 'memakan', 2, undefined, true],
    ['a root before a suffix (-kan): jalankan -> jalan', 'jalankan', 0, 5, true],
    ['a part that is no root', 'memakan', 1, undefined, false],
    ['an empty part', 'makan', 5, undefined, false],
  ] as const)('tells whether a part of a word is a member, before and after its Set is filled: %s', (_name, word, start, end, expected) => {
    const has = sortedMembers(sorted(['jalan', 'kata', 'makan', 'rumah']), 1);
    for (let i = 0; i < 3; i++) expect(has(word, start, end)).toBe(expected);
  });

  it.each([
    [
      'Malay root words',
      ['ajar', 'jalan', 'kata', 'makan', 'rumah'],
      ['kata', 'katanya', 'kat', 'rumah', 'ajaran', 'aja', 'Makan', '', 'zz'],
    ],
    ['one word', ['makan'], ['makan', 'maka', 'makanan', '']],
    ['no words', [], ['makan', '']],
  ])('sortedWordMembers over the words as one text tells members as sortedMembers does: %s', (_name, keys, asked) => {
    for (const after of [0, 2, 100]) {
      const has = sortedWordMembers(sorted(keys).join(' '), after);
      const expected = asked.map((k) => keys.includes(k));
      expect(asked.map((k) => has(k))).toEqual(expected);
      expect(asked.map((k) => has(`x${k}x`, 1, 1 + k.length))).toEqual(expected);
    }
  });

  it('answers as indexOf for arbitrary sorted keys and questions, on both paths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 60 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 30 }),
        fc.nat(40),
        (raw, extra, mapAfter) => {
          const keys = sorted(raw);
          const at = sortedIndex(keys, mapAfter);
          const has = sortedMembers(keys, mapAfter);
          // sortedWordMembers: the keys that hold no space and are not empty, as one text
          const words = keys.filter((k) => k !== '' && !k.includes(' '));
          const inText = sortedWordMembers(words.join(' '), mapAfter);
          for (const k of [...keys, ...extra, ...words]) {
            const want = k !== '' && words.includes(k);
            if (inText(k) !== want || inText(`x${k}x`, 1, 1 + k.length) !== want) return false;
          }
          return [...keys, ...extra, ...keys].every((k) => {
            const i = keys.indexOf(k);
            // the same question asked of a part of a longer string: x + k + x, from 1 to 1 + k.length
            return at(k) === (i >= 0 ? i : undefined) && has(k) === i >= 0 && has(`x${k}x`, 1, 1 + k.length) === i >= 0;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
