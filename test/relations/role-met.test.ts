// A role met, its holder named before (role-met.ts): a meeting word whose other side is a bare
// title ("bertemu Ketua Menteri") meets the person last named with that title. Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { roleMet } from '../../src/relations/role-met.js';
import { atFirstMeeting } from './helpers.js';

/** The name of the holder roleMet finds at the first meeting word, or undefined. */
function holder(marked: string): string | undefined {
  const { d, m } = atFirstMeeting(marked);
  const e = roleMet(d, m);
  return e === undefined ? undefined : d.entities[e]!.canonical;
}

const BEFORE = 'Ketua Menteri, [[Osman Bakar|PER]] melancarkan projek jalan baharu itu semalam. ';

describe('a bare title met: the person named before with it', () => {
  it.each([
    ['after the verb', 'Para penduduk kampung akan bertemu Ketua Menteri minggu depan.'],
    ['after "dengan"', '[[Persatuan Nelayan Contoh|ORG]] mahu berjumpa dengan Ketua Menteri bagi menjelaskan masalah mereka.'],
    ['at the sentence end', 'Wakil [[Persatuan Nelayan Contoh|ORG]] perlu bertemu Ketua Menteri.'],
  ])('%s', (_name, sentence) => {
    expect(holder(BEFORE + sentence)).toBe('Osman Bakar');
  });
});

describe('no holder taken', () => {
  it.each([
    ['a name after the title', 'Mereka bertemu Ketua Menteri [[Rashid Kamal|PER]] semalam.'],
    ['a word qualifying the title', 'Mereka akan bertemu pemimpin negara jiran minggu depan.'],
    ['a meeting of office holders', 'Cadangan itu dibawa ke Mesyuarat Ketua Menteri bulan depan.'],
    ['the side named is not at the meeting', '[[Rashid Kamal|PER]] tidak hadir pada pertemuan dengan Ketua Menteri semalam.'],
    ['no one named with the title before', 'Para penduduk kampung akan bertemu Perdana Menteri minggu depan.'],
  ])('%s', (_name, sentence) => {
    expect(holder(BEFORE + sentence)).toBeUndefined();
  });
});
