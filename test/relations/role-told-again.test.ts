// A role of a place or body closed by a demonstrative ("pemimpin Negara Contoh itu") tells
// again of a person (role-told-again.ts): the place or body is no side of the meeting. Every
// entity of the sentence is taken as a party (as a model might choose them). Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { withoutRolesToldAgain } from '../../src/relations/role-told-again.js';
import { keptParties } from './helpers.js';

/** The names withoutRolesToldAgain keeps when every entity is a party. */
const kept = (marked: string): string[] => keptParties(marked, withoutRolesToldAgain);

describe('a role of a place or body told again', () => {
  it.each([
    [
      'a leader of a country, then "itu"',
      'Presiden [[Lim Wei|PER]] tiba semalam. Pemimpin [[Negara Contoh|LOC]] itu kemudian bertemu dengan [[Ahmad Zaki|PER]].',
      ['Lim Wei', 'Ahmad Zaki'],
    ],
    [
      'a candidate of a party, then "tersebut"',
      '[[Lim Wei|PER]] berkata calon [[Parti Contoh|ORG]] tersebut tidak mampu berunding dengan [[Ahmad Zaki|PER]].',
      ['Lim Wei', 'Ahmad Zaki'],
    ],
    [
      'title words between the role and the place',
      '[[Lim Wei|PER]] hadir. Menteri Besar [[Negeri Contoh|LOC]] itu bertemu [[Ahmad Zaki|PER]] semalam.',
      ['Lim Wei', 'Ahmad Zaki'],
    ],
  ])('dropped: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    [
      'no demonstrative after the place',
      'Pemimpin [[Negara Contoh|LOC]] bertemu dengan [[Ahmad Zaki|PER]] semalam.',
      ['Negara Contoh', 'Ahmad Zaki'],
    ],
    [
      'no role before the place',
      'Kerajaan menghantar wakil ke [[Negara Contoh|LOC]] itu untuk bertemu [[Ahmad Zaki|PER]].',
      ['Negara Contoh', 'Ahmad Zaki'],
    ],
    ['a person is no role of a place', 'Pemimpin [[Ahmad Zaki|PER]] itu bertemu [[Lim Wei|PER]] semalam.', ['Ahmad Zaki', 'Lim Wei']],
    [
      'the holder unnamed: the place stands for them',
      '[[Ahmad Zaki|PER]] enggan berbincang dengan pemimpin [[Negara Contoh|LOC]] itu.',
      ['Ahmad Zaki', 'Negara Contoh'],
    ],
  ])('kept: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
});
