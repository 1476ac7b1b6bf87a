// English sentences inside Malay articles (quotes, tweets, references). The Malay name
// heuristics would misread English capitalisation there ("Now", "Six"), so in a sentence
// detected as English only the gazetteer, titles, heads and acronyms propose mentions.
//
// compromise was considered for people/places/organisations in such sentences and left out
// of the core: measured with this detector, the dev set has 0 English sentences of 195 and
// the whole news corpus 36 of 88,973, so it could not measurably help, while it would add
// about 350 KB to the browser bundle. It stays a baseline in the benchmark.
import type { Token } from '../types.js';
import { isRootWord } from '../tokenize/index.js';
import { isCommonWord, isEnglishWord } from './words.js';

/** Whether tokens [start, end) read as English: 3+ English-only words, at least twice the Malay-only ones. */
export function isEnglishSentence(tokens: readonly Token[], start: number, end: number): boolean {
  let english = 0;
  let malay = 0;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^[a-z]+$/.test(t.norm)) continue;
    const en = isEnglishWord(t.norm);
    if (en && !isRootWord(t.norm)) english++;
    else if (!en && isCommonWord(t.norm)) malay++;
  }
  return english >= 3 && english >= 2 * malay;
}
