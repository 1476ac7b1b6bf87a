// A light verb with a speech-act noun performs the act of the noun's verb: "menyampaikan hasrat"
// (INTEND, as menyatakan hasrat), "mengemukakan cadangan" (APPEAL, as mencadangkan), "mengulangi
// sokongan" (PRAISE, as menyatakan sokongan), "mengeluarkan amaran" (THREATEN, as memberi
// amaran), "melontarkan persoalan" (CRITICISE, as mempersoalkan). Phrase rows of
// lexicons/src/relations/triggers.tsv; up to two words may stand between verb and noun. Every
// sentence here is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a light verb and a speech-act noun: the act of the noun', () => {
  it.each([
    ['menyampaikan hasrat', '[[Rahman Ali|PER]] menyampaikan hasrat untuk bertanding semula.', 'INTEND'],
    ['mengemukakan cadangan', '[[Persatuan Pengguna Pahang|ORG]] mengemukakan cadangan agar harga ayam dikawal.', 'APPEAL'],
    ['membuat saranan', '[[Siti Aminah|PER]] membuat beberapa saranan supaya jalan itu dibaiki.', 'APPEAL'],
    ['mengeluarkan syor', '[[Majlis Daerah Kulai|ORG]] mengeluarkan syor supaya gerai itu dipindahkan.', 'APPEAL'],
    ['mengulangi gesaan', '[[Rahman Ali|PER]] mengulangi gesaan agar penduduk berpindah.', 'APPEAL'],
    ['mengulangi sokongan, with -nya on the noun', '[[Rahman Ali|PER]] mengulangi sokongannya terhadap dasar itu.', 'PRAISE'],
    ['meluahkan sokongan', '[[Siti Aminah|PER]] meluahkan sokongan penuh kepada pasukan negeri.', 'PRAISE'],
    ['menyatakan penghargaan', '[[Majlis Daerah Kulai|ORG]] menyatakan penghargaan kepada para sukarelawan.', 'PRAISE'],
    ['merakamkan penghargaan', '[[Siti Aminah|PER]] merakamkan setinggi-tinggi penghargaan kepada pasukan bomba.', 'PRAISE'],
    ['mengeluarkan amaran', '[[Jabatan Meteorologi Kedah|ORG]] mengeluarkan amaran kepada nelayan.', 'THREATEN'],
    ['melontarkan persoalan', '[[Rahman Ali|PER]] melontarkan persoalan tentang kos projek itu.', 'CRITICISE'],
  ])('%s', (_name, text, act) => {
    expect(statements(text).map((s) => s[1])).toEqual([act]);
  });
});
