// Fixed phrases that begin with a statement verb but say nothing: "sedia ada" (existing), "sedia
// maklum" (as is known), "menambah baik" (to improve), "menuntut ilmu" (to seek knowledge),
// "meminta diri" (to take one's leave), "menurut Seksyen 5" (pursuant to a law), "dengan kata
// lain" (in other words), and an apology ("meminta maaf"): none of the acts, and no appeal. Rows
// of type NONE in lexicons/src/relations/triggers.tsv. Every sentence here is written for these
// tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a fixed phrase is no statement', () => {
  it.each([
    ['sedia ada = existing', '[[Syarikat Maju Jaya|ORG]] sedia ada akan digabungkan dengan anak syarikatnya.'],
    ['sedia maklum = as is known', 'Seperti sedia maklum, [[Majlis Bandaraya Ipoh|ORG]] akan menutup jalan itu esok.'],
    ['sedia maklum after a subject', '[[Majlis Bandaraya Ipoh|ORG]] sedia maklum tentang masalah itu.'],
    ['menambah baik = to improve', '[[Majlis Bandaraya Ipoh|ORG]] menambah baik sistem saliran di pusat bandar.'],
    ['menuntut ilmu = to seek knowledge', '[[Aminah Kassim|PER]] menuntut ilmu di sebuah pondok di Kedah.'],
    ["meminta diri = to take one's leave", '[[Rashid Omar|PER]] kemudian meminta diri untuk pulang.'],
    ['dalam erti kata lain = in other words', 'Dalam erti kata lain, [[Kedah|LOC]] akan menerima peruntukan lebih besar.'],
    ['menurut Perkara = pursuant to an article', 'Pelantikan itu dibuat menurut Perkara 43 [[Perlembagaan Persekutuan|ORG]].'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('the trigger word alone still is one', () => {
  it.each([
    [
      'sedia = ready to',
      '[[Kelab Bola Sepak Kuala Kangsar|ORG]] sedia berunding dengan pemain itu.',
      [['Kelab Bola Sepak Kuala Kangsar', 'INTEND', 'name']],
    ],
    ['menurut a party', 'Menurut [[Faridah Hamzah|PER]], harga sayur naik minggu ini.', [['Faridah Hamzah', 'SAY', 'name']]],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('an apology is none of the acts (and no appeal)', () => {
  it.each([
    ['meminta maaf', '[[Zulkifli Ahmad|PER]] meminta maaf kepada penduduk atas gangguan bekalan air.'],
    ['memohon maaf', '[[Syarikat Air Perak|ORG]] memohon maaf atas kelewatan itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('objecting to a proposal or decision is REJECT (ANNOTATION.md section 4)', () => {
  it.each([['membantah', '[[Persatuan Pengguna Pulau Pinang|ORG]] membantah cadangan menaikkan tambang bas.']])('%s', (_name, text) => {
    expect(statements(text).map(([, act]) => act)).toEqual(['REJECT']);
  });
});
