// A one-word intent trigger needs what is intended after it (intent-complement.ts): "bersedia
// menerima" is an intent, "pemain sudah bersedia." a state. Every sentence here is written for
// these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('an intent word with what is intended after it is an intent', () => {
  it.each([
    ['bersedia + verb', '[[Kelab Belia Tanjung|ORG]] bersedia menerima ahli baharu.', [['Kelab Belia Tanjung', 'INTEND', 'name']]],
    ['bersetuju + verb', '[[Majlis Daerah Kulai|ORG]] bersetuju membaiki jalan itu.', [['Majlis Daerah Kulai', 'INTEND', 'name']]],
    ['bersetuju supaya', '[[Rahman Ali|PER]] bersetuju supaya dana itu dikumpul segera.', [['Rahman Ali', 'INTEND', 'name']]],
    ['berjanji akan', '[[Siti Aminah|PER]] berjanji akan membantu penduduk.', [['Siti Aminah', 'INTEND', 'name']]],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('an intent word closing its clause is a state, no statement', () => {
  it.each([
    ['bersedia at the end of the sentence', '[[Kelab Belia Tanjung|ORG]] sudah bersedia.'],
    ['bersetuju before a comma', 'Jika [[Majlis Daerah Kulai|ORG]] bersetuju, kerja itu bermula esok.'],
    ['komited before "dan"', '[[Persatuan Nelayan Kuala Kedah|ORG]] kekal komited dan bersatu.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});
