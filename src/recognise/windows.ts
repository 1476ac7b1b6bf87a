// Candidate windows: the runs of tokens the entity tagger decides on (features.ts, decide.ts).
// Every token outside them is O. A window is a run, within one sentence, of tokens that start
// with a capital or a digit or that a recogniser covers, joined by the few lower-case words and
// marks found inside names ("dan", "bin", "(", "-"), and cut by dates, times and amounts ("Kim
// Jong Un September lalu"). Over the training set the windows hold 99.7% of the gold mentions
// (train/entities.ts counts it at each `npm run train`).
import type { TokenColumns } from '../tokenize/columns.js';
import type { Segmentation } from '../types.js';
import type { Proposals } from './mention.js';

/** Lower-case words and marks that may stand inside a name between capitalised words. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'dan',
  'bin',
  'binti',
  'bt',
  'bte',
  'ibni',
  'ibnu',
  'al',
  'bagi',
  'untuk',
  'of',
  'and',
  'for',
  'the',
  'on',
  'de',
  'da',
  'van',
  'von',
  'a/l',
  'a/p',
  'anak',
  '&',
  '(',
  ')',
  '-',
  '.',
  ',',
  "'",
  '/',
]);

/**
 * Longest window, in tokens: a run of capitalised words longer than this (a page of them) is cut,
 * which keeps every later stage bounded; the longest gold mention in the training set has 15 tokens.
 */
export const MAX_WINDOW_TOKENS = 48;

/** A window of tokens the tagger decides on: [start, end) token indices. */
export interface Window {
  readonly start: number;
  readonly end: number;
  /** Index of its sentence in `seg.sentences`. */
  readonly sentence: number;
}

const startsUpperOrDigit = (cols: TokenColumns, k: number): boolean => {
  const s = cols.texts[k]!;
  const c = s.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && s[0] !== s[0]!.toLowerCase();
};

/** The candidate windows of a document. `scratch`, if given: a zeroed byte for every token, to work in. */
export function windowsOf(seg: Segmentation, props: Proposals, scratch?: Uint8Array): Window[] {
  const { columns: cols, sentences } = seg;
  const kinds = cols.kinds;
  // 1: a recogniser covers it; 2: inside a date, time or amount ("September lalu", "RM5 juta"), never a name's part
  const covered = scratch ?? new Uint8Array(cols.size);
  for (const m of props.proposals) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = 1;
  for (const m of props.rules) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = 1;
  for (const u of seg.units) if (u.kind !== 'dateline') for (let k = u.tokenStart; k < u.tokenEnd; k++) covered[k] = 2;
  const out: Window[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      if (covered[k] === 2 || !(covered[k] === 1 || (startsUpperOrDigit(cols, k) && kinds[k] !== 'punctuation'))) {
        k++;
        continue;
      }
      // a strong token: extend over strong tokens and connectors, then trim trailing connectors
      let lastStrong = k;
      let j = k + 1;
      while (j < s.tokenEnd && j - k < MAX_WINDOW_TOKENS) {
        if (covered[j] === 2) break;
        const strong = covered[j] === 1 || (startsUpperOrDigit(cols, j) && kinds[j] !== 'punctuation');
        if (strong) lastStrong = j;
        else if (!CONNECTORS.has(cols.norms[j]!) || j - lastStrong > 2) break;
        j++;
      }
      // an ordinary word capitalised only because it starts the sentence ("Menurut", "Beliau"), which no
      // recogniser proposed, is no window: the training set never names an entity so
      const lone = lastStrong === k && k === s.tokenStart && covered[k] === 0 && kinds[k] === 'word' && props.lex.lowercase(k);
      if (!lone) out.push({ start: k, end: lastStrong + 1, sentence: si });
      k = lastStrong + 1;
    }
  }
  return out;
}
