// A party's wing is one body with the party; in a list of wings only the last, written with the
// party, is annotated (src/recognise/party-wing.ts). Mentions are given as the model might
// decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withPartyWings } from '../../src/recognise/party-wing.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withPartyWings(cols, mentions, mentionFor));
}

describe('a party wing', () => {
  it.each([
    ['the wing word left out', 'Ketua Srikandi PKR itu hadir semalam.', [['PKR', 'ORG']], ['Srikandi PKR/ORG']],
    [
      'the wing word decided alone',
      'Ketua Pemuda PAS Kedah berucap semalam.',
      [
        ['Pemuda', 'ORG'],
        ['PAS Kedah', 'ORG'],
      ],
      ['Pemuda PAS Kedah/ORG'],
    ],
    ['a wing in capitals', 'Sayap PEMUDA UMNO Johor mengadakan mesyuarat.', [['UMNO Johor', 'ORG']], ['PEMUDA UMNO Johor/ORG']],
    [
      'wings listed before one party',
      'Ahli Pemuda dan Wanita PKR Ampang hadir.',
      [
        ['Pemuda', 'ORG'],
        ['Wanita PKR Ampang', 'ORG'],
      ],
      ['Wanita PKR Ampang/ORG'],
    ],
  ] as const)('is one body: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    [
      'a princess before a person',
      'Majlis itu dihadiri Puteri Aminah Sofia dari Brunei.',
      [
        ['Aminah Sofia', 'PER'],
        ['Brunei', 'LOC'],
      ],
      ['Aminah Sofia/PER', 'Brunei/LOC'],
    ],
    [
      'a wing word inside a longer body',
      'Dewan Pemuda PAS Pusat bermesyuarat.',
      [['Dewan Pemuda PAS Pusat', 'ORG']],
      ['Dewan Pemuda PAS Pusat/ORG'],
    ],
    ['a wing word in a portfolio', 'Menteri Pembangunan Wanita berkata begitu.', [], []],
    [
      'a wing alone not listed',
      'Ketua Pemuda, Ali Ahmad, berkata begitu.',
      [
        ['Pemuda', 'ORG'],
        ['Ali Ahmad', 'PER'],
      ],
      ['Pemuda/ORG', 'Ali Ahmad/PER'],
    ],
  ] as const)('stays: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
