import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { foldName, nameCore, nameInCapitals, spacedInitials } from '../../src/link/index.js';

const linked = (text: string) => extract(text).entities.map((e) => [e.text, e.canonical, e.kb ?? null, e.source]);

describe('lexicon links: canonical name and kb id', () => {
  it.each([
    ['a Malay short form of a country', 'Pegawai AS hadir.', 'AS', 'Amerika Syarikat', 'US'],
    ['an acronym of a UN body', 'Wakil PBB hadir.', 'PBB', 'Pertubuhan Bangsa-Bangsa Bersatu', 'org:pertubuhan-bangsa-bangsa-bersatu'],
    ['a person with a Wikidata id', 'Vladimir Putin berucap.', 'Vladimir Putin', 'Vladimir Putin', 'Q7747'],
    ['an upper-case dateline city', 'KUALA LUMPUR, 3 Mac - Hujan lebat.', 'KUALA LUMPUR', 'Kuala Lumpur', 'geonames:1735161'],
    [
      'a company with its legal suffix (Berhad)',
      'Saham Malaysia Airlines Berhad naik semalam.',
      'Malaysia Airlines Berhad',
      'Malaysia Airlines',
      'org:malaysia-airlines',
    ],
  ])('%s', (_name, text, surface, canonical, kb) => {
    const e = extract(text).entities.find((x) => x.text === surface);
    expect(e).toMatchObject({ canonical, kb });
  });
});

describe('in-document chains', () => {
  it('a surname takes the full name and id of the earlier mention (Putin -> Vladimir Putin)', () => {
    expect(linked('Vladimir Putin tiba. Putin berucap.')[1]).toEqual(['Putin', 'Vladimir Putin', 'Q7747', 'coref']);
  });
  it('a name unknown to the lexicon chains to its fullest mention', () => {
    const rows = linked('Jurulatih Razlan Hemdi kecewa. Hemdi berkata pasukannya lemah.');
    expect(rows[1]).toEqual(['Hemdi', 'Razlan Hemdi', null, 'coref']);
  });
  it('a compass word alone stands for the place it ended (Utara -> Korea Utara)', () => {
    const rows = linked('Korea Utara menafikannya. Utara berkata ia tidak bersalah.');
    expect(rows[1]).toEqual(['Utara', 'Korea Utara', 'KP', 'coref']);
  });
  it('the first words of a body stand for it (Majlis Keselamatan -> Majlis Keselamatan PBB)', () => {
    const rows = linked('Majlis Keselamatan PBB bersidang. Majlis Keselamatan akan mengundi esok.');
    expect(rows.find((r) => r[0] === 'Majlis Keselamatan')?.[1]).toBe('Majlis Keselamatan PBB');
  });
  it('a name the lexicon links keeps its entity beside a fuller name that holds it (Mahathir beside Mukhriz Mahathir)', () => {
    const rows = linked('Datuk Seri Mukhriz Mahathir hadir. Tun Dr Mahathir juga hadir. Mukhriz berkata Mahathir sihat.');
    expect(rows.filter((r) => r[0] === 'Mahathir').map((r) => r[1])).toEqual(['Mahathir Mohamad', 'Mahathir Mohamad']);
    expect(rows.find((r) => r[0] === 'Mukhriz')?.[1]).toBe('Mukhriz Mahathir');
  });
  it('a person with his party in brackets does not make the party a name of his', () => {
    const rows = linked('Mereka ialah Lim Guan Eng (DAP) dan Adam Rosly (PKR). Kata DAP, mereka setuju.');
    expect(rows.filter((r) => r[0] === 'DAP').map((r) => r[1])).toEqual(['Parti Tindakan Demokratik', 'Parti Tindakan Demokratik']);
  });
  it('a short form in brackets names the body (Unisel-style)', () => {
    const rows = linked('Universiti Gomasi Jaya (Ugoja) ditubuhkan. Pelajar Ugoja gembira.');
    expect(rows.filter((r) => r[0] === 'Ugoja').map((r) => r[1])).toEqual(['Universiti Gomasi Jaya', 'Universiti Gomasi Jaya']);
  });
});

describe('fuzzy matching of spelling variants', () => {
  it.each([
    ['a hyphenated Korean name', 'Choe Son-hui tiba.', 'Choe Son Hui'],
    ['a transliteration variant', 'Sergei Lavrov tiba.', 'Sergey Lavrov'],
  ])('%s', (_name, text, canonical) => {
    expect(extract(text).entities[0]?.canonical).toBe(canonical);
  });
  it.each([
    ['Mohd', 'mohd ali', 'muhammad ali'],
    ["Dato'", "dato' seri", 'datuk seri'],
    ['hyphens', 'choe son-hui', 'choe son hui'],
    ['accents', 'José', 'jose'],
  ])('foldName unifies %s', (_name, raw, folded) => {
    expect(foldName(raw)).toBe(folded);
  });
});

describe('an organisation written in capitals: a name (title-cased canonical) or a row of acronyms (kept)', () => {
  it.each([
    ['a credit line of ordinary words', ['SUARA', 'NELAYAN', 'ONLINE'], true],
    ['a party chapter in a headline', ['UMNO', 'WILAYAH', 'PERSEKUTUAN'], true],
    ['two acronyms', ['KTB', 'ZENCOM'], false],
    ['no ordinary word', ['ZENCOM', 'KLAMIX'], false],
  ])('%s', (_name, parts, name) => {
    expect(nameInCapitals(parts)).toBe(name);
  });
  it('the canonical of a chapter named in capitals is its title case', () => {
    const e = extract('Pemimpin UMNO WILAYAH PERSEKUTUAN bermesyuarat.').entities.find((x) => x.text === 'UMNO WILAYAH PERSEKUTUAN');
    expect(e?.canonical).toBe('Umno Wilayah Persekutuan');
  });
});

describe('a person known by a title and a short name: the title left out of the mention, the two together link it', () => {
  it.each([
    [
      'Tun M (Mahathir Mohamad)',
      'Tun M berkata kerajaan akan mengkaji semula projek itu.',
      'M',
      'Mahathir Mohamad',
      'per:mahathir-mohamad',
    ],
    ['Dr M after a comma', 'Semalam, Dr M menafikan dakwaan itu.', 'M', 'Mahathir Mohamad', 'per:mahathir-mohamad'],
  ])('%s', (_name, text, surface, canonical, kb) => {
    expect(extract(text).entities.find((x) => x.text === surface)).toMatchObject({ canonical, kb });
  });
  it('a title the lexicon has no alias with leaves the short name unlinked', () => {
    const e = extract('Encik M berkata dia tidak hadir.').entities.find((x) => x.text === 'M');
    expect(e?.canonical).toBe('M');
    expect(e?.kb).toBeUndefined();
  });
});

describe("a person named with his father's title inside his name, or without a leading Muhammad", () => {
  it.each([
    ['Tun inside the patronymic', 'Najib Tun Abdul Razak berkata.', 'Najib Tun Abdul Razak', 'Najib Razak'],
    [
      'Tun before the father’s name',
      'Ketua Menteri Sarawak, Abang Johari Tun Openg berkata.',
      'Abang Johari Tun Openg',
      'Abang Johari Openg',
    ],
  ])('%s', (_name, text, surface, canonical) => {
    expect(extract(text).entities.find((x) => x.text === surface)?.canonical).toBe(canonical);
  });
  it.each([
    [['najib', 'tun', 'abdul', 'razak'], 'najib abdul razak'],
    [['abang', 'johari', 'tun', 'openg'], 'abang johari openg'],
    [['muhammad', 'azmin', 'ali'], 'azmin ali'],
    [['muhammad', 'ali'], 'muhammad ali'],
    [['tun', 'mahathir'], 'tun mahathir'],
    [['ahmad', 'tan', 'sri', 'ali'], 'ahmad ali'],
    [['lim', 'tan', 'chuan'], 'lim tan chuan'],
  ])('nameCore(%j) is %j', (words, core) => {
    expect(nameCore(words)).toBe(core);
  });
});

describe('a short form in brackets after a name: a definition only when the two can be one name', () => {
  it('a one-word name does not define a short form that starts with another letter', () => {
    const es = extract('Ahli persatuan pengilang Malaysia (FMM) menuntut cukai ditangguh. Menurut FMM, kos naik.').entities;
    expect(es.filter((e) => e.text === 'FMM').map((e) => e.kb)).not.toContain('MY');
    expect(es.find((e) => e.text === 'Malaysia')?.kb).toBe('MY');
  });
  it('a name of several words defines its short form (Amerika Syarikat (AS))', () => {
    const es = extract('Amerika Syarikat (AS) hadir. Wakil AS berucap.').entities;
    expect(es.filter((e) => e.text === 'AS').map((e) => e.canonical)).toEqual(['Amerika Syarikat', 'Amerika Syarikat']);
  });
});

describe('an initial written onto the name: "M.Nasir" is "M. Nasir"', () => {
  it.each([
    ['one initial', 'M.Nasir Hashim', 'M. Nasir Hashim'],
    ['two glued initials', 'A.B.Samad Said', 'A.B. Samad Said'],
    ['an initialism before a name stays', 'A.R. Rahman', undefined],
    ['a name without an initial', 'Nasir Hashim', undefined],
    ['a dot inside a word', 'Ahmad.Ali', undefined],
  ])('%s', (_name, surface, spaced) => {
    expect(spacedInitials(surface)).toBe(spaced);
  });
  it('the glued and the spaced forms are one canonical', () => {
    const canon = (t: string) => extract(t).entities.find((e) => e.label === 'PER')?.canonical;
    expect(canon('Menteri Besar, Datuk Seri M.Nasir Hashim berkata demikian.')).toBe('M. Nasir Hashim');
    expect(canon('Menteri Besar, Datuk Seri M. Nasir Hashim berkata demikian.')).toBe('M. Nasir Hashim');
  });
});
