// A short form in brackets straight after a decided body or place is its own mention with the
// name's label (src/recognise/bracket-short-form.ts, ANNOTATION.md section 4): "Persatuan
// Peniaga Kecil Malaysia (PPKM)" -> ORG and ORG. Mentions are given as the model would decide
// them, so the rule is checked alone, whatever the model.
import { describe, expect, it } from 'vitest';
import { withBracketedShortForms } from '../../src/recognise/bracket-short-form.js';
import { type Mention, newMention } from '../../src/recognise/mention.js';
import { segment } from '../../src/tokenize/index.js';
import type { EntityLabel } from '../../src/types.js';

const NON_ENTITIES = new Set(['NGO', 'MoU', 'PBT']);

/** The mention texts after the rule, given the decided names (text, label) in order. */
function mentionsAfterRule(text: string, decided: readonly (readonly [string, EntityLabel])[]): string[] {
  const { tokens } = segment(text);
  const mentionOf = (k: number, e: number, label: EntityLabel, score: number): Mention =>
    newMention(tokens[k]!.start, tokens[e - 1]!.end, k, e, label, 'model', score);
  const mentions = decided.map(([name, label]) => {
    const start = text.indexOf(name);
    const k = tokens.findIndex((t) => t.start === start);
    const e = tokens.findIndex((t) => t.end === start + name.length) + 1;
    return mentionOf(k, e, label, 0.9);
  });
  return withBracketedShortForms(segment(text).columns, mentions, NON_ENTITIES, mentionOf).map(
    (m) => `${text.slice(m.start, m.end)}/${m.label}`,
  );
}

describe('a bracketed short form after a decided name', () => {
  it.each([
    [
      'an association and its acronym',
      'Persatuan Peniaga Kecil Malaysia (PPKM) membantah cadangan itu.',
      [['Persatuan Peniaga Kecil Malaysia', 'ORG']],
      ['Persatuan Peniaga Kecil Malaysia/ORG', 'PPKM/ORG'],
    ],
    [
      'a short form written as a word',
      'Lembaga Air Bukit Merah (Labum) menaikkan tarif.',
      [['Lembaga Air Bukit Merah', 'ORG']],
      ['Lembaga Air Bukit Merah/ORG', 'Labum/ORG'],
    ],
    [
      'a hyphenated short form',
      'Gabungan Pelajar Institut Tinggi (GP-IT) berhimpun semalam.',
      [['Gabungan Pelajar Institut Tinggi', 'ORG']],
      ['Gabungan Pelajar Institut Tinggi/ORG', 'GP-IT/ORG'],
    ],
    [
      'a lower-case letter before a capital',
      'Ikatan Guru Desa Malaysia (iGuDM) mengadakan mesyuarat.',
      [['Ikatan Guru Desa Malaysia', 'ORG']],
      ['Ikatan Guru Desa Malaysia/ORG', 'iGuDM/ORG'],
    ],
    [
      'a place keeps its label',
      'Penduduk Wilayah Persekutuan Labuan (WPL) keluar mengundi.',
      [['Wilayah Persekutuan Labuan', 'LOC']],
      ['Wilayah Persekutuan Labuan/LOC', 'WPL/LOC'],
    ],
    [
      'two names, each with its short form, in order',
      'Majlis Belia Negeri (MBN) dan Kelab Sukan Kampung (KSK) bersetuju.',
      [
        ['Majlis Belia Negeri', 'ORG'],
        ['Kelab Sukan Kampung', 'ORG'],
      ],
      ['Majlis Belia Negeri/ORG', 'MBN/ORG', 'Kelab Sukan Kampung/ORG', 'KSK/ORG'],
    ],
  ] as const)('%s', (_name, text, decided, expected) => {
    expect(mentionsAfterRule(text, decided)).toEqual(expected);
  });

  it.each([
    ['a person', 'Ahmad Kamal (AK) berkata begitu.', [['Ahmad Kamal', 'PER']]],
    ['a one-word name', 'Wisma (WM) dibuka.', [['Wisma', 'ORG']]],
    ['a word the lexicon calls no entity', 'Persatuan Pengguna Bebas (NGO) itu bersuara.', [['Persatuan Pengguna Bebas', 'ORG']]],
    ['two words in the brackets', 'Majlis Belia Negeri (Sidang Khas) bermula.', [['Majlis Belia Negeri', 'ORG']]],
    ['a lower-case word in the brackets', 'Majlis Belia Negeri (dahulu) bermula.', [['Majlis Belia Negeri', 'ORG']]],
    ['a space inside the brackets', 'Majlis Belia Negeri ( MBN ) bermula.', [['Majlis Belia Negeri', 'ORG']]],
  ] as const)('nothing added after %s', (_name, text, decided) => {
    expect(mentionsAfterRule(text, decided)).toEqual(decided.map(([n, l]) => `${n}/${l}`));
  });

  it('leaves a short form a mention already covers', () => {
    const text = 'Majlis Belia Negeri (MBN) bermula.';
    expect(
      mentionsAfterRule(text, [
        ['Majlis Belia Negeri', 'ORG'],
        ['MBN', 'LOC'],
      ]),
    ).toEqual(['Majlis Belia Negeri/ORG', 'MBN/LOC']);
  });
});
