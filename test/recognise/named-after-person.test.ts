// An institution named after a person with the person's titles is one name; the person inside it
// is not annotated (src/recognise/named-after-person.ts). Mentions are given as the model might
// decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withInstitutionsNamedAfterPeople } from '../../src/recognise/named-after-person.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withInstitutionsNamedAfterPeople(cols, mentions, mentionFor));
}

describe('an institution named after a person', () => {
  it.each([
    [
      'a bare hospital noun and a royal title',
      'Pesakit itu dihantar ke Hospital Sultanah Zainab di Kota Bharu.',
      [
        ['Zainab', 'PER'],
        ['Kota Bharu', 'LOC'],
      ],
      ['Hospital Sultanah Zainab/ORG', 'Kota Bharu/LOC'],
    ],
    [
      'a university decided with its title',
      'Dia mengajar di Universiti Tun Hamzah Ali sejak 2010.',
      [
        ['Universiti Tun', 'ORG'],
        ['Hamzah Ali', 'PER'],
      ],
      ['Universiti Tun Hamzah Ali/ORG'],
    ],
    [
      'a school with its short form in brackets',
      'Murid Sekolah Kebangsaan (SK) Datuk Musa Kassim menang pertandingan itu.',
      [
        ['Sekolah Kebangsaan', 'ORG'],
        ['SK', 'ORG'],
        ['Musa Kassim', 'PER'],
      ],
      ['Sekolah Kebangsaan (SK) Datuk Musa Kassim/ORG'],
    ],
    [
      'a building decided as a place',
      'Mesyuarat diadakan di Menara Tun Ismail Omar semalam.',
      [
        ['Menara', 'LOC'],
        ['Ismail Omar', 'PER'],
      ],
      ['Menara Tun Ismail Omar/LOC'],
    ],
    [
      'an office in a complex with a title inside',
      'Dia ke Pejabat Pos Kompleks Sultan Ahmad Yusof pagi tadi.',
      [
        ['Pejabat Pos Kompleks Sultan', 'ORG'],
        ['Ahmad Yusof', 'PER'],
      ],
      ['Pejabat Pos Kompleks Sultan Ahmad Yusof/ORG'],
    ],
  ] as const)('is one name: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    [
      'an officer after a body and its short form',
      'Ketua Pengarah Jabatan Kerja Jalan (JKJ) Datuk Rosli Ahmad hadir.',
      [
        ['Jabatan Kerja Jalan', 'ORG'],
        ['JKJ', 'ORG'],
        ['Rosli Ahmad', 'PER'],
      ],
      ['Jabatan Kerja Jalan/ORG', 'JKJ/ORG', 'Rosli Ahmad/PER'],
    ],
    [
      'an officer after a named hospital',
      'Pengarah Hospital Pulau Pinang (HPP) Datuk Dr Lim Kok Wah berkata.',
      [
        ['Hospital Pulau Pinang', 'ORG'],
        ['HPP', 'ORG'],
        ['Lim Kok Wah', 'PER'],
      ],
      ['Hospital Pulau Pinang/ORG', 'HPP/ORG', 'Lim Kok Wah/PER'],
    ],
    ['a person with no title', 'Guru Sekolah Rendah Ali Bakar itu bersara.', [['Ali Bakar', 'PER']], ['Ali Bakar/PER']],
  ] as const)('stays apart: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
