// "berharap untuk" + a verb is a wish about the speaker's own doing (own-wish.ts): no statement;
// "berharap agar", "berharap supaya" and "berharap X ..." urge another and stay. The rules alone
// (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('"berharap untuk" + verb: no statement', () => {
  it.each([
    ['in a quotation', '“Saya berharap untuk melawat kampung itu lagi,” kata [[Rahman Ali|PER]].', [['Rahman Ali', 'SAY', 'name']]],
    ['a named subject', '[[Siti Aminah|PER]] berharap untuk menamatkan pengajiannya tahun depan.', []],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('a hope that urges another stays', () => {
  it.each([
    ['berharap agar', '[[Siti Aminah|PER]] berharap agar majlis membaiki jalan itu.'],
    ['berharap supaya', '[[Siti Aminah|PER]] berharap supaya penduduk bersabar.'],
  ])('%s', (_name, text) => {
    expect(statements(text).map((s) => s[0])).toEqual(['Siti Aminah']);
  });
});
