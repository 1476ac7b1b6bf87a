import { describe, expect, it } from 'vitest';
import { loadBundledLexicon } from '../../src/lexicon/index.js';

const lexicon = loadBundledLexicon();
/** The first candidate (highest prior) for an exact surface form. */
const top = (alias: string): { id: string; label: string; name: string } | undefined => {
  const c = lexicon.aliases.get(alias)[0];
  const e = c === undefined ? undefined : lexicon.byId(c.id);
  return e === undefined ? undefined : { id: e.id, label: e.label, name: e.name };
};

describe('seed-article mentions resolve exactly (surface -> label, canonical name)', () => {
  it.each([
    ['Choe Son Hui', 'PER', 'Choe Son Hui'],
    ['Vladimir Putin', 'PER', 'Vladimir Putin'],
    ['Sergey Lavrov', 'PER', 'Sergey Lavrov'],
    ['Kim Jong Un', 'PER', 'Kim Jong Un'],
    ['Korea Utara', 'LOC', 'Korea Utara'],
    ['Rusia', 'LOC', 'Rusia'],
    ['AS', 'LOC', 'Amerika Syarikat'],
    ['Amerika Syarikat', 'LOC', 'Amerika Syarikat'],
    ['Moscow', 'LOC', 'Moscow'],
    ['Pyongyang', 'LOC', 'Pyongyang'],
    ['Washington', 'LOC', 'Washington'],
    ['Seoul', 'LOC', 'Seoul'],
    ['Tokyo', 'LOC', 'Tokyo'],
    ['Ukraine', 'LOC', 'Ukraine'],
    ['China', 'LOC', 'China'],
    ['Korea Selatan', 'LOC', 'Korea Selatan'],
    ['Kremlin', 'LOC', 'Kremlin'],
    ['PBB', 'ORG', 'Pertubuhan Bangsa-Bangsa Bersatu'],
    ['Majlis Keselamatan PBB', 'ORG', 'Majlis Keselamatan PBB'],
    ['AP', 'ORG', 'AP'],
    ['Brunei', 'LOC', 'Brunei'],
    ['Sri Lanka', 'LOC', 'Sri Lanka'],
    ['Colombo', 'LOC', 'Colombo'],
  ])('%s', (surface, label, name) => {
    expect(top(surface)).toMatchObject({ label, name });
  });
});

describe('Malay exonyms (CLDR exemplar cities and curated)', () => {
  it.each([
    ['Kaherah', 'geonames:360630'],
    ['Baitulmuqaddis', 'geonames:281184'],
    ['Damsyik', 'geonames:170654'],
    ['Moskow', 'geonames:524901'],
    ['Makkah', 'geonames:104515'],
    ['Singapura', 'SG'],
  ])('%s -> %s', (surface, id) => {
    expect(lexicon.aliases.get(surface).map((c) => c.id)).toContain(id);
  });
});

describe('English and short forms of countries used in Malay news', () => {
  it.each([
    ['A.S.', 'US'],
    ['Amerika', 'US'],
    ['United States', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['UAE', 'AE'],
    ['North Korea', 'KP'],
    ['South Korea', 'KR'],
    ['Russia', 'RU'],
    ['Turki', 'TR'],
    ['Myanmar', 'MM'],
    ['Burma', 'MM'],
    ['Jepun', 'JP'],
    ['Japan', 'JP'],
    ['Brunei Darussalam', 'BN'],
    ['Negara Brunei Darussalam', 'BN'],
    ['Filipina', 'PH'],
    ['Palestin', 'PS'],
    ['Habsyah', 'ET'],
  ])('%s -> %s', (surface, id) => {
    expect(top(surface)?.id).toBe(id);
  });

  it('the EU is an organisation with a sourced QID', () => {
    expect(top('Kesatuan Eropah')).toMatchObject({ id: 'Q458', label: 'ORG' });
    expect(top('EU')?.id).toBe('Q458');
  });
});

describe('spelling variants of names', () => {
  it.each([
    ['Choe Son-hui', 'Q30436217'],
    ['Sergei Lavrov', 'Q58217'],
    ['Kim Jong-un', 'Q56226'],
    ['Erdogan', undefined],
    ['Recep Tayyip Erdogan', 'Q39259'],
    ['Anthony Loke', 'per:anthony-loke-siew-fook'],
    ['Najib Tun Razak', 'per:najib-razak'],
    ['Zelensky', 'Q3874799'],
  ])('%s', (surface, id) => {
    expect(top(surface)?.id).toBe(id);
  });
});

describe('alias collisions resolve by prior, keeping every candidate', () => {
  it.each([
    ['Georgia', ['GE', 'US-GA']],
    ['Colombo', ['geonames:1248991', 'geonames:3465927']],
    ['Washington', ['geonames:4140963', 'US-WA']],
    ['Putrajaya', ['MY-16', 'metonym:putrajaya']],
    // a city of a million or more before a foreign state or region of its name; a small city does not
    ['New York', ['geonames:5128581', 'US-NY']],
    ['Shanghai', ['geonames:1796236', 'CN-31']],
    ['Virginia', ['US-VA', 'geonames:943882']],
  ])('%s', (surface, ids) => {
    const got = lexicon.aliases.get(surface).map((c) => c.id);
    expect(got.slice(0, ids.length)).toEqual(ids);
  });
});

describe('metonyms are places', () => {
  it.each(['Kremlin', 'Rumah Putih', 'Istana Nurul Iman', 'Downing Street', 'Zhongnanhai', 'Pentagon', 'White House'])('%s', (surface) => {
    const c = lexicon.aliases.get(surface).find((x) => lexicon.byId(x.id)?.kind === 'metonym');
    expect(c?.label).toBe('LOC');
  });
});

describe('Malaysian and Bruneian places', () => {
  it.each([
    ['Selangor', 'MY-10'],
    ['Penang', 'MY-07'],
    ['Sabah', 'MY-12'],
    ['Kuala Lumpur', 'geonames:1735161'],
    ['Belait', 'BN-BE'],
    ['Temburong', 'BN-TE'],
    ['Mukim Berakas A', 'mukim:BN:berakas-a'],
    ['Kilanas', 'mukim:BN:kilanas'],
    ['Bandar Seri Begawan', 'geonames:1820906'],
    ['Batu Pahat', 'district:MY:batu-pahat'],
  ])('%s -> %s', (surface, id) => {
    expect(lexicon.aliases.get(surface).map((c) => c.id)).toContain(id);
  });
});

describe('organisations', () => {
  it.each([
    ['UN', 'ORG'],
    ['Perhimpunan Agung PBB', 'ORG'],
    ['UNSC', 'ORG'],
    ['ASEAN', 'ORG'],
    ['NATO', 'ORG'],
    ['WHO', 'ORG'],
    ['IMF', 'ORG'],
    ['Bank Dunia', 'ORG'],
    ['OIC', 'ORG'],
    ['Reuters', 'ORG'],
    ['AFP', 'ORG'],
    ['Bernama', 'ORG'],
    ['Xinhua', 'ORG'],
    ['Yonhap', 'ORG'],
    ['KCNA', 'ORG'],
    ['Kyodo', 'ORG'],
    ['Antara', 'ORG'],
    ['UMNO', 'ORG'],
    ['PAS', 'ORG'],
    ['PKR', 'ORG'],
    ['DAP', 'ORG'],
    ['Bersatu', 'ORG'],
    ['Amanah', 'ORG'],
    ['MCA', 'ORG'],
    ['MIC', 'ORG'],
    ['GPS', 'ORG'],
    ['Barisan Nasional', 'ORG'],
    ['Pakatan Harapan', 'ORG'],
    ['Perikatan Nasional', 'ORG'],
    ['PDRM', 'ORG'],
    ['Utusan Malaysia', 'ORG'],
    ['Pelita Brunei', 'ORG'],
    ['Kementerian Hal Ehwal Luar Negeri', 'ORG'],
    ['SPRM', 'ORG'],
  ])('%s is %s', (surface, label) => {
    expect(top(surface)?.label).toBe(label);
  });
});

describe('current office holders (curated, with validity)', () => {
  it.each([
    ['Anwar Ibrahim', 'MY', undefined],
    ['Ismail Sabri Yaakob', 'MY', '2022-11-24'],
    ['Lawrence Wong', 'SG', undefined],
    ['Hassanal Bolkiah', 'BN', undefined],
    ['Erywan Yusof', 'BN', undefined],
    ['Fumio Kishida', 'JP', '2024-10-01'],
  ])('%s', (surface, country, validTo) => {
    const e = lexicon.byId(lexicon.aliases.get(surface)[0]?.id ?? '');
    expect(e?.label).toBe('PER');
    expect(e?.country).toBe(country);
    expect(e?.validTo).toBe(validTo);
  });
});

describe('word lists', () => {
  const word = <T extends { word: string }>(rows: readonly T[], w: string): T | undefined => rows.find((r) => r.word === w);
  it.each([
    ['Pengiran', 'BN', 'honorific'],
    ['Pehin', 'BN', 'honorific'],
    ['Awang', 'BN', 'honorific'],
    ['Dayang', 'BN', 'honorific'],
    ['Pengiran Muda Mahkota', 'BN', 'role'],
    ['Yang Dimuliakan', 'BN', 'honorific'],
  ])('Bruneian title %s', (w, region, kind) => {
    expect(word(lexicon.words.titles, w)).toMatchObject({ region, kind });
  });
  it.each([
    ['Menteri Luar', 'role', true],
    ['Presiden', 'role', false],
    ['Datuk Seri', 'honorific', true],
    ['Tan Sri', 'honorific', true],
    ['YB', 'honorific', false],
  ])('title %s is a %s (multiword %s)', (w, kind, multiword) => {
    expect(word(lexicon.words.titles, w)).toMatchObject({ kind, multiword });
  });
  it.each(['Kementerian', 'Majlis', 'Suruhanjaya', 'Jabatan', 'Parti', 'Pertubuhan', 'Universiti'])('organisation head noun %s', (w) => {
    expect(word(lexicon.words.orgHeads, w)?.position).toBe('head');
  });
  it.each(['bin', 'binti', 'bte', 'a/l', 'a/p', 'anak'])('name particle %s', (w) => {
    expect(word(lexicon.words.particles, w)?.kind).toBe('patronymic');
  });
  it.each(['Batu', 'Ada', 'Anak', 'Bulan', 'Kota', 'Lima', 'Nilai', 'Serang', 'Utara'])('ambiguous ordinary word %s', (w) => {
    expect(word(lexicon.words.ambiguous, w)).toBeDefined();
  });
  it('flags aliases that are ambiguous words', () => {
    expect(lexicon.aliases.get('Lima').every((c) => c.ambiguous)).toBe(true);
    expect(lexicon.aliases.get('Rusia').some((c) => c.ambiguous)).toBe(false);
  });
});
