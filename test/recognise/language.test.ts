import { describe, expect, it } from 'vitest';
import { isEnglishSentence } from '../../src/recognise/language.js';
import { segment } from '../../src/tokenize/index.js';
import { labelled } from './helpers.js';

const english = (s: string) => {
  const c = segment(s).columns;
  return isEnglishSentence(c, 0, c.size);
};

describe('English sentences inside Malay articles (code-switching)', () => {
  it.each([
    ['an English quotation', 'Now an embarrassing but necessary backtrack for the whole team.', true],
    ['a Malay sentence', 'Kerajaan akan meneruskan projek itu tahun depan.', false],
    ['a Malay sentence with English loanwords', 'Sistem data digital itu akan dilancarkan oleh kerajaan.', false],
  ])('%s', (_name, s, expected) => {
    expect(english(s)).toBe(expected);
  });
  it('Malay name guesses are not made from English capitalisation', () => {
    expect(labelled('Now Six Pillars of thinking matter for the future of every nation.')).toEqual([]);
  });
});
