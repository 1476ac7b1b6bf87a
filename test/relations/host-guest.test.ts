// A host verb that names no guest (host-guest.ts): "menyambut" a named guest is a visit
// received; "menyambut Aidilfitri", "menjadi tuan rumah sidang kemuncak" are not. Host phrases
// built on a visit noun ("menerima kunjungan hormat") keep their meeting. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { meets, partiesAsked } from './helpers.js';

describe('a host verb with a named guest receives a visit', () => {
  it.each([
    ['menyambut X', '[[Rahman Ali|PER]] menyambut [[Joko Widodo|PER]] di lapangan terbang semalam.', ['Joko Widodo', 'Rahman Ali']],
    ['menyambut ketibaan X', '[[Rahman Ali|PER]] menyambut ketibaan [[Joko Widodo|PER]] pagi tadi.', ['Joko Widodo', 'Rahman Ali']],
    [
      'menyambut kedatangan rombongan X',
      '[[Siti Aminah|PER]] menyambut kedatangan rombongan [[Kelab Belia Tani|ORG]] semalam.',
      ['Kelab Belia Tani', 'Siti Aminah'],
    ],
    [
      'a visit noun: menerima kunjungan hormat X',
      '[[Rahman Ali|PER]] menerima kunjungan hormat [[Siti Aminah|PER]] di pejabatnya.',
      ['Rahman Ali', 'Siti Aminah'],
    ],
  ])('%s', (_name, text, parties) => {
    expect(meets(text).map((m) => [m.parties, m.cameo])).toEqual([[parties, '043']]);
  });
});

describe('a host verb with no named guest receives no visit', () => {
  it.each([
    ['celebrating a festival', '[[Rahman Ali|PER]] menyambut Aidilfitri bersama keluarganya di [[Kulai|LOC]].'],
    ['celebrating an anniversary', '[[Syarikat Maju Jaya|ORG]] menyambut ulang tahun ke-20 dengan [[Rahman Ali|PER]] sebagai tetamu.'],
    ['welcoming a thing', '[[Siti Aminah|PER]] berkata penduduk menyambut dengan gembira keputusan [[Majlis Daerah Kulai|ORG]] itu.'],
    ['hosting an event', '[[Malaysia|LOC]] akan menjadi tuan rumah kejohanan itu bersama [[Singapura|LOC]].'],
  ])('%s', (_name, text) => {
    expect(meets(text)).toEqual([]);
  });
});

describe('with the learned model, no guest is looked for elsewhere', () => {
  const model = bundledRelationModel();
  const asked = (marked: string): string[] => partiesAsked(marked, model);
  it('"menyambut Aidilfitri": the party model is not asked', () => {
    expect(asked('[[Rahman Ali|PER]] berkata [[Siti Aminah|PER]] menyambut Aidilfitri di [[Kulai|LOC]].')).toEqual([]);
  });
  it('"menyambut X": the party model is asked', () => {
    expect(asked('[[Rahman Ali|PER]] berkata [[Siti Aminah|PER]] menyambut [[Joko Widodo|PER]] di [[Kulai|LOC]].')).toEqual(['menyambut']);
  });
});
