// A statement verb in a relative clause whose head names no party (relative-clause.ts):
// "memorandum yang meminta", "pembangkang yang mendakwa". Every sentence here is written for
// these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a relative clause about a thing or an unnamed group is no statement', () => {
  it.each([
    ['a document nobody signs', '[[Rahman Ali|PER]] menerima memorandum yang meminta gaji dinaikkan.'],
    ['an unnamed group', 'Pegawai [[Majlis Daerah Kulai|ORG]] menemui peniaga yang memohon lesen baharu.'],
    ['"pihak" unnamed', 'Ada pihak yang mencadangkan [[Kulai|LOC]] dijadikan daerah baharu.'],
    ['with an adverb between', 'Kumpulan itu menolak pembangkang yang turut mendakwa [[Rahman Ali|PER]] bersalah.'],
  ])('%s', (_name, text) => {
    expect(statements(text).filter((s) => s[1] !== 'REJECT')).toEqual([]);
  });
});

describe('a relative clause about a party still reports', () => {
  it.each([
    ['a name before "yang"', '[[Rahman Ali|PER]] yang mendakwa kontraktor itu menipu hadir semalam.', [['Rahman Ali', 'ACCUSE', 'name']]],
    ['a pronoun before "yang"', '[[Siti Aminah|PER]] hadir. Beliau yang menegaskan perkara itu.', [['Siti Aminah', 'SAY', 'pronoun']]],
    [
      'a document speaking for its party',
      '[[Majlis Daerah Kulai|ORG]] mengeluarkan kenyataan yang menjelaskan perkara itu.',
      [['Majlis Daerah Kulai', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
