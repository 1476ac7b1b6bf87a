// "masing-masing dengan X, Y dan Z" (respectively.ts): one meeting of the subject with each name
// listed, not one meeting of all. The rules alone (no learned model) decide these sentences.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { respectively } from '../../src/relations/respectively.js';
import { atFirstMeeting, meets } from './helpers.js';

/** The names listed after "masing-masing dengan" at the sentence's first meeting word. */
function listed(marked: string): string[] {
  const { d, m } = atFirstMeeting(marked);
  return respectively(d, m).map((e) => d.entities[e]!.canonical);
}

describe('meetings respectively with each name listed', () => {
  it.each([
    [
      'a bilateral meeting with each of three leaders',
      '[[Siti Aminah|PER]] dijadual mengadakan rundingan dua hala itu masing-masing bersama perdana menteri [[Belanda|LOC]], [[Ireland|LOC]] dan [[Norway|LOC]].',
      [
        ['Belanda', 'Siti Aminah'],
        ['Ireland', 'Siti Aminah'],
        ['Norway', 'Siti Aminah'],
      ],
    ],
    [
      'a verb and "bersama"',
      '[[Rahman Ali|PER]] bertemu masing-masing bersama [[Ahmad Zaki|PER]] dan [[Kamal Hassan|PER]] semalam.',
      [
        ['Ahmad Zaki', 'Rahman Ali'],
        ['Kamal Hassan', 'Rahman Ali'],
      ],
    ],
  ])('one meeting each: %s', (_name, text, want) => {
    expect(meets(text).map((r) => r.parties)).toEqual(want);
  });
  it.each([
    ['no "masing-masing"', '[[Rahman Ali|PER]] bertemu dengan [[Ahmad Zaki|PER]] dan [[Kamal Hassan|PER]].'],
    ['one name after it', '[[Rahman Ali|PER]] dan [[Siti Aminah|PER]] bertemu masing-masing dengan [[Ahmad Zaki|PER]].'],
    [
      '"masing-masing" far from the meeting word',
      '[[Rahman Ali|PER]] bertemu wakil kedua-dua syarikat yang membawa cadangan masing-masing dengan [[Ahmad Zaki|PER]] dan [[Kamal Hassan|PER]].',
    ],
  ])('no list: %s', (_name, text) => {
    expect(listed(text)).toEqual([]);
  });
});
