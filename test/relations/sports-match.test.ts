// A match, not a meeting (sports-match.ts): a meeting verb in a sentence about a contest tells of
// playing an opponent. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { sportsMatch } from '../../src/relations/sports-match.js';
import { atFirstMeeting, meets } from './helpers.js';

/** sportsMatch at the first meeting word of the sentence. */
function match(marked: string): boolean {
  const { d, m } = atFirstMeeting(marked);
  return sportsMatch(d, m);
}

describe('a match told with a meeting verb', () => {
  it.each([
    ['a final', '[[Rahman Ali|PER]] akan bertemu [[Kamal Hassan|PER]] di final kejohanan itu Ahad ini.'],
    ['a round', 'Jika dia bertemu [[Kamal Hassan|PER]] di pusingan kedua, peluangnya tipis.'],
    ['a semi-final', '[[Kelab Bola Sepak Contoh|ORG]] bakal bertemu [[Kelab Bola Sepak Lain|ORG]] di separuh akhir.'],
  ])('a match: %s', (_name, text) => {
    expect(match(text)).toBe(true);
    expect(meets(text)).toEqual([]);
  });
  it.each([
    ['no contest word', '[[Rahman Ali|PER]] akan bertemu [[Kamal Hassan|PER]] di pejabatnya Ahad ini.'],
    ['industry players are no contest', '[[Rahman Ali|PER]] bertemu pemain industri dan [[Persatuan Pengilang Contoh|ORG]] semalam.'],
    ['a meeting noun', 'Pertemuan [[Rahman Ali|PER]] dengan [[Kamal Hassan|PER]] selepas perlawanan itu berlangsung mesra.'],
  ])('a meeting: %s', (_name, text) => {
    expect(match(text)).toBe(false);
  });
});
