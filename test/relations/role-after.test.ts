// An attribution naming a role alone after its verb ("Menurut Perdana Menteri, ...", "..., kata
// Timbalan Menteri.") is the role's holder: the person last named with that title (role-after.ts).
// A name after the role is the speaker itself; plain words after the verb name nobody. The rules
// alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a role alone after an attribution is its holder', () => {
  it.each([
    [
      'menurut + role + comma',
      'Menteri Besar, [[Hamid Yusof|PER]] melawat kampung itu. Menurut Menteri Besar, jambatan baharu akan dibina.',
      [['Hamid Yusof', 'SAY', 'pronoun']],
    ],
    [
      'kata + role at the end of the sentence',
      'Timbalan Menteri, [[Hamid Yusof|PER]] hadir. "Jambatan itu akan siap tahun depan," kata Timbalan Menteri.',
      [['Hamid Yusof', 'SAY', 'pronoun']],
    ],
    [
      'a name after the role is the speaker',
      '[[Hamid Yusof|PER]] hadir. "Jambatan itu akan siap," kata Menteri Kerja Raya, [[Zulkifli Omar|PER]].',
      [['Zulkifli Omar', 'SAY', 'name']],
    ],
    ['plain words after the verb: nobody', '[[Hamid Yusof|PER]] hadir. Menurut pegawai kanan jabatan, jambatan itu retak.', []],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
