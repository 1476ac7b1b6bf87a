// "kerajaan Indonesia meminta ...": the government of a place is written as the place
// (ANNOTATION.md section 4), so with no "Kerajaan ... Indonesia" named as an organisation the
// place speaks (resolve.ts). Every sentence here is written for these tests; the rules run alone.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the government of a place speaks as the place', () => {
  it.each([
    [
      'kerajaan + a country',
      '[[Rahman Ali|PER]] berkata kerajaan [[Indonesia|LOC]] meminta agar pekerja itu dibebaskan.',
      [
        ['Rahman Ali', 'SAY', 'name'],
        ['Indonesia', 'APPEAL', 'name'],
      ],
    ],
    ['kerajaan + a state', 'Jurucakap itu berkata kerajaan [[Kelantan|LOC]] menafikan dakwaan itu.', [['Kelantan', 'DENY', 'name']]],
    [
      'the organisation when one is named',
      '[[Kerajaan Negeri Kelantan|ORG]] bermesyuarat semalam. Jurucakap berkata kerajaan [[Kelantan|LOC]] menafikan dakwaan itu.',
      [['Kerajaan Negeri Kelantan', 'DENY', 'pronoun']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
