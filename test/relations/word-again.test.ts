// The same meeting word again (word-again.ts): a later meeting with the same word, sharing one of
// its two sides with a meeting told in an earlier sentence, a side of it not named in its own
// sentence, tells that meeting again. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { type MeetingTold, wordAgain } from '../../src/relations/word-again.js';
import { withTriggers } from './helpers.js';

/** wordAgain for a meeting of `names` by `words` in the last sentence of the text, after `before`. */
function again(marked: string, before: MeetingTold[], words: string, names: string[]): boolean {
  const { d } = withTriggers(marked);
  const last = d.sentOf[d.cols.size - 1]!;
  return wordAgain(d, before, words, last, names);
}

const TWO =
  '[[Rahman Ali|PER]] berunding dengan [[Syarikat Contoh|ORG]] semalam. Dia berkata, beliau akan berunding dengan [[Syarikat Contoh|ORG]] lagi.';
const earlier = (words: string, names: string[], sentence = 0): MeetingTold[] => [{ words, sentence, names }];

describe('the same meeting word again', () => {
  it.each([
    [
      'one side the same, the other from outside the sentence',
      TWO,
      earlier('berunding', ['Rahman Ali', 'Syarikat Contoh']),
      ['Ahmad Zaki', 'Syarikat Contoh'],
    ],
    [
      'a visit told again, a place named near it',
      '[[Siti Aminah|PER]] mengadakan lawatan kerja ke [[Jepun|LOC]]. Soal [[Korea|LOC]] turut dibangkitkan dalam lawatan kerja itu.',
      earlier('lawatan kerja', ['Jepun', 'Siti Aminah']),
      ['Korea', 'Siti Aminah'],
    ],
  ])('told again: %s', (_name, text, before, names) => {
    expect(again(text, before, before[0]!.words, names)).toBe(true);
  });
  it.each([
    [
      'both sides named in its own sentence',
      '[[Rahman Ali|PER]] berunding dengan [[Syarikat Contoh|ORG]] semalam. Esok [[Ahmad Zaki|PER]] pula berunding dengan [[Syarikat Contoh|ORG]].',
      earlier('berunding', ['Rahman Ali', 'Syarikat Contoh']),
      'berunding',
      ['Ahmad Zaki', 'Syarikat Contoh'],
    ],
    ['another meeting word', TWO, earlier('bertemu', ['Rahman Ali', 'Syarikat Contoh']), 'berunding', ['Ahmad Zaki', 'Syarikat Contoh']],
    ['no side in common', TWO, earlier('berunding', ['Rahman Ali', 'Kumpulan Maju']), 'berunding', ['Ahmad Zaki', 'Syarikat Contoh']],
    [
      'three sides before',
      TWO,
      earlier('berunding', ['Rahman Ali', 'Syarikat Contoh', 'Kumpulan Maju']),
      'berunding',
      ['Ahmad Zaki', 'Syarikat Contoh'],
    ],
    [
      'three sides now',
      TWO,
      earlier('berunding', ['Rahman Ali', 'Syarikat Contoh']),
      'berunding',
      ['Ahmad Zaki', 'Kumpulan Maju', 'Syarikat Contoh'],
    ],
    ['the same sentence', TWO, earlier('berunding', ['Rahman Ali', 'Syarikat Contoh'], 1), 'berunding', ['Ahmad Zaki', 'Syarikat Contoh']],
    ['nothing told before', TWO, [], 'berunding', ['Ahmad Zaki', 'Syarikat Contoh']],
  ])('not again: %s', (_name, text, before, words, names) => {
    expect(again(text, before, words, names)).toBe(false);
  });
});
