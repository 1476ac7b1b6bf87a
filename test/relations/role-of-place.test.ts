// A role of a place or body names a person, not the place: "kata ADUN [Salor] itu", "anggota
// parlimen [Kota Bharu] turut berkata", "Sultan [Perak] menyifatkan". The place only says whose
// role it is; the speaker is the person named with that role before, else the one speaking.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a role of a place is the person holding it', () => {
  it.each([
    [
      'kata ADUN X itu: the member named before',
      'ADUN [[Bukit Lanjan|LOC]], [[Rosli Hamid|PER]] hadir di majlis itu. "Jalan ini perlu dibaiki segera," kata ADUN [[Bukit Lanjan|LOC]] itu.',
      [['Rosli Hamid', 'SAY', 'pronoun']],
    ],
    [
      'anggota parlimen X turut berkata: the one speaking',
      '[[Zainal Abidin|PER]] berkata harga getah jatuh. Anggota parlimen [[Kuala Krai|LOC]] itu turut berkata peneroka perlu dibantu.',
      [
        ['Zainal Abidin', 'SAY', 'name'],
        ['Zainal Abidin', 'SAY', 'pronoun'],
      ],
    ],
    [
      'a bare role of a place: the person named with that role',
      'Sultan [[Perak|LOC]], [[Sultan Azlan Rahman|PER]] berangkat ke masjid itu. Sultan [[Perak|LOC]] menyifatkan masjid itu indah.',
      [['Sultan Azlan Rahman', 'SAY', 'pronoun']],
    ],
    ['nobody named with the role: no speaker', 'Pegawai [[Jepun|LOC]] berkata kapal itu telah belayar.', []],
    [
      'a title before a name still gives the name',
      'Menteri Luar [[Thailand|LOC]], [[Somchai Wong|PER]] berkata sempadan akan dibuka.',
      [['Somchai Wong', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
