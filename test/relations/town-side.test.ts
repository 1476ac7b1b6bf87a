// A town, city or district the lexicon knows is where a meeting happens, not a side of it
// (town-side.ts); countries, states, continents and places the lexicon does not know stay. The
// kind is the lexicon's (kindOf), else read from the shape of the place's id (place-kind.ts).
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { EntryKind } from '../../src/lexicon/types.js';
import { withoutTowns } from '../../src/relations/town-side.js';
import { keptParties, meets } from './helpers.js';

const KINDS: Readonly<Record<string, EntryKind>> = {
  'geonames:1000001': 'town',
  'geonames:1000002': 'capital',
  'geonames:1000003': 'continent',
  'geonames:1000004': 'district',
};
const kindOf = (kb: string): EntryKind | undefined => KINDS[kb];

/** The names withoutTowns keeps of every entity of the sentence, taken as one meeting's parties. */
const kept = (marked: string, kinds?: typeof kindOf): string[] => keptParties(marked, (d, parties) => withoutTowns(d, parties, kinds));

describe('which places are sides of a meeting', () => {
  it.each([
    ['a town is dropped', '[[Rahman Ali|PER]] [[Kulai|LOC|Kulai|geonames:1000001]] [[Ahmad Zaki|PER]]', ['Rahman Ali', 'Ahmad Zaki']],
    ['a country stays', '[[Rahman Ali|PER]] [[Jepun|LOC|Jepun|JP]]', ['Rahman Ali', 'Jepun']],
    ['a state stays', '[[Rahman Ali|PER]] [[Sabah|LOC|Sabah|MY-12]]', ['Rahman Ali', 'Sabah']],
    [
      'a building standing for a body stays',
      '[[Rahman Ali|PER]] [[Wisma Contoh|LOC|Wisma Contoh|metonym:wisma-contoh]]',
      ['Rahman Ali', 'Wisma Contoh'],
    ],
    ['a place the lexicon does not know stays', '[[Rahman Ali|PER]] [[Kampung Baru Contoh|LOC]]', ['Rahman Ali', 'Kampung Baru Contoh']],
  ])('%s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    ['a town is dropped', '[[Rahman Ali|PER]] [[Kulai|LOC|Kulai|geonames:1000001]]', ['Rahman Ali']],
    ['a capital is dropped', '[[Rahman Ali|PER]] [[Bandar Contoh|LOC|Bandar Contoh|geonames:1000002]]', ['Rahman Ali']],
    ['a district is dropped', '[[Rahman Ali|PER]] [[Daerah Contoh|LOC|Daerah Contoh|geonames:1000004]]', ['Rahman Ali']],
    ['a continent stays', '[[Rahman Ali|PER]] [[Eropah|LOC|Eropah|geonames:1000003]]', ['Rahman Ali', 'Eropah']],
    ['a country stays', '[[Rahman Ali|PER]] [[Jepun|LOC|Jepun|JP]]', ['Rahman Ali', 'Jepun']],
  ])('with the lexicon kinds: %s', (_name, text, want) => {
    expect(kept(text, kindOf)).toEqual(want);
  });
});

describe('a meeting whose other side is only a town is no meeting', () => {
  it('a visit to a town', () => {
    expect(meets('[[Rahman Ali|PER]] mengadakan lawatan kerja ke [[Kulai|LOC|Kulai|geonames:1000001]] semalam.')).toEqual([]);
  });
  it('a visit to a country', () => {
    expect(meets('[[Rahman Ali|PER]] mengadakan lawatan kerja ke [[Jepun|LOC|Jepun|JP]] semalam.').map((m) => m.parties)).toEqual([
      ['Jepun', 'Rahman Ali'],
    ]);
  });
  it('two people meeting in a town: the town is the place', () => {
    const m = meets('[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] di [[Kulai|LOC|Kulai|geonames:1000001]] semalam.');
    expect(m.map((x) => [x.parties, x.place])).toEqual([[['Ahmad Zaki', 'Rahman Ali'], 'Kulai']]);
  });
});
