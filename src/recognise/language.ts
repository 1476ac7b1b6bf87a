// English sentences inside Malay articles (quotes, tweets, references). The Malay name
// heuristics would misread English capitalisation there ("Now", "Six"), so in a sentence
// detected as English only the gazetteer, titles, heads and acronyms propose mentions.
//
// compromise was considered for people/places/organisations in such sentences and left out
// of the core: measured with this detector, the dev set has 0 English sentences of 195 and
// the whole news corpus 36 of 88,973, so it could not measurably help, while it would add
// about 350 KB to the browser bundle. It stays a baseline in the benchmark.

import type { TokenColumns } from '../tokenize/columns.js';
import { isRootWord } from '../tokenize/index.js';
import { isCommonWord, isEnglishWord } from './words.js';

/** Malay function words: two of them make a sentence Malay. */
const MALAY_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'dan',
  'yang',
  'di',
  'ke',
  'itu',
  'ini',
  'untuk',
  'dengan',
  'dalam',
  'tidak',
  'akan',
  'telah',
  'bahawa',
  'kepada',
  'oleh',
  'pada',
  'dari',
  'daripada',
  'ialah',
  'adalah',
  'juga',
  'mereka',
  'beliau',
  'kita',
  'kami',
  'saya',
]);

/** English function words (not in WordNet, and written in lower case in Malay news quotes too). */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'to',
  'in',
  'on',
  'a',
  'an',
  'is',
  'are',
  'be',
  'with',
  'by',
  'at',
  'as',
  'it',
  'this',
  'that',
  'we',
  'you',
  'our',
  'not',
  'but',
  'or',
  'from',
]);

/** Whether tokens [start, end) read as English: 3+ English-only words, at least twice the Malay-only ones. */
export function isEnglishSentence(cols: TokenColumns, start: number, end: number): boolean {
  // two Malay function words settle it at once (nearly every sentence here)
  let functionWords = 0;
  for (let k = start; k < end && functionWords < 2; k++) if (MALAY_FUNCTION_WORDS.has(cols.norms[k]!)) functionWords++;
  if (functionWords >= 2) return false;
  // count English-only words first (two set look-ups a word); Malay words only when it matters
  let english = 0;
  for (let k = start; k < end; k++) {
    if (cols.kinds[k]! === 'word' && isEnglishWord(cols.norms[k]!) && !isRootWord(cols.norms[k]!)) english++;
  }
  if (english < 3) return false;
  let malay = 0;
  for (let k = start; k < end; k++) {
    if (
      cols.kinds[k]! === 'word' &&
      !ENGLISH_FUNCTION_WORDS.has(cols.norms[k]!) &&
      !isEnglishWord(cols.norms[k]!) &&
      /^[a-z]+$/.test(cols.norms[k]!) &&
      isCommonWord(cols.norms[k]!)
    )
      malay++;
  }
  return english >= 2 * malay;
}
