import { segment, tokenize } from '../../src/tokenize/index.js';
import type { Token } from '../../src/types.js';

/** Token texts of a string. */
export const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

/** The one token whose text is `word` (fails loudly when absent). */
export function tokenOf(s: string, word: string): Token {
  const t = tokenize(s).find((x) => x.text === word);
  if (!t) throw new Error(`no token ${JSON.stringify(word)} in ${JSON.stringify(texts(s))}`);
  return t;
}

export const sentenceTexts = (s: string): string[] => segment(s).sentences.map((x) => x.text);
export const unitsOf = (s: string) => segment(s).units;
