// "Majlis" with a word for what happens at a function names a ceremony, not a council
// (src/recognise/ceremony.ts). Mentions are given as the model might decide them, so the rule is
// checked alone.
import { describe, expect, it } from 'vitest';
import { withoutCeremonies } from '../../src/recognise/ceremony.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutCeremonies(cols, mentions));
}

describe('Majlis as a ceremony', () => {
  it.each([
    ['an award night', 'Beliau hadir di Majlis Anugerah Usahawan Muda semalam.', 'Majlis Anugerah Usahawan Muda'],
    ['a launch', 'Majlis Pelancaran Kempen Hijau diadakan di dewan itu.', 'Majlis Pelancaran Kempen Hijau'],
    ['an open house', 'Ramai hadir ke Majlis Rumah Terbuka Aidilfitri menteri itu.', 'Majlis Rumah Terbuka Aidilfitri'],
  ])('is no body: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([]);
  });

  it.each([
    ['the bar council', 'Majlis Peguam mengeluarkan kenyataan semalam.', 'Majlis Peguam'],
    ['a religious council', 'Majlis Agama Islam Perlis membuat keputusan itu.', 'Majlis Agama Islam Perlis'],
  ])('stays a body: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([`${span}/ORG`]);
  });
});
