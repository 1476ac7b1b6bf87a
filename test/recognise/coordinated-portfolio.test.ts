// A body's name that lists its portfolios ("Kementerian Pelancongan, Seni dan Budaya") is one ORG
// up to the capitalised words after its "dan" (src/recognise/coordinated-portfolio.ts). Mentions
// are given as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { withCoordinatedPortfolios } from '../../src/recognise/coordinated-portfolio.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

const { orgHeads, titles } = buildWordKnowledge(loadBundledLexicon());

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withCoordinatedPortfolios(text, cols, mentions, orgHeads, titles, mentionFor));
}

describe('a body listing its portfolios', () => {
  it.each([
    [
      'commas and a last "dan"',
      'Kenyataan itu dikeluarkan oleh Kementerian Pelancongan, Seni dan Budaya semalam.',
      [['Kementerian Pelancongan', 'ORG']],
      ['Kementerian Pelancongan, Seni dan Budaya/ORG'],
    ],
    ['one "dan"', 'Pegawai Jabatan Tanah dan Galian tiba awal pagi.', [['Jabatan Tanah', 'ORG']], ['Jabatan Tanah dan Galian/ORG']],
    [
      'the tail taken for a name of its own',
      'Majlis Sukan, Belia dan Kebudayaan Negeri membuka pendaftaran.',
      [
        ['Majlis Sukan', 'ORG'],
        ['Kebudayaan Negeri', 'ORG'],
      ],
      ['Majlis Sukan, Belia dan Kebudayaan Negeri/ORG'],
    ],
    [
      'two states after the body',
      'Wakil Lembaga Hutan Perak dan Kedah turut hadir.',
      [
        ['Lembaga Hutan Perak', 'ORG'],
        ['Kedah', 'LOC'],
      ],
      ['Lembaga Hutan Perak dan Kedah/ORG'],
    ],
  ] as const)('is one name: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    [
      'a second body with its own head',
      'Jabatan Perhutanan dan Jabatan Alam Sekitar memantau kawasan itu.',
      [
        ['Jabatan Perhutanan', 'ORG'],
        ['Jabatan Alam Sekitar', 'ORG'],
      ],
      ['Jabatan Perhutanan/ORG', 'Jabatan Alam Sekitar/ORG'],
    ],
    [
      'an acronym after "dan"',
      'Jabatan Perikanan dan LKM akan bertemu nelayan.',
      [
        ['Jabatan Perikanan', 'ORG'],
        ['LKM', 'ORG'],
      ],
      ['Jabatan Perikanan/ORG', 'LKM/ORG'],
    ],
    [
      'a title after "dan"',
      'Ucapan disampaikan oleh Majlis Peguam dan Peguam Negara pagi tadi.',
      [['Majlis Peguam', 'ORG']],
      ['Majlis Peguam/ORG'],
    ],
    [
      'a person after "dan"',
      'Kementerian Kewangan dan Ahmad Kamil berbincang semalam.',
      [
        ['Kementerian Kewangan', 'ORG'],
        ['Ahmad Kamil', 'PER'],
      ],
      ['Kementerian Kewangan/ORG', 'Ahmad Kamil/PER'],
    ],
    [
      'a name closed by "Negara"',
      'Perjanjian antara Bank Simpanan Negara dan Amanah Saham Rakyat ditandatangani.',
      [
        ['Bank Simpanan Negara', 'ORG'],
        ['Amanah Saham Rakyat', 'ORG'],
      ],
      ['Bank Simpanan Negara/ORG', 'Amanah Saham Rakyat/ORG'],
    ],
    [
      'a long name, complete before its "dan"',
      'Sesi itu dianjurkan Majlis Belia Tani Negeri Pahang dan Kelab Rekreasi Pekan.',
      [
        ['Majlis Belia Tani Negeri Pahang', 'ORG'],
        ['Kelab Rekreasi Pekan', 'ORG'],
      ],
      ['Majlis Belia Tani Negeri Pahang/ORG', 'Kelab Rekreasi Pekan/ORG'],
    ],
    [
      'no "dan" closing the list',
      'Kementerian Belia, Sukan, Kebudayaan, Sejarah, Warisan, Alam bertemu.',
      [['Kementerian Belia', 'ORG']],
      ['Kementerian Belia/ORG'],
    ],
    [
      'a line break before the list goes on',
      'Jabatan Kerja Raya\ndan Pengangkutan Awam',
      [['Jabatan Kerja Raya', 'ORG']],
      ['Jabatan Kerja Raya/ORG'],
    ],
  ] as const)('is left alone: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
