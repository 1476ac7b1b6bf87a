// A subject opened by "seorang" is an unnamed person (indefinite-speaker.ts): no statement, even
// with a place or body inside the description; a predicate "yang juga
// seorang ..." and a speaker named after the verb keep theirs. The rules alone (no learned
// model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('"seorang ..." as the subject: no named speaker', () => {
  it.each([
    ['a place inside the description', 'Seorang pegawai kanan [[Jepun|LOC]] mengakui rundingan itu sukar.'],
    ['a body inside the description', 'Seorang pemimpin [[Parti Maju Rakyat|ORG]] memberitahu pemberita bahawa mesyuarat ditangguhkan.'],
    ['salah seorang', 'Salah seorang ahli [[Majlis Daerah Kulai|ORG]] yang enggan dikenali menafikan laporan itu.'],
    ['after a clause opener', '[[Rahman Ali|PER]] hadir, manakala seorang pegawai [[Jabatan Kerja Raya|ORG]] menjelaskan kerja itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text).filter((s) => s[0] !== 'Rahman Ali')).toEqual([]);
  });
});

describe('a named speaker stays', () => {
  it.each([
    [
      'a predicate "yang juga seorang"',
      '[[Siti Aminah|PER]] yang juga seorang peguam berkata kes itu ditangguhkan.',
      [['Siti Aminah', 'SAY', 'name']],
    ],
    ['the speaker after the verb', 'Projek itu lewat, kata seorang jurutera, [[Ahmad Zaki|PER]].', [['Ahmad Zaki', 'SAY', 'name']]],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
