// A body named as where a meeting is held takes no part in it (body-where.ts): an organisation
// after "di", or after "di" and a word for its premises ("di bangunan X", "di ibu pejabat Y").
// Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { bodyWhere } from '../../src/relations/body-where.js';
import { markedBy, meets } from './helpers.js';

/** The names bodyWhere marks as where, in the order of the text. */
const where = (marked: string): string[] => markedBy(marked, bodyWhere);

describe('a body named as where the meeting is', () => {
  it.each([
    [
      'after "di bangunan"',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] di bangunan [[Yayasan Contoh|ORG]] semalam.',
      ['Yayasan Contoh'],
    ],
    ['after "di ibu pejabat"', 'Pertemuan itu diadakan di ibu pejabat [[Parti Maju|ORG]] pagi tadi.', ['Parti Maju']],
    ['after "di"', '[[Rahman Ali|PER]] menghadiri sesi dialog di [[Universiti Contoh|ORG]] pada Rabu.', ['Universiti Contoh']],
  ])('%s', (_name, text, want) => {
    expect(where(text)).toEqual(want);
  });
  it.each([
    ['a body met', '[[Rahman Ali|PER]] bertemu [[Yayasan Contoh|ORG]] semalam.'],
    ['a body visited', '[[Rahman Ali|PER]] melawat ibu pejabat [[Parti Maju|ORG]] semalam.'],
    ['a place after "di" is for neverParty, not this rule', '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] di [[Kulai|LOC]].'],
  ])('not where: %s', (_name, text) => {
    expect(where(text)).toEqual([]);
  });
  it('no side of the meeting, the sides named stay', () => {
    const text = '[[Rahman Ali|PER]] mengadakan pertemuan dengan [[Ahmad Zaki|PER]] di bangunan [[Yayasan Contoh|ORG]] semalam.';
    expect(meets(text).map((m) => m.parties)).toEqual([['Ahmad Zaki', 'Rahman Ali']]);
  });
});
