// A sitting of a court or a legislature (sitting.ts): judges sitting together, a parliamentary
// sitting named by its term, is no meeting. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { isSitting } from '../../src/relations/sitting.js';
import { atFirstMeeting } from './helpers.js';

/** isSitting at the first meeting word of the sentence. */
function sitting(marked: string): boolean {
  const { d, m } = atFirstMeeting(marked);
  return isSitting(d, m);
}

describe('a sitting of a court or a legislature', () => {
  it.each([
    ['judges sitting together', 'Panel lima hakim yang bersidang bersama [[Aminah Salleh|PER]] menolak rayuan itu.'],
    ['a court sitting', 'Mahkamah Rayuan akan bersidang semula pada bulan depan.'],
    ['a parliamentary term', 'Rang undang-undang itu dibentangkan pada Mesyuarat Pertama Penggal Kedua [[Dewan Rakyat|ORG]].'],
    ['a state assembly sitting', 'Persidangan Mesyuarat Ketiga Penggal Keempat [[Dewan Undangan Negeri Johor|ORG]] bermula esok.'],
  ])('a sitting: %s', (_name, text) => {
    expect(sitting(text)).toBe(true);
  });
  it.each([
    ['parties sitting to talk', '[[Parti Contoh|ORG]] akan bersidang dengan [[Kesatuan Pekerja|ORG]] minggu depan.'],
    ['a meeting of a body', 'Mesyuarat [[Kabinet|ORG]] pada Rabu membincangkan harga minyak.'],
    ['a conference', 'Persidangan antarabangsa itu dihadiri wakil dari [[Jepun|LOC]].'],
  ])('a meeting: %s', (_name, text) => {
    expect(sitting(text)).toBe(false);
  });
});
