// Verbs of stance read after the models (stance-verbs.ts): supporting a party or a plan is PRAISE,
// opposing it REJECT, regret, insult and questioning CRITICISE, belief and a view held SAY
// (ANNOTATION.md section 4), when a subject of their own stands before them. After "yang", a
// coordinator, another statement verb or a word of purpose they add nothing. The rules alone (no
// learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a stance verb with its own subject is a statement', () => {
  it.each([
    ['menyokong', '[[Kamal Idris|PER]] menyokong cadangan membina jeti baharu di hujung kampung.', 'PRAISE'],
    ['menentang', '[[Persatuan Nelayan Tanjung|ORG]] menentang rancangan menambak pantai di sebelah utara.', 'REJECT'],
    ['kesal', '[[Nora Salleh|PER]] kesal dengan sikap pemaju yang lambat menyiapkan rumah mereka.', 'CRITICISE'],
    ['menghina', '[[Nora Salleh|PER]] menghina cara pegawai itu melayan para peniaga kecil.', 'CRITICISE'],
    ['mempersoal', '[[Kamal Idris|PER]] mempersoal kos membaiki dewan yang terlalu tinggi.', 'CRITICISE'],
    ['percaya', '[[Nora Salleh|PER]] percaya harga ikan kering akan turun bulan depan.', 'SAY'],
    ['berpandangan', '[[Kamal Idris|PER]] berpandangan jalan ke sekolah perlu dibaiki dengan segera.', 'SAY'],
  ])('%s', (_name, text, act) => {
    expect(statements(text)).toEqual([[text.slice(2, text.indexOf('|')), act, 'name']]);
  });
});

describe('a stance verb without a subject of its own adds nothing', () => {
  it.each([
    ['after yang', '[[Kamal Idris|PER]] ditemani beberapa nelayan yang menyokong jeti baharu itu.', []],
    ['after dan', '[[Kamal Idris|PER]] membaiki bumbung surau dan menyokong usaha penduduk.', []],
    ['after a statement verb', '[[Kamal Idris|PER]] bersedia menyokong cadangan membina jeti baharu.', [['Kamal Idris', 'INTEND', 'name']]],
    ['a word of purpose', '[[Kamal Idris|PER]] datang ke padang untuk menyokong pasukan kampungnya.', []],
    ['no name', 'Ramai penduduk menyokong rancangan membina jeti baharu di hujung kampung.', []],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
