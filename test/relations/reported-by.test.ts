// Who reports a meeting takes no part in it (reported-by.ts): a name right after "dilaporkan
// oleh", "seperti dilaporkan", "didedahkan oleh", "dipetik daripada", "memetik" or "menurut
// laporan" is the report's source, dropped from the sides the party model chose. Every entity
// of the sentence is taken as a party. Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { withoutSources } from '../../src/relations/reported-by.js';
import { keptParties } from './helpers.js';

const kept = (text: string): string[] => keptParties(text, withoutSources);

describe('the source of a report is no side of the meeting it reports', () => {
  it.each([
    [
      'seperti dilaporkan oleh',
      'Seperti dilaporkan oleh [[Harian Contoh|ORG]], rundingan itu melibatkan [[Rahman Ali|PER]] dan [[Ahmad Zaki|PER]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'seperti dilaporkan, no "oleh"',
      'Seperti dilaporkan [[Portal Contoh|ORG]], [[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] minggu lalu.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'didedahkan oleh',
      'Pertemuan [[Rahman Ali|PER]] dengan [[Ahmad Zaki|PER]] itu mula didedahkan oleh [[Harian Contoh|ORG]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'dipetik daripada',
      '[[Rahman Ali|PER]] berunding dengan [[Ahmad Zaki|PER]], menurut laporan yang dipetik daripada [[Portal Contoh|ORG]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'menurut laporan',
      'Menurut laporan [[Harian Contoh|ORG]], [[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] di pejabatnya.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
  ])('dropped: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    ['a name after "oleh" with no report verb', 'Mesyuarat itu dipengerusikan oleh [[Rahman Ali|PER]] bersama [[Kelab Contoh|ORG]].'],
    ['a name after "laporan" with no "menurut"', '[[Rahman Ali|PER]] menyerahkan laporan [[Kelab Contoh|ORG]] kepada [[Ahmad Zaki|PER]].'],
  ])('kept: %s', (_name, text) => {
    expect(kept(text)).toHaveLength(text.split('[[').length - 1);
  });
});
