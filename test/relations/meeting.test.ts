// MEET: trigger families (meet, visit, host, telephone, negotiation, summit), argument
// patterns, place, time and modality. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { parseIsoDate } from '../../src/tokenize/dates.js';
import { meets, partiesAsked } from './helpers.js';

const REF = parseIsoDate('2024-05-15')!; // a Wednesday
// a small stand-in for the lexicon: cities to their countries
const COUNTRIES: Record<string, string> = {
  'geonames:tokyo': 'JP',
  'geonames:hanoi': 'VN',
  'geonames:jakarta': 'ID',
  'geonames:bangkok': 'TH',
};
const opts = { ref: REF, countryOf: (kb: string) => COUNTRIES[kb] };

describe('trigger families and their CAMEO codes', () => {
  it.each([
    ['verb bertemu (040)', '[[Anwar Ibrahim|PER]] bertemu [[Joko Widodo|PER]] semalam.', ['Anwar Ibrahim', 'Joko Widodo'], '040'],
    [
      'verb berjumpa dengan (040)',
      '[[Siti Aminah|PER]] berjumpa dengan [[Rahim Noor|PER]] di pejabatnya.',
      ['Rahim Noor', 'Siti Aminah'],
      '040',
    ],
    [
      'noun pertemuan X dengan Y (040)',
      'Pertemuan [[Anwar Ibrahim|PER]] dengan [[Lee Hsien Loong|PER]] berjalan lancar.',
      ['Anwar Ibrahim', 'Lee Hsien Loong'],
      '040',
    ],
    [
      'noun mesyuarat after a light verb (menghadiri)',
      '[[Rosli Hamid|PER]] menghadiri mesyuarat [[Majlis Keselamatan Negara|ORG]] pagi ini.',
      ['Majlis Keselamatan Negara', 'Rosli Hamid'],
      '040',
    ],
    [
      'multiword mengadakan rundingan (046)',
      '[[Malaysia|LOC]] mengadakan rundingan dengan [[Singapura|LOC]] mengenai air.',
      ['Malaysia', 'Singapura'],
      '046',
    ],
    [
      'verb berunding (046)',
      '[[Kesatuan Sekerja|ORG]] berunding dengan [[Tenaga Nasional|ORG]] tentang gaji.',
      ['Kesatuan Sekerja', 'Tenaga Nasional'],
      '046',
    ],
    [
      'noun panggilan telefon after mengadakan (041)',
      '[[Anwar Ibrahim|PER]] mengadakan panggilan telefon dengan [[Li Qiang|PER]] malam tadi.',
      ['Anwar Ibrahim', 'Li Qiang'],
      '041',
    ],
    [
      'bercakap melalui telefon (041)',
      '[[Anwar Ibrahim|PER]] bercakap melalui telefon dengan [[Li Qiang|PER]].',
      ['Anwar Ibrahim', 'Li Qiang'],
      '041',
    ],
    ['verb melawat a person (042)', '[[Siti Aminah|PER]] melawat [[Rahim Noor|PER]] di hospital.', ['Rahim Noor', 'Siti Aminah'], '042'],
    [
      'host: menerima kunjungan hormat (043)',
      '[[Sultan Ibrahim|PER]] menerima kunjungan hormat [[Anwar Ibrahim|PER]] di istana.',
      ['Anwar Ibrahim', 'Sultan Ibrahim'],
      '043',
    ],
    [
      'summit noun with hyphen-joined parties (Sidang Kemuncak ASEAN-Jepun)',
      'Beliau hadir di Sidang Kemuncak Khas [[ASEAN|ORG]]-[[Jepun|LOC]] di Tokyo.',
      ['ASEAN', 'Jepun'],
      '040',
    ],
  ])('%s', (_name, text, parties, cameo) => {
    const got = meets(text, opts);
    expect(got.map((m) => [m.parties, m.cameo])).toEqual([[parties, cameo]]);
  });
});

describe('participants', () => {
  it('a list with titles, title places and commas ("X, A dengan Presiden Y, B dan Menteri Luar Y, C")', () => {
    const got = meets(
      'Pertemuan Menteri Luar [[Vietnam|LOC]], [[Bui Thanh Son|PER]] dengan Presiden [[Filipina|LOC]], [[Ferdinand Marcos|PER]] dan Menteri Luar [[Filipina|LOC]], [[Enrique Manalo|PER]] di [[Manila|LOC]] minggu lalu berjaya.',
      opts,
    );
    expect(got.map((m) => m.parties)).toEqual([['Bui Thanh Son', 'Enrique Manalo', 'Ferdinand Marcos']]);
    expect(got[0]?.place).toBe('Manila');
  });
  it('a visit to a city is hosted by its country when the country is named (lawatan X ke Hanoi)', () => {
    const got = meets(
      '[[Vietnam|LOC||VN]] menyambut baik rancangan itu. Lawatan [[Anwar Ibrahim|PER]] ke [[Hanoi|LOC||geonames:hanoi]] berlangsung dua hari.',
      opts,
    );
    expect(got).toEqual([
      { parties: ['Anwar Ibrahim', 'Vietnam'], cameo: '042', modality: 'asserted', place: 'Hanoi', trigger: 'Lawatan' },
    ]);
  });
  it('a visit to a city whose country is not named has one named side: no meeting (town-side.ts)', () => {
    const got = meets('Lawatan [[Anwar Ibrahim|PER]] ke [[Hanoi|LOC||geonames:hanoi]] berlangsung dua hari.', opts);
    expect(got).toEqual([]);
  });
  it('a visit to meet someone there: the host is the person met (lawatan X ke Y untuk sidang kemuncak dengan Z)', () => {
    const got = meets(
      'Lawatan pemimpin [[Kim Jong Un|PER]] ke [[Rusia|LOC]] untuk sidang kemuncak dengan [[Vladimir Putin|PER]] mendapat perhatian.',
      opts,
    );
    expect(got).toEqual([
      { parties: ['Kim Jong Un', 'Vladimir Putin'], cameo: '042', modality: 'asserted', place: 'Rusia', trigger: 'Lawatan' },
    ]);
  });
  it('a pronoun participant is resolved to its entity (beliau bertemu X)', () => {
    const got = meets('[[Anwar Ibrahim|PER]] tiba di Jakarta. Beliau kemudian bertemu [[Prabowo Subianto|PER]].', opts);
    expect(got.map((m) => m.parties)).toEqual([['Anwar Ibrahim', 'Prabowo Subianto']]);
  });
  it('a described organisation takes part (kerajaan negeri ... bertemu dengan X)', () => {
    const got = meets(
      '[[Kerajaan Negeri Kedah|ORG]] bermesyuarat. Kerajaan negeri akan bertemu dengan [[Persatuan Petani|ORG]] esok.',
      opts,
    );
    expect(got.map((m) => [m.parties, m.modality])).toEqual([[['Kerajaan Negeri Kedah', 'Persatuan Petani'], 'planned']]);
  });
  it('the unsaid party of "Perbincangan dengan X" is the person the text is about', () => {
    const got = meets(
      '[[Rishi Sunak|PER]] tiba di Brussels. Perbincangan dengan Presiden [[Suruhanjaya Eropah|ORG]], [[Ursula von der Leyen|PER]] berakhir lewat malam.',
      opts,
    );
    expect(got.map((m) => m.parties)).toEqual([['Rishi Sunak', 'Ursula von der Leyen']]);
  });
  it.each([
    ['only one named party', '[[Majlis Keselamatan PBB|ORG]] memanggil mesyuarat tergempar.'],
    [
      'the same meeting told again (mesyuarat mereka)',
      'Menurut laporan, [[Rosli Hamid|PER]] dan pegawai [[Jepun|LOC]] dalam mesyuarat mereka bersetuju.',
    ],
    ['the same meeting told again (pertemuan itu)', 'Pertemuan itu dihadiri [[Anwar Ibrahim|PER]] dan [[Prabowo Subianto|PER]].'],
  ])('no meeting: %s', (_name, text) => {
    expect(meets(text, opts)).toEqual([]);
  });
  it("the same body's meeting told twice is one relation with every party", () => {
    const got = meets(
      '[[Sultan Nazrin|PER]] mempengerusikan Mesyuarat [[Majlis Raja-Raja|ORG]] di Istana Negara. [[Sultan Ibrahim|PER]] turut menghadiri Mesyuarat [[Majlis Raja-Raja|ORG]] itu.',
      opts,
    );
    expect(got.map((m) => m.parties)).toEqual([['Majlis Raja-Raja', 'Sultan Ibrahim', 'Sultan Nazrin']]);
  });
});

describe('place, time and CAMEO 044', () => {
  it('place after "di" and time with an ISO value against the publication date (semalam)', () => {
    const got = meets('[[Anwar Ibrahim|PER]] bertemu dengan [[Joko Widodo|PER]] di [[Bogor|LOC]] semalam.', opts);
    expect(got[0]).toMatchObject({ place: 'Bogor', time: 'semalam', value: '2024-05-14' });
  });
  it('a full date keeps its value (pada 16 Januari 2024)', () => {
    const got = meets('[[Anwar Ibrahim|PER]] bertemu [[Joko Widodo|PER]] pada 16 Januari 2024.', opts);
    expect(got[0]).toMatchObject({ time: '16 Januari 2024', value: '2024-01-16' });
  });
  it('minggu lalu is the previous ISO week', () => {
    const got = meets('[[Anwar Ibrahim|PER]] bertemu [[Joko Widodo|PER]] minggu lalu.', opts);
    expect(got[0]).toMatchObject({ time: 'minggu lalu', value: '2024-05-06/2024-05-12' });
  });
  it("states meeting in a third state's city (044)", () => {
    const got = meets('[[Malaysia|LOC||MY]] mengadakan pertemuan dengan [[Thailand|LOC||TH]] di [[Jakarta|LOC||geonames:jakarta]].', opts);
    expect(got.map((m) => m.cameo)).toEqual(['044']);
  });
  it('states meeting in one of their own cities stay 040', () => {
    const got = meets('[[Malaysia|LOC||MY]] mengadakan pertemuan dengan [[Thailand|LOC||TH]] di [[Bangkok|LOC||geonames:bangkok]].', opts);
    expect(got.map((m) => m.cameo)).toEqual(['040']);
  });
});

describe('modality', () => {
  it.each([
    ['asserted: it happened', '[[Anwar Ibrahim|PER]] bertemu [[Joko Widodo|PER]] semalam.', 'asserted'],
    ['planned: future auxiliary (akan melawat)', '[[Anwar Ibrahim|PER]] akan melawat [[Joko Widodo|PER]] di Jakarta.', 'planned'],
    ['planned: readiness (bersedia untuk melawat)', '[[Anwar Ibrahim|PER]] bersedia untuk melawat [[Joko Widodo|PER]].', 'planned'],
    [
      'planned: readiness with a clitic (kesediaannya untuk melawat)',
      '[[Anwar Ibrahim|PER]] mengesahkan kesediaannya untuk melawat [[Joko Widodo|PER]].',
      'planned',
    ],
    ['planned: invited (dijemput untuk bertemu)', '[[Anwar Ibrahim|PER]] dijemput untuk bertemu [[Joko Widodo|PER]].', 'planned'],
    [
      'planned: a date after the publication date (Isnin depan)',
      '[[Anwar Ibrahim|PER]] bertemu [[Joko Widodo|PER]] pada Isnin depan.',
      'planned',
    ],
    ['other: negated (tidak lagi bertemu)', '[[Siti Aminah|PER]] tidak lagi bertemu [[Rahim Noor|PER]] sejak itu.', 'other'],
    ['other: negation beats the future (tidak akan bertemu)', '[[Siti Aminah|PER]] tidak akan bertemu [[Rahim Noor|PER]].', 'other'],
    ['other: conditional (jika bertemu)', 'Jika [[Siti Aminah|PER]] bertemu [[Rahim Noor|PER]], masalah selesai.', 'other'],
  ])('%s', (_name, text, modality) => {
    expect(meets(text, opts).map((m) => m.modality)).toEqual([modality]);
  });
});

describe('meeting words that tell of no meeting', () => {
  it.each([
    ['an offer to readers: boleh menghubungi', 'Ahli [[Koperasi Nelayan|ORG]] boleh menghubungi [[Rosli Hamid|PER]] pada waktu pejabat.'],
    ['boleh terus menghubungi', '[[Persatuan Pengguna|ORG]] boleh terus menghubungi [[Rahim Noor|PER]] untuk maklumat.'],
    ['bolehlah berjumpa dengan', '[[Kelab Belia Tani|ORG]] bolehlah berjumpa dengan [[Siti Aminah|PER]] di dewan.'],
    ['sila hubungi', 'Untuk pertanyaan, sila menghubungi [[Rahim Noor|PER]] di [[Persatuan Nelayan|ORG]].'],
    ['a campaign name: Tahun Melawat', '[[Anwar Ibrahim|PER]] melancarkan logo Tahun Melawat [[Malaysia|LOC]] semalam.'],
    ['an immigration pass: pas lawatan', '[[Rahim Noor|PER]] memegang pas lawatan sosial [[Jabatan Imigresen|ORG]] yang tamat tempoh.'],
    ['a visa: visa lawatan', '[[Siti Aminah|PER]] memohon visa lawatan ke [[Jepun|LOC]] bulan lalu.'],
  ])('%s', (_name, text) => {
    expect(meets(text, opts)).toEqual([]);
  });

  it.each([
    ['a meeting held: menghubungi', '[[Siti Aminah|PER]] menghubungi [[Rahim Noor|PER]] semalam.'],
    ['a visit held: melawat', '[[Anwar Ibrahim|PER]] melawat [[Rahim Noor|PER]] di hospital.'],
    ['meeting someone: menemui Perdana Menteri, X', '[[Siti Aminah|PER]] menemui Perdana Menteri, [[Rahim Noor|PER]] semalam.'],
  ])('still a meeting: %s', (_name, text) => {
    expect(meets(text, opts)).toHaveLength(1);
  });
});

describe('"menemui" a thing finds it: no one is met, and the party model is not asked', () => {
  const model = bundledRelationModel();
  const asked = (marked: string): string[] => partiesAsked(marked, model);
  it.each([
    ['menemui kegagalan', '[[Rahman Ali|PER]] berkata usaha [[Kelab Belia Tani|ORG]] menemui kegagalan semalam.'],
    ['menemui jalan buntu', '[[Rahman Ali|PER]] berkata [[Kelab Belia Tani|ORG]] menemui jalan buntu dalam isu itu.'],
  ])('%s', (_name, text) => {
    expect(asked(text)).toEqual([]);
  });
  it.each([
    ['menemui X', '[[Rahman Ali|PER]] berkata [[Siti Aminah|PER]] menemui [[Ahmad Zaki|PER]] semalam.'],
    ['menemui Perdana Menteri', '[[Rahman Ali|PER]] berkata [[Siti Aminah|PER]] menemui Perdana Menteri semalam.'],
  ])('still asked: %s', (_name, text) => {
    expect(asked(text)).toEqual(['menemui']);
  });
});
