// Trigger rows of lexicons/src/relations/triggers.tsv for an intent with its complement
// ("merancang untuk", "berminat untuk", "terbuka untuk": INTEND, as "bersedia untuk"), an
// expectation ("menjangkakan": SAY), a lashing out ("menghentam": CRITICISE, as membidas) and a
// welcome in the passive ("disambut baik oleh X": PRAISE, as menyambut baik). Every sentence here
// is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the act of the row, the speaker where its frame wants it', () => {
  it.each([
    ['merancang untuk', '[[Majlis Daerah Kulai|ORG]] merancang untuk membina dewan baharu tahun depan.', 'Majlis Daerah Kulai', 'INTEND'],
    ['berminat untuk', '[[Rahman Ali|PER]] berminat untuk bertanding di kerusi itu.', 'Rahman Ali', 'INTEND'],
    [
      'terbuka untuk',
      '[[Persatuan Nelayan Kuala Kedah|ORG]] terbuka untuk berunding dengan pemaju.',
      'Persatuan Nelayan Kuala Kedah',
      'INTEND',
    ],
    ['menjangkakan', '[[Siti Aminah|PER]] menjangkakan harga beras naik bulan depan.', 'Siti Aminah', 'SAY'],
    ['menghentam', '[[Rahman Ali|PER]] menghentam majlis itu kerana lambat membaiki jalan.', 'Rahman Ali', 'CRITICISE'],
    ['disambut baik oleh X', 'Cadangan itu disambut baik oleh [[Siti Aminah|PER]] semalam.', 'Siti Aminah', 'PRAISE'],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text)).toEqual([[speaker, act, 'name']]);
  });
});

describe('no statement', () => {
  it.each([
    ['"tidak berminat untuk": negated', '[[Rahman Ali|PER]] tidak berminat untuk bertanding lagi.'],
    ['"disambut baik" with no agent named', 'Cadangan [[Rahman Ali|PER]] itu disambut baik.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});
