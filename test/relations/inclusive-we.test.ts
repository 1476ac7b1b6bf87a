// "Kita" is the inclusive "we" (inclusive-we.ts): a statement with "kita" as its subject is said
// by no named party alone; "saya" and "kami" inside a quotation stay the quotation's speaker.
// The rules alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('"kita" as the subject: no statement of a named party', () => {
  it.each([
    [
      'kita berharap, in a quotation',
      '“Kita berharap semua penduduk bekerjasama,” kata [[Rahman Ali|PER]].',
      [['Rahman Ali', 'SAY', 'name']],
    ],
    [
      'kita bersetuju, in a quotation',
      '[[Siti Aminah|PER]] berkata: “Kita bersetuju menaikkan elaun guru tahun depan.”',
      [['Siti Aminah', 'SAY', 'name']],
    ],
    ['kita menggesa, outside a quotation', 'Kita menggesa [[Majlis Daerah Kulai|ORG]] membaiki jalan itu.', []],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('"saya" and "kami" in a quotation stay the quotation\'s speaker', () => {
  it.each([
    ['saya menggesa', '“Saya menggesa semua penduduk bekerjasama,” kata [[Rahman Ali|PER]].', 'APPEAL'],
    ['kami menggesa', '“Kami menggesa kontraktor membaiki jalan itu,” kata [[Rahman Ali|PER]].', 'APPEAL'],
  ])('%s', (_name, text, act) => {
    expect(statements(text)).toContainEqual(['Rahman Ali', act, 'pronoun']);
  });
});
