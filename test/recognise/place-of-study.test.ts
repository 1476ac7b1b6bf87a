// A school, college or institute is a body, also where it names the place of an event
// (src/recognise/place-of-study.ts). Mentions are given as the model might decide them, so the
// rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withPlacesOfStudyAsBodies } from '../../src/recognise/place-of-study.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withPlacesOfStudyAsBodies(cols, mentions, mentionFor));
}

describe('a place of study', () => {
  it.each([
    ['a school as a venue', 'Majlis itu diadakan di Sekolah Kebangsaan Seri Mawar pagi tadi.', 'Sekolah Kebangsaan Seri Mawar'],
    ['a school short form', 'Murid SK Bukit Tinggi menerima hadiah.', 'SK Bukit Tinggi'],
    ['a polytechnic', 'Pelajar Politeknik Port Dickson menang pertandingan itu.', 'Politeknik Port Dickson'],
  ])('is a body: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([`${span}/ORG`]);
  });

  it.each([
    ['a town', 'Majlis itu diadakan di Bukit Tinggi pagi tadi.', 'Bukit Tinggi', 'LOC'],
    ['a hall', 'Majlis itu diadakan di Dewan Seri Mawar pagi tadi.', 'Dewan Seri Mawar', 'LOC'],
    ['a school decided as a body', 'Sekolah Kebangsaan Seri Mawar menang anugerah itu.', 'Sekolah Kebangsaan Seri Mawar', 'ORG'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
