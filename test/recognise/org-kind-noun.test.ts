// A name after a common noun for a kind of body (syarikat, firma, parti, "(NGO)", stesen minyak)
// is a body, and so is every repeat of that name in the text (src/recognise/org-kind-noun.ts).
// Mentions are given as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { withKindNounBodies } from '../../src/recognise/org-kind-noun.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

const { titles } = buildWordKnowledge(loadBundledLexicon());

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withKindNounBodies(text, cols, mentions, titles, mentionFor));
}

describe('a name after a noun for a kind of body', () => {
  it.each([
    ['a company', 'Kontrak itu diberi kepada syarikat Sinar Padu tahun lalu.', 'Sinar Padu'],
    ['a firm', 'Dokumen itu disediakan oleh firma Rahman Tan semalam.', 'Rahman Tan'],
    ['a party', 'Calon parti Suara Rakyat kalah di situ.', 'Suara Rakyat'],
    ['an NGO in brackets', 'Sebuah badan bukan kerajaan (NGO), Teman Ceria, menghulurkan bantuan.', 'Teman Ceria'],
    ['a petrol company', 'Harga di stesen minyak Petrolia tidak berubah.', 'Petrolia'],
  ])('makes %s a body', (_name, text, name) => {
    expect(ruled(text, [[name, 'PER']])).toEqual([`${name}/ORG`]);
  });

  it('makes the repeats of the name bodies too', () => {
    const text = 'Pelanggan syarikat Indah Murni marah. Indah Murni berkata masalah itu selesai.';
    expect(
      ruled(text, [
        ['Indah Murni', 'PER'],
        ['Indah Murni', 'PER'],
      ]),
    ).toEqual(['Indah Murni/ORG', 'Indah Murni/ORG']);
  });

  it('leaves a person the text also names after a title: the noun owns the name', () => {
    const text = 'Datuk Seri Rahim Omar hadir. Calon parti Rahim Omar menang.';
    expect(
      ruled(text, [
        ['Rahim Omar', 'PER'],
        ['Rahim Omar', 'PER'],
      ]),
    ).toEqual(['Rahim Omar/PER', 'Rahim Omar/PER']);
  });

  it.each([
    ['a place', 'Pelabuhan itu dibina syarikat China tahun lalu.', 'China', 'LOC'],
    ['a person after a comma', 'Peguam parti, Ahmad Fauzi, hadir di mahkamah.', 'Ahmad Fauzi', 'PER'],
    ['a person after a title', 'Pengerusi Ahmad Fauzi hadir di mahkamah.', 'Ahmad Fauzi', 'PER'],
  ] as const)('leaves %s alone', (_name, text, name, label) => {
    expect(ruled(text, [[name, label]])).toEqual([`${name}/${label}`]);
  });
});
