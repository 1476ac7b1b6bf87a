// Organisation patterns, with bodies made up for the tests where the lexicon would know them.
import { describe, expect, it } from 'vitest';
import { has, labelled } from './helpers.js';

describe('a head noun and its proper-name tail make an ORG', () => {
  it.each([
    ['a ministry with a country in its name', 'Kementerian Luar Korea Utara berkata begitu.', 'Kementerian Luar Korea Utara'],
    [
      'a commission with a country in its name',
      'Suruhanjaya Pilihan Raya Sri Lanka mengumumkan tarikh.',
      'Suruhanjaya Pilihan Raya Sri Lanka',
    ],
    [
      'a ministry with a portfolio list',
      'Kementerian Pelancongan, Kesenian dan Kebudayaan menafikannya.',
      'Kementerian Pelancongan, Kesenian dan Kebudayaan',
    ],
    ['an association', 'Persatuan Nelayan Kuala Gomasi membantah.', 'Persatuan Nelayan Kuala Gomasi'],
    ['a party by its head noun', 'Parti Rakyat Gomasi bertanding.', 'Parti Rakyat Gomasi'],
    ['a state government (Kerajaan Negeri)', 'Kerajaan Negeri Selangor bersetuju.', 'Kerajaan Negeri Selangor'],
    ['a court with its seat', 'Kes itu dibicarakan di Mahkamah Tinggi Gomasi esok.', 'Mahkamah Tinggi Gomasi'],
  ])('%s', (_name, text, org) => {
    expect(has(text, 'ORG', org)).toBe(true);
  });
  it.each([
    ['"kerajaan Malaysia" is only the place', 'Keputusan kerajaan Malaysia itu muktamad.', ['LOC:Malaysia']],
    ['"Majlis" before a ceremony is no council', 'Beliau berucap di Majlis Penyampaian Hadiah semalam.', []],
  ])('%s', (_name, text, expected) => {
    expect(labelled(text)).toEqual(expected);
  });
});

describe('acronyms', () => {
  it('an acronym defined in the text names the same body everywhere', () => {
    const text = 'Lembaga Gomasi Negara (LGN) menyiasat. Menurut LGN, kes itu serius.';
    expect(labelled(text)).toEqual(['ORG:Lembaga Gomasi Negara', 'ORG:LGN', 'ORG:LGN']);
  });
  it('an unknown ALL-CAPS word is an ORG', () => {
    expect(has('Parti itu bergabung dengan GMPX semalam.', 'ORG', 'GMPX')).toBe(true);
  });
  it('an acronym spelt out as a law or agreement is no entity', () => {
    expect(labelled('Perjanjian Dagangan Gomasi (PDGX) ditandatangani. PDGX berkuat kuasa esok.')).toEqual([]);
  });
  it.each(['PRU', 'GST', 'HIV'])('%s is a generic acronym, no entity', (acr) => {
    expect(labelled(`Isu ${acr} dibangkitkan semalam.`)).toEqual([]);
  });
});

describe('companies', () => {
  it.each([
    ['Sdn Bhd', 'Gomasi Jaya Sdn Bhd memperoleh kontrak.', 'Gomasi Jaya Sdn Bhd'],
    ['Berhad', 'Saham Gomasi Holdings Berhad naik.', 'Gomasi Holdings Berhad'],
    ['Group', 'Pelaburan Velaski Group meningkat.', 'Velaski Group'],
  ])('%s', (_name, text, org) => {
    expect(has(text, 'ORG', org)).toBe(true);
  });
});

describe('party wings and chapters', () => {
  it.each([
    ['a wing', 'Wanita UMNO mengadakan mesyuarat.', 'Wanita UMNO'],
    ['a youth wing', 'Pemuda PAS turut hadir.', 'Pemuda PAS'],
    ['a division', 'Ketua UMNO Bahagian Sungai Gomasi meletak jawatan.', 'UMNO Bahagian Sungai Gomasi'],
  ])('%s', (_name, text, org) => {
    expect(has(text, 'ORG', org)).toBe(true);
  });
});

describe('credits and outlets', () => {
  it.each([
    ['a wire credit after a dash', 'Serangan itu berlaku semalam. – AP', 'AP'],
    ['a national agency credit', 'Mesyuarat itu ditangguhkan. - Bernama', 'Bernama'],
  ])('%s', (_name, text, org) => {
    expect(has(text, 'ORG', org)).toBe(true);
  });
});

describe('words that name no entity alone', () => {
  it.each([
    ['a language', 'Mereka fasih berbahasa Inggeris dan Tamil.'],
    ['an ethnic group', 'Penduduk Melayu dan Cina hidup aman.'],
    ['a religion', 'Ajaran Islam menekankan keadilan.'],
    ['a festival', 'Mereka pulang ke kampung sempena Aidilfitri.'],
    ['a month outside a date', 'Keputusan dijangka pada Jun.'],
    ['page furniture', 'A- A+ (Ubah saiz teks)'],
  ])('%s', (_name, text) => {
    expect(labelled(text)).toEqual([]);
  });
});

describe('an acronym before a company suffix', () => {
  it('names the company as one ORG (GMX Group)', () => {
    expect(labelled('Syarikat logistik GMX Group melabur di Kedah.')).toContain('ORG:GMX Group');
  });
});
