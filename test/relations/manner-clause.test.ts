// A statement verb right after "dengan", "selain" or "sambil" heads a clause with no subject of
// its own (manner-clause.ts): its speaker is the subject of the clause it hangs on, not the
// nearest name before it. Every sentence here is written for these tests; the rules run alone
// (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a subjectless clause after dengan, selain, sambil: the main clause speaks', () => {
  it.each([
    [
      'dengan: the object of the main verb is not the speaker',
      '[[Majlis Daerah Kulai|ORG]] mengarahkan [[Syarikat Maju Jaya|ORG]] menutup kilang itu, dengan mendakwa sisa toksik dibuang ke sungai.',
      [
        ['Majlis Daerah Kulai', 'DEMAND', 'name'],
        ['Majlis Daerah Kulai', 'ACCUSE', 'pronoun'],
      ],
    ],
    [
      'selain with an auxiliary between',
      '[[Rahman Ali|PER]] mengarahkan [[Jabatan Kerja Raya|ORG]] membaiki jalan itu selain turut meminta laporan penuh.',
      [
        ['Rahman Ali', 'DEMAND', 'name'],
        ['Rahman Ali', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'sambil after an object that is a name',
      '[[Siti Aminah|PER]] menyambut baik keputusan [[Majlis Bandaraya Ipoh|ORG]] sambil menegaskan projek itu perlu dipantau.',
      [
        ['Siti Aminah', 'PRAISE', 'name'],
        ['Siti Aminah', 'SAY', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
