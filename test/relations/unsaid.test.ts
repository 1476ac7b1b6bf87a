// A statement verb after a word of purpose, intent, need, ability or a time clause (unsaid.ts):
// "untuk menjelaskan", "akan mengumumkan", "ketika berucap" name no statement made here. Every
// sentence here is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a statement verb after a purpose, modal or time-clause word is not a statement', () => {
  it.each([
    ['purpose "untuk"', '[[Rahman Ali|PER]] hadir ke pejabat itu untuk menjelaskan kedudukan syarikatnya.'],
    ['purpose "bagi"', '[[Siti Aminah|PER]] mengadakan sidang media bagi menjawab soalan wartawan.'],
    ['future "akan"', '[[Majlis Daerah Kulai|ORG]] akan mengumumkan keputusan itu minggu depan.'],
    ['intent "mahu"', '[[Rahman Ali|PER]] mahu memberitahu rakyat tentang rancangan itu.'],
    ['need "perlu"', '[[Majlis Daerah Kulai|ORG]] perlu menjelaskan perkara itu kepada penduduk.'],
    ['ability "boleh"', '[[Syarikat Maju Jaya|ORG]] boleh memohon pinjaman itu tahun ini.'],
    ['time clause "ketika"', '[[Rahman Ali|PER]] tiba di dewan itu ketika berucap tentang ekonomi.'],
    ['"tanpa"', '[[Siti Aminah|PER]] menyiasat perkara itu tanpa meminta bantuan sesiapa.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
  it.each([
    ['a plain report', '[[Rahman Ali|PER]] menjelaskan kedudukan syarikatnya semalam.', [['Rahman Ali', 'SAY', 'name']]],
    ['an auxiliary of the past', '[[Siti Aminah|PER]] telah mengumumkan keputusan itu.', [['Siti Aminah', 'SAY', 'name']]],
    ['an adverb of addition', '[[Rahman Ali|PER]] juga meminta penduduk bersabar.', [['Rahman Ali', 'APPEAL', 'name']]],
  ])('still a statement: %s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
