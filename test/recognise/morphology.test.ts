// Ordinary Malay words by their affixes (isMalayWord), and the pipeline's table of its answers
// (MalayWords), which must answer as isMalayWord does, the first time and after.
import { describe, expect, it } from 'vitest';
import { isMalayWord, MalayWords } from '../../src/recognise/morphology.js';

describe('isMalayWord and MalayWords', () => {
  const table = new MalayWords();
  it.each([
    ['a root', 'rumah', true],
    ['meN- with a swallowed p', 'memukul', true],
    ['a confix ke-...-an', 'kebudayaan', true],
    ['peN-...-an', 'pelancongan', true],
    ['a reduplicated word', 'kanak-kanak', true],
    ['a name', 'rosmah', false],
    ['another name', 'subramaniam', false],
    ['one letter', 'a', false],
  ])('%s: %s', (_name, word, malay) => {
    expect(isMalayWord(word)).toBe(malay);
    expect(table.has(word)).toBe(malay);
    expect(table.has(word)).toBe(malay);
  });
});
