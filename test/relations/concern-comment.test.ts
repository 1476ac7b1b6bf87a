// A concern stated about a matter ("menyatakan kebimbangan jika ...") is a comment: SAY; a concern
// aimed at a party ("kebimbangan terhadap X") stays CRITICISE (concern-comment.ts; the cues file's
// CAMEO 012 is in the 01 family of public statements). The rules alone (no learned model). Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a concern stated about a matter is SAY', () => {
  it.each([
    ['menyatakan kebimbangan jika', '[[Rosli Hamid|PER]] menyatakan kebimbangan jika harga ikan terus naik bulan depan.'],
    ['melahirkan kebimbangannya', '[[Rosli Hamid|PER]] melahirkan kebimbangannya berhubung banjir di kampung itu.'],
    ['menyuarakan kebimbangan', '[[Rosli Hamid|PER]] menyuarakan kebimbangan mengenai jalan yang rosak.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Rosli Hamid', 'SAY', 'name']]);
  });
});

describe('a concern aimed at a party stays CRITICISE', () => {
  it.each([
    ['terhadap a name', '[[Jepun|LOC]] menyatakan kebimbangan terhadap [[Korea Utara|LOC]] selepas ujian peluru itu.'],
    ['kepada a name', '[[Jepun|LOC]] menyatakan kebimbangan kepada kerajaan [[Korea Utara|LOC]] tentang ujian itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text).map(([s, a]) => [s, a])).toEqual([['Jepun', 'CRITICISE']]);
  });
});
