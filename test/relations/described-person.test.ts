// A body or place inside the lower-case words describing a person (described-person.ts):
// "pemimpin majoriti Senat, X" names X, not the Senate, as the side of a meeting. Every
// entity of the sentence is taken as a party (as a model might choose them). Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { withoutDescriptions } from '../../src/relations/described-person.js';
import { keptParties } from './helpers.js';

/** The names withoutDescriptions keeps when every entity is a party. */
const kept = (marked: string): string[] => keptParties(marked, withoutDescriptions);

describe('a body or place describing a person who meets', () => {
  it.each([
    [
      'a role noun and a lower-case word before the body, the person after a comma',
      'Rundingan antara pemimpin majoriti [[Dewan Contoh|ORG]], [[Rahman Ali|PER]] dan [[Lim Wei|PER]] gagal.',
      ['Rahman Ali', 'Lim Wei'],
    ],
    [
      'a counterpart from a country',
      'Beliau menerima kunjungan rakan sejawatannya dari [[Negara Contoh|LOC]], [[Ahmad Zaki|PER]] semalam.',
      ['Ahmad Zaki'],
    ],
    [
      'a bracket and titles between the body and the person',
      'Pertemuan itu antara [[Lim Wei|PER]] dan Menteri di [[Jabatan Contoh|ORG]] (Hal Ehwal Agama) Datuk [[Ahmad Zaki|PER]].',
      ['Lim Wei', 'Ahmad Zaki'],
    ],
  ])('dropped: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    [
      'no role noun before the body',
      '[[Kesatuan Contoh|ORG]], [[Rahman Ali|PER]] dan [[Lim Wei|PER]] bertemu semalam.',
      ['Kesatuan Contoh', 'Rahman Ali', 'Lim Wei'],
    ],
    [
      'a verb between the role noun and the body',
      'Pegawai itu bertemu [[Kesatuan Contoh|ORG]], [[Rahman Ali|PER]] dan [[Lim Wei|PER]] semalam.',
      ['Kesatuan Contoh', 'Rahman Ali', 'Lim Wei'],
    ],
    [
      'no person after the body',
      'Ketua pegawai [[Kesatuan Contoh|ORG]] bertemu [[Rahman Ali|PER]] semalam.',
      ['Kesatuan Contoh', 'Rahman Ali'],
    ],
  ])('kept: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
});
