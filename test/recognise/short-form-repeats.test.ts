// A short form defined in brackets after a name is the same body wherever else the text writes
// it alone (src/recognise/short-form-repeats.ts). Mentions are given as the model might decide
// them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withShortFormRepeats } from '../../src/recognise/short-form-repeats.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withShortFormRepeats(cols, mentions, mentionFor));
}

const DEFINED = [
  ['Majlis Belia Malaysia', 'ORG'],
  ['MBM', 'ORG'],
] as const;

describe('a short form written again after its definition', () => {
  it.each([
    ['after a verb', 'Majlis Belia Malaysia (MBM) ditubuhkan lama dahulu. Kini MBM menganjurkan kem.', 2],
    ['before a full stop and in quotes', 'Majlis Belia Malaysia (MBM) bersidang. Ketuanya memuji "MBM" dan MBM.', 3],
  ])('is the body again %s', (_name, text, times) => {
    expect(ruled(text, DEFINED)).toEqual(['Majlis Belia Malaysia/ORG', ...Array<string>(times).fill('MBM/ORG')]);
  });

  it('is the body when written with a hyphen inside', () => {
    const text = 'Gabungan Pelajar Universiti (GP-U) membantah. Menurut GP-U, yuran naik.';
    expect(
      ruled(text, [
        ['Gabungan Pelajar Universiti', 'ORG'],
        ['GP-U', 'ORG'],
      ]),
    ).toEqual(['Gabungan Pelajar Universiti/ORG', 'GP-U/ORG', 'GP-U/ORG']);
  });

  it.each([
    [
      'joined to a currency sign',
      'Amerika Syarikat (AS) meminjam AS$5 juta.',
      [
        ['Amerika Syarikat', 'LOC'],
        ['AS', 'LOC'],
      ],
    ],
    ['inside a longer word', 'Majlis Belia Malaysia (MBM) bersidang. Kumpulan MBM-Muda hadir.', DEFINED],
    ['never defined', 'MBM bersidang. Kini MBM menganjurkan kem.', [['MBM', 'ORG']]],
  ] as const)('is left alone when %s', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(names.map(([n, l]) => `${n}/${l}`));
  });
});
