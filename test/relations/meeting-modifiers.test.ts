// Words describing a meeting or a visit between its noun and its parties (meeting-modifiers.ts),
// and the chair named in a passive relative clause after a meeting (meeting-chair.ts). The
// rules alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/tokenize/dates.js';
import { meets } from './helpers.js';

const opts = { ref: parseIsoDate('2024-05-15')! };
const parties = (text: string): string[][] => meets(text, opts).map((m) => m.parties);

describe('a meeting noun described before the body whose meeting it is', () => {
  it.each([
    [
      'mesyuarat tertinggi X',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat tertinggi [[Parti Rakyat Desa|ORG]] semalam.',
      'Parti Rakyat Desa',
    ],
    [
      'mesyuarat agung tahunan X',
      '[[Rahman Ali|PER]] menghadiri mesyuarat agung tahunan [[Persatuan Nelayan Kuala Kedah|ORG]] pagi tadi.',
      'Persatuan Nelayan Kuala Kedah',
    ],
    [
      'sidang kemuncak luar biasa X',
      '[[Rahman Ali|PER]] menghadiri sidang kemuncak luar biasa [[Liga Negara-Negara Timur|ORG]] di sana.',
      'Liga Negara-Negara Timur',
    ],
  ])('%s', (_name, text, body) => {
    expect(parties(text)).toEqual([[body, 'Rahman Ali']]);
  });
});

describe('a meeting described before "dengan" and the other side', () => {
  it.each([
    ['mengadakan pertemuan empat mata dengan X', '[[Rahman Ali|PER]] mengadakan pertemuan empat mata dengan [[Ahmad Zaki|PER]] semalam.'],
    ['mengadakan rundingan dua hala dengan X', '[[Rahman Ali|PER]] mengadakan rundingan dua hala dengan [[Ahmad Zaki|PER]] di pejabatnya.'],
    ['berbincang lanjut dengan X', '[[Rahman Ali|PER]] akan berbincang lanjut dengan [[Ahmad Zaki|PER]] minggu depan.'],
    ['bertemu semula dengan X', '[[Rahman Ali|PER]] bertemu semula dengan [[Ahmad Zaki|PER]] selepas itu.'],
  ])('%s', (_name, text) => {
    expect(parties(text)).toEqual([['Ahmad Zaki', 'Rahman Ali']]);
  });
});

describe('a visit described before its visitor and destination', () => {
  it.each([
    [
      'lawatan rasmi dua hari beliau ke X (a pronoun after a duration)',
      '[[Rahman Ali|PER]] tiba petang semalam. Ini hari terakhir lawatan rasmi dua hari beliau ke [[Brunei|LOC]].',
      [['Brunei', 'Rahman Ali']],
    ],
    [
      'lawatan kali pertama X ke Y (a name after an ordinal)',
      'Ini merupakan lawatan kali pertama [[Rahman Ali|PER]] ke [[Jepun|LOC]] sejak dilantik.',
      [['Jepun', 'Rahman Ali']],
    ],
    [
      'lawatan kerja seharinya ke X (-nya on the duration is the visitor)',
      '“Kami bersetuju,” kata [[Rahman Ali|PER]]. Perkara itu dicapai sempena lawatan kerja seharinya ke [[Indonesia|LOC]], katanya.',
      [['Indonesia', 'Rahman Ali']],
    ],
    [
      'lawatannya selama tiga hari ke X (a duration between the visit and "ke")',
      '“Kami bersetuju,” kata [[Rahman Ali|PER]]. Ia diumumkan semasa lawatannya selama tiga hari ke [[Vietnam|LOC]], katanya.',
      [['Rahman Ali', 'Vietnam']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('the chair of a meeting in a passive relative clause takes part', () => {
  it.each([
    [
      'mesyuarat X yang dipengerusikan oleh Y',
      'Keputusan itu dibuat dalam mesyuarat [[Majlis Tindakan Ekonomi|ORG]] yang dipengerusikan oleh [[Rahman Ali|PER]] semalam.',
      [['Majlis Tindakan Ekonomi', 'Rahman Ali']],
    ],
    [
      'mesyuarat khas X yang diketuai Y (no "oleh")',
      'Perkara itu dibincangkan pada mesyuarat khas [[Jawatankuasa Banjir Negeri|ORG]] yang diketuai [[Rahman Ali|PER]] pagi tadi.',
      [['Jawatankuasa Banjir Negeri', 'Rahman Ali']],
    ],
    [
      'a time and "akan" between: mesyuarat X petang ini yang akan dipengerusikan Y',
      'Cadangan itu akan dibawa ke Mesyuarat [[Majlis Tindakan Ekonomi|ORG]] petang ini yang akan dipengerusikan [[Rahman Ali|PER]].',
      [['Majlis Tindakan Ekonomi', 'Rahman Ali']],
    ],
    [
      'those attending: mesyuarat X yang turut dihadiri Y dan Z',
      'Isu itu dibangkitkan pada mesyuarat [[Kelab Belia Tani|ORG]] yang turut dihadiri [[Rahman Ali|PER]] dan [[Siti Aminah|PER]] semalam.',
      [['Kelab Belia Tani', 'Rahman Ali', 'Siti Aminah']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  it('a relative clause of another verb names no chair', () => {
    expect(
      parties('Keputusan itu dibuat dalam mesyuarat [[Majlis Tindakan Ekonomi|ORG]] yang diadakan di [[Putrajaya|LOC]] semalam.'),
    ).toEqual([]);
  });
});
