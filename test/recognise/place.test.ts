import { describe, expect, it } from 'vitest';
import { has, labelled } from './helpers.js';

describe('places from the gazetteer', () => {
  it.each([
    ['a country', 'Delegasi itu tiba di Rusia.', 'Rusia'],
    ['a two-word country', 'Korea Selatan menggesa perdamaian.', 'Korea Selatan'],
    ['a Malay short form (AS)', 'Pegawai AS enggan mengulas.', 'AS'],
    ['a capital standing for its government', 'Washington menolak cadangan itu.', 'Washington'],
    ['a Malay exonym', 'Penerbangan ke Kaherah dibatalkan.', 'Kaherah'],
    ['a metonym (Kremlin)', 'Jurucakap Kremlin menafikannya.', 'Kremlin'],
    ['a place with a clitic, the clitic outside (Asianya)', 'Negara itu mengukuhkan sekutu Asianya.', 'Asia'],
    ['a place with a compass word after it', 'Banjir melanda Jawa Timur semalam.', 'Jawa Timur'],
  ])('%s', (_name, text, place) => {
    expect(has(text, 'LOC', place)).toBe(true);
  });
});

describe('datelines', () => {
  it.each([
    ['an upper-case city and a date', 'PYONGYANG, 21 JAN – Kenyataan dikeluarkan.', 'PYONGYANG'],
    ['a two-word city and a date with a dot', 'KUALA LUMPUR 11 Okt. - Kenyataan dikeluarkan.', 'KUALA LUMPUR'],
    ['a three-word city', 'BANDAR SERI BEGAWAN, 5 Mac - Kenyataan dikeluarkan.', 'BANDAR SERI BEGAWAN'],
    ['a city unknown to the gazetteer', 'GOMASI JAYA, 5 Mac - Kenyataan dikeluarkan.', 'GOMASI JAYA'],
  ])('%s', (_name, text, place) => {
    expect(has(text, 'LOC', place)).toBe(true);
  });
});

describe('place head nouns and location cues', () => {
  it.each([
    ['a village', 'Penduduk Kampung Gomasi membantah.', 'Kampung Gomasi'],
    ['a stadium with a city in its name', 'Perlawanan di Stadium Shah Alam ditunda.', 'Stadium Shah Alam'],
    ['a hospital', 'Dia dirawat di Hospital Pakar Velaski Puteri semalam.', 'Hospital Pakar Velaski Puteri'],
    ['a place after "di" that the gazetteer lacks', 'Kilang baharu dibina di Gomasijaya tahun ini.', 'Gomasijaya'],
  ])('%s', (_name, text, place) => {
    expect(has(text, 'LOC', place)).toBe(true);
  });
  it('a place inside an ORG name is part of the ORG, not annotated on its own', () => {
    expect(labelled('Kementerian Luar Korea Utara berkata begitu.')).toEqual(['ORG:Kementerian Luar Korea Utara']);
  });
  it('a country inside a title is annotated on its own', () => {
    expect(labelled('Presiden Rusia, Ranora Velaski tiba.')).toEqual(['LOC:Rusia', 'PER:Ranora Velaski']);
  });
  it.each([
    ['a sentence-initial ordinary word that a city is also named (Itu)', 'Itu penegasan beliau semalam.'],
    ['a small town named like an ordinary word without a cue (Surat)', 'Surat itu dihantar semalam.'],
    ['a country short form before a dollar sign', 'Kos projek AS $ 130 juta.'],
  ])('%s', (_name, text) => {
    expect(labelled(text)).toEqual([]);
  });
});

describe('text written all in one case', () => {
  it('all lower case: the case-folded gazetteer still finds names that are no ordinary words', () => {
    expect(labelled('menteri luar korea utara tiba di kuala lumpur semalam untuk bertemu rakan sejawatnya dari rusia.')).toEqual([
      'LOC:korea utara',
      'LOC:kuala lumpur',
      'LOC:rusia',
    ]);
  });
  it('all capitals: no word is taken for an acronym just for its capitals', () => {
    const found = labelled('MENTERI LUAR KOREA UTARA TIBA DI KUALA LUMPUR SEMALAM UNTUK BERTEMU RAKAN SEJAWATNYA.');
    expect(found).toContain('LOC:KUALA LUMPUR');
    expect(found.filter((e) => e.startsWith('ORG:'))).toEqual([]);
  });
});
