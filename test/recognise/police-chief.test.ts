// "Ketua Polis Daerah X" is a role with its place: the place alone is annotated
// (src/recognise/police-chief.ts). Mentions are given as the model might decide them, so the
// rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withPoliceChiefPlaces } from '../../src/recognise/police-chief.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withPoliceChiefPlaces(cols, mentions, mentionFor));
}

describe('the place of a police chief', () => {
  it.each([
    ['a district chief', 'Ketua Polis Daerah Kuala Selangor berkata suspek ditahan.', 'Polis Daerah Kuala Selangor', 'Kuala Selangor'],
    ['a state chief', 'Menurut Ketua Polis Perlis, kes itu disiasat.', 'Polis Perlis', 'Perlis'],
  ])('is the place: %s', (_name, text, span, want) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([`${want}/LOC`]);
  });

  it.each([
    ['the national chief', 'Ketua Polis Negara mengumumkan perkara itu.', 'Polis Negara'],
    ['the force itself', 'Laporan dibuat kepada Polis Daerah Kuala Selangor semalam.', 'Polis Daerah Kuala Selangor'],
  ])('stays: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([`${span}/ORG`]);
  });
});
