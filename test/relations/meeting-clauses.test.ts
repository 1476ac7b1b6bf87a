// MEET across clauses (issue #17): the subject of a meeting in a time adjunct after a
// statement, places that are never parties, a clause past a statement verb with a subject
// nobody names, and the meeting words added to the trigger lexicon. The rules alone (no
// learned model), but for one filter that holds whatever the model chooses. Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { parseIsoDate } from '../../src/tokenize/dates.js';
import { meets } from './helpers.js';

const opts = { ref: parseIsoDate('2024-05-15')! };
const parties = (text: string): string[][] => meets(text, opts).map((m) => m.parties);

describe('a time adjunct after a statement: its unsaid subject is the speaker', () => {
  it.each([
    [
      'katanya ... selepas mempengerusikan mesyuarat X (light verb + meeting noun)',
      '“Kami akan umumkan keputusannya,” kata [[Rahman Ali|PER]]. “Semua setuju,” katanya pada sidang media selepas mempengerusikan mesyuarat [[Majlis Tindakan Ekonomi|ORG]] di sini.',
      [['Majlis Tindakan Ekonomi', 'Rahman Ali']],
    ],
    [
      'katanya kepada pemberita ketika melawat X (visit verb)',
      '“Sekolah ini perlu dibaiki,” kata [[Siti Aminah|PER]]. “Bumbungnya bocor,” katanya kepada pemberita ketika melawat [[Sekolah Kebangsaan Bukit Tinggi|ORG]] hari ini.',
      [['Sekolah Kebangsaan Bukit Tinggi', 'Siti Aminah']],
    ],
    [
      'katanya selepas mesyuarat X (the meeting noun alone)',
      '“Kabinet akan membincangkannya,” kata [[Rahman Ali|PER]]. “Ia penting,” katanya dalam sidang akhbar selepas mesyuarat [[Majlis Presiden Pakatan|ORG]] pagi tadi.',
      [['Majlis Presiden Pakatan', 'Rahman Ali']],
    ],
    [
      'beliau berkata demikian sebelum menerima kunjungan hormat X (host)',
      '[[Rahman Ali|PER]] tiba awal. Beliau berkata demikian sebelum menerima kunjungan hormat [[Duta Jepun|ORG]] di pejabatnya.',
      [['Duta Jepun', 'Rahman Ali']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  it('without a statement before it, an adjunct names nobody', () => {
    expect(parties('Jalan itu ditutup selepas melawat [[Sekolah Kebangsaan Bukit Tinggi|ORG]] semalam.')).toEqual([]);
  });
});

describe('a place is where a meeting happens, not who meets', () => {
  it.each([
    ['a place after "di"', '[[Rahman Ali|PER]] mengadakan pertemuan di [[Kuala Lumpur|LOC]] semalam.'],
    ['a dateline in capitals', '[[PUTRAJAYA|LOC]] - Cubaan untuk bersemuka dengan [[Rahman Ali|PER]] gagal.'],
  ])('no meeting: %s', (_name, text) => {
    expect(parties(text)).toEqual([]);
  });
  it('the state or country after "di X," is where too, whatever the learned model says ("di Kulai, Johor")', () => {
    const model = bundledRelationModel();
    const text = '[[Rahman Ali|PER]] berkata [[Siti Aminah|PER]] mengadakan pertemuan di [[Kulai|LOC]], [[Johor|LOC]] semalam.';
    for (const m of meets(text, { ...opts, model })) expect(m.parties).not.toContain('Johor');
    for (const m of meets(text, { ...opts, model })) expect(m.parties).not.toContain('Kulai');
  });
  it('a coalition saying whose government it is is no party, whatever the learned model says ("kerajaan Pakatan X")', () => {
    const model = bundledRelationModel();
    const text = '[[Rahman Ali|PER]] berkata kerajaan [[Pakatan Maju|ORG]] akan mengadakan pertemuan dengan [[Siti Aminah|PER]] esok.';
    for (const m of meets(text, { ...opts, model })) expect(m.parties).not.toContain('Pakatan Maju');
    expect(meets('[[Siti Aminah|PER]] akan bertemu kerajaan pimpinan [[Pakatan Maju|ORG]] esok.', opts)).toEqual([]);
  });
  it('a country in the title of a person among the parties is no party of its own ("Presiden Indonesia, Joko Widodo")', () => {
    const model = bundledRelationModel();
    const text =
      '[[Rahman Ali|PER]] berunding dengan Presiden [[Indonesia|LOC]], [[Joko Widodo|PER]] mengenai pelaburan di [[Indonesia|LOC]] dan [[Indonesia|LOC]] sendiri.';
    for (const m of meets(text, { ...opts, model })) expect(m.parties).not.toContain('Indonesia');
  });
  it('the place of a meeting between two named parties stays its place', () => {
    const got = meets('[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] di [[Kuala Lumpur|LOC]] semalam.', opts);
    expect(got.map((m) => [m.parties, m.place])).toEqual([[['Ahmad Zaki', 'Rahman Ali'], 'Kuala Lumpur']]);
  });
});

describe('past a statement verb, a clause whose subject nobody names', () => {
  it.each([
    [
      'X berkata wakil penduduk akan bertemu Y',
      '[[Rahman Ali|PER]] berkata wakil penduduk akan bertemu dengan [[Majlis Daerah Kulai|ORG]] esok.',
    ],
    [
      'X berkata, kerajaan negeri telah berunding dengan Y',
      '[[Rahman Ali|PER]] berkata, kerajaan negeri telah berunding dengan [[Syarikat Air Johor|ORG]].',
    ],
  ])('the speaker is not a party: %s', (_name, text) => {
    expect(parties(text)).toEqual([]);
  });
  it.each([
    [
      'X berkata, beliau telah bertemu Y (a pronoun subject)',
      '[[Rahman Ali|PER]] berkata, beliau telah bertemu dengan [[Ahmad Zaki|PER]] pagi tadi.',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
    [
      'X berkata telah bertemu Y (no subject: the speaker met)',
      '[[Rahman Ali|PER]] berkata telah bertemu dengan [[Ahmad Zaki|PER]] pagi tadi.',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
    [
      'X menyatakan kesediaan untuk bertemu Y (a purpose clause: its unsaid subject is the speaker)',
      '[[Rahman Ali|PER]] menyatakan kesediaan untuk bertemu [[Ahmad Zaki|PER]] minggu depan.',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
  ])('the speaker takes part: %s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('meeting words added to the lexicon', () => {
  it.each([
    ['bersidang (convened)', '[[Majlis Fatwa|ORG]] bersidang dengan [[Jabatan Mufti|ORG]] semalam.', '040'],
    ['taklimat (a briefing with)', '[[Rahman Ali|PER]] menghadiri taklimat bersama [[Suruhanjaya Air|ORG]] pagi tadi.', '040'],
    ['muktamar (a party congress)', '[[Rahman Ali|PER]] menghadiri muktamar [[Parti Rakyat Desa|ORG]] di Kota Bharu.', '040'],
    ['jumpa (colloquial berjumpa)', '[[Rahman Ali|PER]] jumpa [[Ahmad Zaki|PER]] di kedai kopi itu.', '040'],
    ['bincang (colloquial berbincang)', '[[Rahman Ali|PER]] sudah bincang dengan [[Ahmad Zaki|PER]] tentang projek itu.', '040'],
    [
      'merundingkan (coordinated subjects negotiate something)',
      '[[Malaysia|LOC]] dan [[Singapura|LOC]] akan merundingkan semula harga air itu.',
      '046',
    ],
    ['bercakap dengan (spoke with)', '[[Rahman Ali|PER]] telah bercakap dengan [[Ahmad Zaki|PER]] mengenai perkara itu.', '040'],
  ])('%s', (_name, text, cameo) => {
    expect(meets(text, opts).map((m) => m.cameo)).toEqual([cameo]);
  });
});
