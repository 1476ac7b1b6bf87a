// "ahli/anggota Parlimen" is a member's role: "Parlimen" there is no body, the constituency after
// it a place (src/recognise/member-of-parliament.ts). Mentions are given as the model might
// decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withMembersOfParliament } from '../../src/recognise/member-of-parliament.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withMembersOfParliament(cols, mentions, mentionFor));
}

describe('a member of parliament', () => {
  it.each([
    ['the role alone', 'Tiga anggota Parlimen pembangkang keluar dewan.', [['Parlimen', 'ORG']], []],
    ['the role with a seat', 'Dia bekas ahli Parlimen Kota Tinggi.', [['Parlimen Kota Tinggi', 'ORG']], ['Kota Tinggi/LOC']],
  ] as const)('is the role: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    ['the body', 'Usul itu dibawa ke Parlimen minggu depan.', [['Parlimen', 'ORG']], ['Parlimen/ORG']],
    ['a member of another body', 'Dia anggota Dewan Rakyat sejak 2008.', [['Dewan Rakyat', 'ORG']], ['Dewan Rakyat/ORG']],
  ] as const)('stays: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
