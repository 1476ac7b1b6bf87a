// One meeting told with two meeting words close together in a clause (same-meeting.ts): the
// second, a noun sharing a party with the first, joins its parties to the first. Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { meets } from './helpers.js';

const parties = (marked: string): string[][] => meets(marked).map((m) => m.parties);

describe('two meeting words, one meeting', () => {
  it.each([
    [
      'a call to attend a body’s meeting',
      '[[Rahman Ali|PER]] menghubungi [[Ahmad Zaki|PER]] supaya menghadiri mesyuarat khas [[Majlis Contoh|ORG]] minggu depan.',
      [['Ahmad Zaki', 'Majlis Contoh', 'Rahman Ali']],
    ],
  ])('one: %s', (_name, text, want) => {
    expect(parties(text)).toEqual(want);
  });
  it.each([
    [
      'a second verb tells a meeting of its own',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] semalam dan kemudian [[Lim Wei|PER]] bertemu [[Ahmad Zaki|PER]] pagi ini.',
      [
        ['Ahmad Zaki', 'Rahman Ali'],
        ['Ahmad Zaki', 'Lim Wei'],
      ],
    ],
    [
      'meetings in two sentences',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] semalam. Mesyuarat [[Majlis Contoh|ORG]] yang dipengerusikan [[Ahmad Zaki|PER]] diadakan hari ini.',
      [
        ['Ahmad Zaki', 'Rahman Ali'],
        ['Ahmad Zaki', 'Majlis Contoh'],
      ],
    ],
  ])('two: %s', (_name, text, want) => {
    expect(parties(text)).toEqual(want);
  });
});
