// A body and the party or place its own name holds are one side (nested-party.ts): a
// committee's or wing's meeting is no meeting with its party, a department's with the place in
// its name. And a visit noun naming a travel document ("pas lawatan") is no visit (meeting.ts
// notAMeeting). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { withoutNestedParties } from '../../src/relations/nested-party.js';
import { keptParties, meets, parse } from './helpers.js';

/** The names withoutNestedParties keeps of every entity of the sentence, taken as one meeting's parties. */
const kept = (marked: string): string[] => keptParties(marked, withoutNestedParties);

describe('a party whose name is held in another party name is the same side', () => {
  it.each([
    [
      'a committee and its party',
      '[[Jawatankuasa Kerja Parti Maju Pusat|ORG]] dan [[Parti Maju Pusat|ORG]]',
      ['Jawatankuasa Kerja Parti Maju Pusat'],
    ],
    ['a wing and its party', '[[Pergerakan Pemuda PMB Malaysia|ORG]] dan [[PMB|ORG]]', ['Pergerakan Pemuda PMB Malaysia']],
    [
      'a department and the place in its name',
      '[[Jabatan Kebajikan Kuala Selangor|ORG]] dan [[Kuala Selangor|LOC]] dan [[Rahman Ali|PER]]',
      ['Jabatan Kebajikan Kuala Selangor', 'Rahman Ali'],
    ],
    [
      'the short form written in the mention',
      '[[Jawatankuasa Eksekutif PBM|ORG]] dan [[PBM|ORG|Persatuan Bola Maju]]',
      ['Jawatankuasa Eksekutif PBM'],
    ],
  ])('%s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    ['two different names', '[[Rahman Ali|PER]] dan [[Ahmad Zaki|PER]]'],
    ['shared words that are not a whole run of the other name', '[[Parti Rakyat Maju|ORG]] dan [[Parti Maju Rakyat Sarawak|ORG]]'],
    ['a word inside another word is no word of the name', '[[Maju|ORG]] dan [[Majumaju Berhad|ORG]]'],
  ])('kept apart: %s', (_name, text) => {
    const { entities } = parse(text);
    expect(kept(text)).toEqual(entities.map((e) => e.canonical));
  });
});

describe('a meeting of one side with itself is no meeting', () => {
  it.each([
    [
      'a committee meeting its own party',
      'Mesyuarat [[Jawatankuasa Kerja Parti Maju Pusat|ORG]] bersama [[Parti Maju Pusat|ORG]] berlangsung semalam.',
    ],
    ['a travel document named after a visit', 'Pas lawatan [[Rahman Ali|PER]] ke [[Jepun|LOC]] tamat minggu lalu.'],
    ['a visa named after a visit', '[[Rahman Ali|PER]] menggunakan visa lawatan ke [[Jepun|LOC]] semalam.'],
  ])('%s', (_name, text) => {
    expect(meets(text)).toEqual([]);
  });
  it('the same visit without the document is a visit', () => {
    expect(meets('Lawatan [[Rahman Ali|PER]] ke [[Jepun|LOC]] tamat minggu lalu.').map((m) => m.parties)).toEqual([
      ['Jepun', 'Rahman Ali'],
    ]);
  });
});
