// A visit and the talks held during it are two events (visit-talks.ts): when a visit word's
// sides hold a place and, besides the visitor (the person named first), a person introduced as
// the one met ("dengan", "bersama", "rakan sejawatannya"), that person meets the visitor apart
// and the visit keeps the visitor and the place. Every entity of the sentence is taken as a side.
// Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { visitAndTalks } from '../../src/relations/visit-talks.js';
import { atFirstMeeting } from './helpers.js';

function apart(marked: string): { visit: string[]; talks: string[] } | undefined {
  const { d, parties } = atFirstMeeting(marked);
  const r = visitAndTalks(d, parties);
  const names = (xs: readonly number[]): string[] => xs.map((e) => d.entities[e]!.canonical);
  return r && { visit: names(r.visit), talks: names(r.talks) };
}

describe('the talks held during a visit are a meeting of their own', () => {
  it.each([
    [
      'a bilateral meeting "bersama" the host country\'s president',
      '[[Rahman Ali|PER]] memulakan lawatan rasmi ke [[Negara Contoh|LOC]], termasuk mesyuarat dua hala bersama Presiden [[Ahmad Zaki|PER]].',
      { visit: ['Rahman Ali', 'Negara Contoh'], talks: ['Rahman Ali', 'Ahmad Zaki'] },
    ],
    [
      "the visitor's counterpart",
      'Semasa melawat [[Negara Contoh|LOC]], [[Rahman Ali|PER]] berbincang panjang dan rakan sejawatannya [[Ahmad Zaki|PER]] bersetuju.',
      { visit: ['Negara Contoh', 'Rahman Ali'], talks: ['Rahman Ali', 'Ahmad Zaki'] },
    ],
  ])('%s', (_name, text, want) => {
    expect(apart(text)).toEqual(want);
  });
  it.each([
    ['no place among the sides', '[[Rahman Ali|PER]] mengadakan lawatan bersama [[Ahmad Zaki|PER]] semalam.'],
    ['one person only', '[[Rahman Ali|PER]] melawat [[Negara Contoh|LOC]] minggu lalu.'],
    [
      'a person named otherwise: the one represented',
      'Lawatan [[Rahman Ali|PER]] ke [[Negara Contoh|LOC]] mewakili Perdana Menteri, [[Ahmad Zaki|PER]].',
    ],
  ])('one visit: %s', (_name, text) => {
    expect(apart(text)).toBeUndefined();
  });
});
