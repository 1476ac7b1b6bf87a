// A decided name holds no half bracket: a span starting inside a bracket joins the name before
// the "(" or goes, a span running into a bracket it does not close is cut before it
// (src/recognise/bracket-balance.ts, ANNOTATION.md section 4). Mentions are given as the model
// might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withBalancedBrackets } from '../../src/recognise/bracket-balance.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withBalancedBrackets(cols, mentions, mentionFor));
}

describe('a name with half a bracket', () => {
  it.each([
    [
      'joins the name before the bracket',
      'Mesyuarat Lembaga Pengarah (LP) Felda diadakan semalam.',
      [
        ['Lembaga Pengarah', 'ORG'],
        ['LP) Felda', 'ORG'],
      ],
      ['Lembaga Pengarah (LP) Felda/ORG'],
    ],
    [
      'keeps the label of the name before the bracket',
      'Tanah di Taman Industri Halal (TIH) Gambang dijual.',
      [
        ['Taman Industri Halal', 'LOC'],
        ['TIH) Gambang', 'ORG'],
      ],
      ['Taman Industri Halal (TIH) Gambang/LOC'],
    ],
    ['goes when no name is before the bracket', 'Timbalan Ketua Setiausaha (TKS) Dasar hadir.', [['TKS) Dasar', 'ORG']], []],
    [
      'is cut before a bracket it does not close',
      'Menteri di Jabatan Perdana Menteri (Hal Ehwal Agama) hadir.',
      [['Jabatan Perdana Menteri (Hal Ehwal Agama', 'ORG']],
      ['Jabatan Perdana Menteri/ORG'],
    ],
  ] as const)('%s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    ['a name with its short form inside', 'Barisan Nasional (BN) Johor bermesyuarat.', [['Barisan Nasional (BN) Johor', 'ORG']]],
    [
      'a short form after its name',
      'Barisan Nasional (BN) bermesyuarat.',
      [
        ['Barisan Nasional', 'ORG'],
        ['BN', 'ORG'],
      ],
    ],
  ] as const)('leaves %s alone', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(names.map(([n, l]) => `${n}/${l}`));
  });
});
