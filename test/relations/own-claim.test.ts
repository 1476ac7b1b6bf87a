// "mendakwa" with the claimant himself as the claim's subject ("mendakwa dirinya ...", "mendakwa
// beliau ...") alleges no wrongdoing by another: SAY, not ACCUSE (own-claim.ts; ANNOTATION.md
// section 4). A party or anything else named as the claim's subject keeps ACCUSE. The rules alone
// (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a claim about oneself is SAY', () => {
  it.each([
    ['dirinya', '[[Kamal Idris|PER]] mendakwa dirinya tidak pernah menerima wang itu.'],
    ['beliau after bahawa', '[[Kamal Idris|PER]] mendakwa bahawa beliau sudah membayar semua hutang.'],
    ['dia', '[[Nora Salleh|PER]] mendakwa dia hanya menjalankan tugas.'],
    ['a noun with -nya', '[[Nora Salleh|PER]] mendakwa tujuannya ke pejabat itu hanya untuk bertanya.'],
    ['a verb, the claimant its subject', '[[Nora Salleh|PER]] mendakwa menjadi sasaran fitnah di laman sosial.'],
    ['an event, no party named', '[[Kamal Idris|PER]] mendakwa berlaku kesilapan teknikal semasa pengiraan undi.'],
    ['a condition', '[[Kamal Idris|PER]] mendakwa jika harga minyak naik, ramai peniaga kecil akan rugi.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([[text.includes('Kamal') ? 'Kamal Idris' : 'Nora Salleh', 'SAY', 'name']]);
  });
});

describe('a claim about another party stays ACCUSE', () => {
  it.each([
    ['a named party', '[[Kamal Idris|PER]] mendakwa [[Syarikat Maju Jaya|ORG]] gagal membayar gaji pekerja.'],
    ['a description', '[[Kamal Idris|PER]] mendakwa kontraktor itu menipu penduduk.'],
    ['an auxiliary, then a verb', '[[Kamal Idris|PER]] mendakwa telah melihat pegawai itu menerima wang.'],
    ['a capitalised body name not tagged', '[[Kamal Idris|PER]] mendakwa Berjaya Holdings menipu penduduk.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Kamal Idris', 'ACCUSE', 'name']]);
  });
});
