// The kind of a place, read from its lexicon id: countries and their divisions take part in
// meetings and visits; a town or a building named beside a meeting is where it was held.
import { describe, expect, it } from 'vitest';
import {
  PLACE_COUNTRY,
  PLACE_DIVISION,
  PLACE_METONYM,
  PLACE_NONE,
  PLACE_OTHER,
  PLACE_UNKNOWN,
  placeKind,
} from '../../src/relations/place-kind.js';
import type { Entity, EntityLabel } from '../../src/types.js';

const ent = (label: EntityLabel, kb?: string): Entity => ({
  start: 0,
  end: 1,
  text: 'X',
  label,
  canonical: 'X',
  source: 'gazetteer',
  ...(kb !== undefined ? { kb } : {}),
});

describe('placeKind: the kind of a place from its lexicon id', () => {
  it.each([
    ['a country (ISO 3166-1: Jepun)', 'JP', PLACE_COUNTRY],
    ['a state (ISO 3166-2: Sabah)', 'MY-12', PLACE_DIVISION],
    ['a federal territory (Kuala Lumpur)', 'MY-14', PLACE_DIVISION],
    ['a building standing for a body (Wisma Putra)', 'metonym:wisma-putra', PLACE_METONYM],
    ['a city (GeoNames)', 'geonames:1850147', PLACE_OTHER],
    ['a town', 'town:rengit', PLACE_OTHER],
    ['a Wikidata id', 'Q1234', PLACE_OTHER],
    ['an empty id', '', PLACE_UNKNOWN],
  ])('%s', (_, kb, kind) => {
    expect(placeKind(ent('LOC', kb))).toBe(kind);
  });

  it('a place the lexicon does not know has no id: unknown', () => {
    expect(placeKind(ent('LOC'))).toBe(PLACE_UNKNOWN);
  });

  it.each([['PER'], ['ORG']] as const)('a %s is no place, whatever its id', (label) => {
    expect(placeKind(ent(label, 'MY'))).toBe(PLACE_NONE);
  });
});
