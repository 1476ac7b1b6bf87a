// A document as the one speaking: "Kenyataan itu berkata", "kata kenyataan itu", "tambah
// kenyataan itu lagi", "laporan tersebut menyebut". A statement, an article, a report or a letter
// speaks for whoever issued it: the party the text is quoting (resolved as "ia"). Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a document speaks for its issuer', () => {
  it.each([
    [
      'Kenyataan itu berkata',
      '[[Jabatan Bomba dan Penyelamat|ORG]] berkata kebakaran itu dikawal. Kenyataan itu berkata dua rumah musnah.',
      [
        ['Jabatan Bomba dan Penyelamat', 'SAY', 'name'],
        ['Jabatan Bomba dan Penyelamat', 'SAY', 'pronoun'],
      ],
    ],
    [
      'kata kenyataan itu',
      '[[Syarikat Air Perak|ORG]] memaklumkan bekalan terganggu. "Kerja pembaikan sedang dijalankan," kata kenyataan itu.',
      [
        ['Syarikat Air Perak', 'SAY', 'name'],
        ['Syarikat Air Perak', 'SAY', 'pronoun'],
      ],
    ],
    [
      'kata kenyataan media itu (a word between)',
      '[[Majlis Sukan Negara|ORG]] berkata atlet itu digantung. "Keputusan ini muktamad," kata kenyataan media itu.',
      [
        ['Majlis Sukan Negara', 'SAY', 'name'],
        ['Majlis Sukan Negara', 'SAY', 'pronoun'],
      ],
    ],
    ['nobody quoted before: no speaker', 'Kenyataan itu berkata dua rumah musnah.', []],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
