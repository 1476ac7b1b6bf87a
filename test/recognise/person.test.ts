// Person patterns, with names made up for the tests (not in the lexicon) so that the pattern,
// not the gazetteer, must find them.
import { describe, expect, it } from 'vitest';
import { has, labelled } from './helpers.js';

describe('titles and roles before a name make it PER, the title outside the span', () => {
  it.each([
    ['a role', 'Presiden Ranora Velaski tiba semalam.', 'Ranora Velaski'],
    ['a role, a country, a comma', 'Presiden Rusia, Ranora Velaski tiba semalam.', 'Ranora Velaski'],
    ['a multiword role', 'Timbalan Perdana Menteri Kasdi Orvantu berucap.', 'Kasdi Orvantu'],
    ['an honorific chain', 'Datuk Seri Dr Kasdi Orvantu berucap.', 'Kasdi Orvantu'],
    ['Tan Sri', 'Tan Sri Razlan Hemdi hadir.', 'Razlan Hemdi'],
    [
      'Bruneian Pengiran and Pehin titles',
      'Yang Berhormat Pehin Orang Kaya Laila Setia Bakti Diraja Dato Laila Utama Awang Hazmi Tarsidi hadir.',
      'Hazmi Tarsidi',
    ],
    ['a role with a portfolio list', 'Menteri Pelancongan, Kesenian dan Kebudayaan Kasdi Orvantu berkata begitu.', 'Kasdi Orvantu'],
    ['a role with -nya (Timbalan Menterinya)', 'Timbalan Menterinya Hozan Wirtola berkata begitu.', 'Hozan Wirtola'],
    [
      'a role after a body and its acronym',
      'Ketua Pegawai Eksekutif Perbadanan Gomasi Terpadu (PGT), Datuk Razlan Hemdi berucap.',
      'Razlan Hemdi',
    ],
    ['the inner Tun belongs to the name', 'Datuk Seri Razlan Tun Hemdi hadir.', 'Razlan Tun Hemdi'],
  ])('%s', (_name, text, person) => {
    expect(has(text, 'PER', person)).toBe(true);
  });
});

describe('name particles stay inside PER spans', () => {
  it.each([
    ['bin', 'Tekanan itu disuarakan Razlan bin Hemdi semalam.', 'Razlan bin Hemdi'],
    ['binti', 'Kenyataan dibuat oleh Nurhaza binti Tarsidi semalam.', 'Nurhaza binti Tarsidi'],
    ['a/l', 'Saksi, Murugesu a/l Varathan memberi keterangan.', 'Murugesu a/l Varathan'],
    ['a/p', 'Saksi, Kamaleswari a/p Varathan memberi keterangan.', 'Kamaleswari a/p Varathan'],
    ['Mohd before the name', 'Jurulatih Mohd Razlan Hemdi kecewa.', 'Mohd Razlan Hemdi'],
  ])('%s', (_name, text, person) => {
    expect(has(text, 'PER', person)).toBe(true);
  });
});

describe('name shapes without a title', () => {
  it.each([
    ['a Malay name', 'Menurut Razlan Hemdi, projek itu siap.', 'Razlan Hemdi'],
    ['a Chinese name', 'Kenyataan Tan Wei Hozan disiarkan.', 'Tan Wei Hozan'],
    ['a Korean name', 'Ketika itu Choe Jin Hozan berada di sana.', 'Choe Jin Hozan'],
    ['a hyphenated Western name', 'Pada masa itu Jean-Marc Velaski menjawab.', 'Jean-Marc Velaski'],
  ])('%s', (_name, text, person) => {
    expect(has(text, 'PER', person)).toBe(true);
  });
  it.each([
    ['an English body name (Astro Zone)', 'Wakil Gorila Zone hadir semalam.', 'Gorila Zone'],
    ['a company with a suffix (Group)', 'Pelaburan Gorila Group meningkat.', 'Gorila Group'],
  ])('%s is not a person', (_name, text, surface) => {
    expect(has(text, 'PER', surface)).toBe(false);
  });
});

describe('in-document chains: later short mentions of a person', () => {
  it('a surname alone later is the same person', () => {
    const text = 'Menteri itu, Razlan Hemdi berkata projek itu siap. Hemdi menambah bahawa kos meningkat.';
    expect(labelled(text)).toEqual(['PER:Razlan Hemdi', 'PER:Hemdi']);
  });
  it('a given name that is also an ordinary word is a name once the full name was seen', () => {
    const text = 'Datuk Jamal Tarsidi hadir. Kemudian Jamal berucap kepada hadirin.';
    expect(labelled(text)).toContain('PER:Jamal');
  });
});

describe('a title inside a patronymic stays in the name', () => {
  it("binti Hj. (Haji) between the given name and the father's name", () => {
    expect(has('Dr. Nurhaza Velaski binti Hj. Tarsidi hadir.', 'PER', 'Nurhaza Velaski binti Hj. Tarsidi')).toBe(true);
  });
});
