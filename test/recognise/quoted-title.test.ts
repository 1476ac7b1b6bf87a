// Nothing inside the quoted title of a work after "bertajuk", "berjudul", "tajuk" or "judul" is a
// mention (src/recognise/quoted-title.ts). Mentions are given as the model might decide them, so
// the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutNamesInQuotedTitles } from '../../src/recognise/quoted-title.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutNamesInQuotedTitles(cols, mentions));
}

describe('a quoted title of a work', () => {
  it.each([
    [
      'a forum titled in straight quotes',
      'Dia bercakap dalam forum bertajuk "Belia dan Masa Depan Sabah" semalam.',
      [['Sabah', 'LOC']],
      [],
    ],
    [
      'an article titled in curly quotes, with a person and a body',
      'Baca artikel berjudul “Ahmad Zaki tinggalkan PKR” di laman kami.',
      [
        ['Ahmad Zaki', 'PER'],
        ['PKR', 'ORG'],
      ],
      [],
    ],
    [
      'a talk after "tajuk", the speaker kept',
      'Ceramah Rahim Noor dengan tajuk ‘Johor Selepas Banjir’ dihadiri ramai.',
      [
        ['Rahim Noor', 'PER'],
        ['Johor', 'LOC'],
      ],
      ['Rahim Noor/PER'],
    ],
  ] as const)('holds no mention: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    ['no title word before the quote', 'Dia berkata "Sabah perlu lebih peruntukan" semalam.', [['Sabah', 'LOC']], ['Sabah/LOC']],
    ['a quote left open', 'Forum bertajuk "Sabah Maju diadakan di Kota Kinabalu.', [['Sabah', 'LOC']], ['Sabah/LOC']],
    [
      'a title closed on another line',
      'Forum bertajuk "Sabah Maju\nKota Kinabalu" diadakan.',
      [
        ['Sabah', 'LOC'],
        ['Kota Kinabalu', 'LOC'],
      ],
      ['Sabah/LOC', 'Kota Kinabalu/LOC'],
    ],
    ['a name after the title', 'Buku berjudul "Hari Esok" ditulis oleh Siti Aminah.', [['Siti Aminah', 'PER']], ['Siti Aminah/PER']],
  ] as const)('keeps its mentions: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
