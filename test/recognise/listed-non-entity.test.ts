// A decided mention whose whole text is a listed non-entity is dropped; the same word inside a
// longer name stays (src/recognise/listed-non-entity.ts).
import { describe, expect, it } from 'vitest';
import { withoutListedNonEntities } from '../../src/recognise/listed-non-entity.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

const NON_ENTITIES = new Set(['Pusat', 'Maulidur Rasul', 'Melayu']);

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { mentions } = decided(text, names);
  return shown(text, withoutListedNonEntities(text, mentions, NON_ENTITIES));
}

describe('a listed non-entity decided alone', () => {
  it.each([
    ['the central government', 'Negeri itu menerima bantuan Pusat setiap tahun.', 'Pusat', 'ORG'],
    ['a holiday', 'Sambutan Maulidur Rasul diadakan di masjid.', 'Maulidur Rasul', 'PER'],
  ] as const)('is dropped: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label]])).toEqual([]);
  });

  it('stays inside a longer name', () => {
    expect(ruled('BN Pusat bermesyuarat malam ini.', [['BN Pusat', 'ORG']])).toEqual(['BN Pusat/ORG']);
  });
});
