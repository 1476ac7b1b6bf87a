// A meeting told again (told-again.ts): a meeting noun whose phrase closes with a demonstrative
// after words describing it points back at a meeting told before. Every sentence here is written
// for these tests.
import { describe, expect, it } from 'vitest';
import { toldAgain } from '../../src/relations/told-again.js';
import { atFirstMeeting } from './helpers.js';

/** toldAgain at the first meeting word of the sentence. */
function again(marked: string): boolean {
  const { d, trig, m } = atFirstMeeting(marked);
  return toldAgain(d, trig, m);
}

describe('a meeting told again', () => {
  it.each([
    ['words describing it before "itu"', 'Pertemuan ringkas selama sejam itu membincangkan soal harga beras.'],
    ['a count of those who met', 'Pertemuan kedua-dua mereka itu berlangsung di sebuah hotel.'],
    ['two meeting words for one meeting', '[[Rahman Ali|PER]] tidak tahu isi perbincangan atau pertemuan itu.'],
    ['"tersebut" closes the phrase', 'Rundingan dua hala tersebut berakhir tanpa sebarang persetujuan.'],
    [
      '"antara lain" after it: among other things',
      'Pertemuan tertutup selama sejam itu antara lain menyentuh kerjasama perdagangan antara [[Malaysia|LOC]] dan [[Vietnam|LOC]].',
    ],
    ['one person named right before "itu"', 'Penduduk tahu lawatan [[Ahmad Zaki|PER]] itu tidak membawa sebarang perubahan.'],
    ['past the words describing it', 'Kenyataan itu dikeluarkan sempena kunjungan hormat [[Ahmad Zaki|PER]] tersebut pagi tadi.'],
    ['one person after "dengan"', 'Pertemuan dengan [[Ahmad Zaki|PER]] itu berlangsung lancar.'],
  ])('told again: %s', (_name, text) => {
    expect(again(text)).toBe(true);
  });
  it.each([
    ['a body after "dengan" inside the phrase', 'Pertemuan dengan [[Syarikat Contoh|ORG]] itu berlangsung lancar.'],
    ['a body named inside the phrase', 'Mesyuarat [[Kabinet|ORG]] itu bersetuju dengan cadangan tersebut.'],
    ['a person, then the other side after "itu"', 'Pertemuan [[Ahmad Zaki|PER]] itu dengan [[Siti Aminah|PER]] berlangsung mesra.'],
    ['a body described by its head noun', 'Rundingan parti itu dan [[Parti Contoh|ORG]] belum selesai.'],
    [
      'the parties after the demonstrative',
      'Esok [[Siti Aminah|PER]] bakal meneruskan perbincangan ringkas tersebut masing-masing dengan [[Jepun|LOC]] dan [[Korea|LOC]].',
    ],
    ['a clause after "dan"', '[[Kabinet|ORG]] akan mengadakan mesyuarat pertama esok dan kerajaan akan memutuskan hal itu.'],
    ['an auxiliary before the demonstrative', 'Mesyuarat khas akan diadakan bagi membincangkan isu itu.'],
    ['"antara" naming the sides after it', 'Pertemuan ringkas itu antara [[Malaysia|LOC]] dan [[Vietnam|LOC]] berlangsung di Hanoi.'],
  ])('a meeting of its own: %s', (_name, text) => {
    expect(again(text)).toBe(false);
  });
});
