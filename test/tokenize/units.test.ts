import { describe, expect, it } from 'vitest';
import type { DatelineUnit } from '../../src/types.js';
import { tokenOf, unitsOf } from './helpers.js';

const only = (s: string, kind: string) => unitsOf(s).filter((u) => u.kind === kind);

describe('datelines are one unit with their place and date', () => {
  it.each([
    ['PYONGYANG, 21 JAN – Korea Utara berkata', 'PYONGYANG, 21 JAN –', 'PYONGYANG', '21 JAN', '--01-21'],
    ['KUALA LUMPUR 11 Okt. - Kementerian Pendidikan', 'KUALA LUMPUR 11 Okt. -', 'KUALA LUMPUR', '11 Okt.', '--10-11'],
    ['BANDAR SERI BEGAWAN, 5 Mac - Kebawah', 'BANDAR SERI BEGAWAN, 5 Mac -', 'BANDAR SERI BEGAWAN', '5 Mac', '--03-05'],
    ['Bandar Seri Begawan, 5 Mac – Kebawah', 'Bandar Seri Begawan, 5 Mac –', 'Bandar Seri Begawan', '5 Mac', '--03-05'],
    ['KOTA BHARU, 2 Jan 2024 - Polis', 'KOTA BHARU, 2 Jan 2024 -', 'KOTA BHARU', '2 Jan 2024', '2024-01-02'],
  ])('%s', (s, text, place, date, value) => {
    const [d] = only(s, 'dateline') as DatelineUnit[];
    expect(d).toMatchObject({ text, place: { text: place }, date: { text: date }, value });
    expect(s.slice(d!.place.start, d!.place.end)).toBe(place);
  });
  it.each([
    ['a place and a colon', 'PUTRAJAYA: Kerajaan hari ini', 'PUTRAJAYA'],
    ['a place, a date and the agency', 'IPOH, 3 Feb (Bernama) -- Polis', 'IPOH'],
    ['a dateline after a headline line', 'Tajuk berita\n\nSEOUL, 4 Mei – Presiden', 'SEOUL'],
  ])('%s', (_name, s, place) => {
    expect((only(s, 'dateline')[0] as DatelineUnit | undefined)?.place.text).toBe(place);
  });
  it.each([
    ['a capitalised first word of a lede is no dateline', 'MURID dan pelajar diminta pulang.'],
    ['a title-case word and a colon later in the text is no dateline', 'Berita hari ini.\nNota: bacaan lanjut.'],
    ['an all-caps heading with a number is no dateline', 'SITUASI 1:\n\nSemua murid'],
  ])('%s', (_name, s) => {
    expect(only(s, 'dateline')).toEqual([]);
  });
});

describe('dates in Malay and English', () => {
  it.each([
    ['16 Januari 2024', '2024-01-16'],
    ['21 JAN', '--01-21'],
    ['14 Januari', '--01-14'],
    ['12hb Mac', '--03-12'],
    ['5 Ogos 2025', '2025-08-05'],
    ['30 Sept. 2023', '2023-09-30'],
    ['1 Dis 2022', '2022-12-01'],
    ['Julai 2024', '2024-07'],
    ['July 27, 2024', '2024-07-27'],
    ['Saturday, July 27, 2024', '2024-07-27'],
    ['21/1/2024', '2024-01-21'],
  ])('%s -> %s', (s, value) => {
    const d = only(`Pada ${s} itu`, 'date')[0];
    expect(d).toMatchObject({ text: s, value });
  });
  it.each([
    ['hari ini', { unit: 'day', offset: 0 }],
    ['semalam', { unit: 'day', offset: -1 }],
    ['esok', { unit: 'day', offset: 1 }],
    ['minggu lalu', { unit: 'week', offset: -1 }],
    ['bulan depan', { unit: 'month', offset: 1 }],
    ['tahun ini', { unit: 'year', offset: 0 }],
    ['Khamis lalu', { unit: 'weekday', offset: -1, weekday: 4 }],
    ['Isnin', { unit: 'weekday', offset: 0, weekday: 1 }],
    ['Ahad depan', { unit: 'weekday', offset: 1, weekday: 7 }],
    ['September lalu', { unit: 'named-month', offset: -1, month: 9 }],
  ])('relative date %s', (s, relative) => {
    expect(only(`berlaku ${s} di sana`, 'date')[0]).toMatchObject({ text: s, relative });
  });
  it('an impossible day is a date without a value', () => {
    const d = only('Pada 31 Februari 2024 itu', 'date')[0];
    expect(d?.text).toBe('31 Februari 2024');
    expect(d && 'value' in d ? d.value : undefined).toBeUndefined();
  });
  it('"Mei" as a name is no date without a number', () => {
    expect(only('Cik Mei Ling hadir', 'date')).toEqual([]);
  });
  it('tokens inside a date take the date kind, punctuation stays punctuation', () => {
    const s = 'Saturday, July 27, 2024';
    expect(tokenOf(s, 'July').kind).toBe('date');
    expect(tokenOf(s, ',').kind).toBe('punctuation');
  });
});

describe('times with pukul, jam and parts of the day', () => {
  it.each([
    ['pukul 3 petang', '15:00'],
    ['pukul 10.30 pagi', '10:30'],
    ['10.30 pagi', '10:30'],
    ['3 petang', '15:00'],
    ['jam 8 malam', '20:00'],
    ['pukul 9.45 malam', '21:45'],
    ['pukul 12 tengah malam', '00:00'],
    ['pukul 1 tengah hari', '13:00'],
    ['pukul 12 tengah hari', '12:00'],
    ['5pm', '17:00'],
  ])('%s -> %s', (s, value) => {
    expect(only(`Mereka tiba ${s} tadi`, 'time')[0]).toMatchObject({ text: s, value });
  });
  it.each(['selama 2 malam', '24 jam', 'dua jam'])('"%s" is a duration, not a time', (s) => {
    expect(only(`Mereka menunggu ${s} di situ`, 'time')).toEqual([]);
  });
});

describe('money, percentages and quantities', () => {
  it.each([
    ['RM1.5 bilion', 1.5e9, 'MYR'],
    ['RM 300', 300, 'MYR'],
    ['B$50', 50, 'BND'],
    ['BND 2 juta', 2e6, 'BND'],
    ['US$3.2 bilion', 3.2e9, 'USD'],
    ['RM1,000', 1000, 'MYR'],
    ['2 juta ringgit', 2e6, 'MYR'],
    ['500 dolar Singapura', 500, 'SGD'],
    ['50 sen', 0.5, 'MYR'],
  ])('%s', (s, value, currency) => {
    expect(only(`Kos ${s} untuk projek`, 'money')[0]).toMatchObject({ text: s, value, currency });
  });
  it.each([
    ['3.5%', 3.5],
    ['20 peratus', 20],
  ])('percent %s', (s, value) => {
    expect(only(`naik ${s} tahun`, 'percent')[0]).toMatchObject({ text: s, value });
  });
  it.each([
    ['27.1 C', 27.1, '°C'],
    ['5 km', 5, 'km'],
    ['30 hektar', 30, 'ha'],
  ])('quantity %s', (s, value, unit) => {
    expect(only(`Ukuran ${s} sahaja`, 'quantity')[0]).toMatchObject({ text: s, value, unit });
  });
  it('a number range 2008-2009 is one number token and no unit', () => {
    expect(tokenOf('musim 2008-2009 itu', '2008-2009').kind).toBe('number');
    expect(unitsOf('musim 2008-2009 itu')).toEqual([]);
  });
});

describe('a number opens a unit before each kind of word the matchers read after it, and before no other', () => {
  it.each([
    ['a month', 'Mesyuarat itu pada 16 Januari ini.', 'date', '16 Januari'],
    ['a month written short, with its dot', 'Mereka tiba pada 11 Okt. lalu.', 'date', '11 Okt.'],
    ['a day part', 'Majlis bermula 3 petang esok.', 'time', '3 petang'],
    ['the first word of a two-word day part', 'Mereka makan 1 tengah hari nanti.', 'time', '1 tengah hari'],
    ['a scale, then a currency word', 'Kos projek 2 juta ringgit semuanya.', 'money', '2 juta ringgit'],
    ['a currency word', 'Harganya 500 dolar Singapura sahaja.', 'money', '500 dolar Singapura'],
    ['peratus', 'Jualan naik 5 peratus tahun ini.', 'percent', '5 peratus'],
    ['a unit of measure', 'Jalan itu sepanjang 10 km dari bandar.', 'quantity', '10 km'],
  ])('%s', (_name, s, kind, text) => {
    expect(only(s, kind).map((u) => u.text)).toEqual([text]);
  });
  it.each([
    ['an ordinary word', 'Seramai 10 orang hadir.'],
    ['a month on the next line', 'Jumlahnya 16\nJanuari ialah bulan pertama.'],
  ])('%s', (_name, s) => {
    expect(unitsOf(s).some((u) => /^1[06]\b/.test(u.text))).toBe(false);
  });
});
