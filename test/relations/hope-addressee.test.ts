// "berharap" with a party opening the hoped clause ("berharap kerajaan akan ...", "berharap agar
// semua pihak ...", "berharap beliau dapat ...") urges that party to act: APPEAL (hope-addressee.ts;
// ANNOTATION.md section 4). A hope about a thing stays as the act classifier (here the lexicon) has
// it. The rules alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a hope that a party will act is APPEAL', () => {
  it.each([
    ['a name', '[[Kamal Idris|PER]] berharap [[Majlis Bandaraya Ipoh|ORG]] akan membaiki jalan kampung itu.'],
    ['agar and a group word', '[[Kamal Idris|PER]] berharap agar penduduk tidak membuang sampah ke dalam sungai.'],
    ['a quantifier', '[[Kamal Idris|PER]] berharap semua pemandu lebih berhati-hati pada musim hujan.'],
    ['an organisation head', '[[Kamal Idris|PER]] berharap kerajaan negeri dapat menambah bilangan bas.'],
    ['a reduplicated plural', '[[Kamal Idris|PER]] berharap negara-negara jiran membantu mangsa banjir.'],
    ['kedua-dua pihak', '[[Kamal Idris|PER]] berharap kedua-dua pihak berunding semula minggu depan.'],
    ['a person pronoun', '[[Kamal Idris|PER]] berharap mereka segera membayar pampasan itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Kamal Idris', 'APPEAL', 'name']]);
  });
});

describe('a hope about a thing is left as it is', () => {
  it.each([
    ['a plain noun', '[[Nora Salleh|PER]] berharap masalah bekalan air itu selesai sebelum hujung bulan.'],
    ['dapat', '[[Nora Salleh|PER]] berharap dapat menamatkan kursus itu tahun depan.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Nora Salleh', 'SAY', 'name']]);
  });
});
