// Finding triggers: at each token, the longest phrase of the lexicon that starts there. Words
// match a token's normalised form or its clitic-free stem ("kesediaannya" -> kesediaan); quote
// marks between the words are stepped over ("menyatakan ‘kebimbangan serius’"); ".." lets up
// to two words stand between ("menyatakan rasa kebimbangan"). Phrases are short, so this is
// linear in the number of tokens.
import { type Doc, isQuoteMark } from './doc.js';
import type { NotTrigger, Trigger } from './lexicon.js';

export interface TriggerMatch {
  readonly trigger: Trigger;
  /** First token and one past the last token of the phrase. */
  readonly start: number;
  readonly end: number;
}

const GAP = 2;

function wordAt(d: Doc, i: number, w: string): boolean {
  // a word without clitics has its norm as its stem
  return d.cols.norms[i] === w || d.cols.stems[i] === w;
}

/** End (exclusive) of the phrase matched from token i, or -1. */
function matchFrom(d: Doc, i: number, words: readonly string[], limit: number): number {
  let k = i + 1;
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    if (word === '..') continue;
    const gap = words[w - 1] === '..' ? GAP : 0;
    let found = -1;
    let skipped = 0;
    for (let j = k; j < limit && skipped <= gap; j++) {
      if (isQuoteMark(d, j)) continue;
      if (wordAt(d, j, word)) {
        found = j;
        break;
      }
      if (d.cols.kinds[j] === 'punctuation') break;
      skipped++;
    }
    if (found < 0) return -1;
    k = found + 1;
  }
  return k;
}

/** A match of a trigger or of a phrase that is none. */
interface Found {
  readonly trigger: Trigger | NotTrigger;
  readonly start: number;
  readonly end: number;
}

/** The longest of `best` and the phrases of `cands` matched from token i (the first of equals). */
function longest(
  d: Doc,
  i: number,
  cands: readonly (Trigger | NotTrigger)[] | undefined,
  limit: number,
  best: Found | undefined,
): Found | undefined {
  if (cands === undefined) return best;
  for (const t of cands) {
    const end = t.words.length === 1 ? i + 1 : matchFrom(d, i, t.words, limit);
    if (end < 0) continue;
    if (!best || end > best.end || (end === best.end && t.words.length > best.trigger.words.length)) best = { trigger: t, start: i, end };
  }
  return best;
}

/**
 * The triggers of a document. `starts`, with the document's vocabulary ids (Doc.ids): by id,
 * whether the word starts a phrase of the lexicon (1: no, 2: yes, 0: not asked yet), kept by the
 * caller for its ids (most words start none: one byte read instead of two look-ups).
 */
export function findTriggers(d: Doc, starts?: Uint8Array): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const n = d.cols.size;
  const ids = starts !== undefined ? d.ids : undefined;
  let i = 0;
  while (i < n) {
    // by id first, with no token loaded: an even id is not a word (vocabulary.ts)
    if (ids !== undefined && ((ids[i]! & 1) === 0 || starts![ids[i]!] === 1)) {
      i++;
      continue;
    }
    if (d.cols.kinds[i] !== 'word') {
      i++;
      continue;
    }
    // two look-ups and no array per token: most words start no trigger. No key filter first:
    // the Map is small enough to stay in the cache, and V8 keeps a string's hash in the string
    // (earlier stages have mostly hashed the norms); reading three characters cost more
    const w = d.cols.norms[i]!;
    const byNorm = d.lex.byFirst.get(w);
    // the stem differs from the norm only when the word has clitics
    const s = d.cols.stems[i]!;
    const byStem = s !== w ? d.lex.byFirst.get(s) : undefined;
    if (ids !== undefined) starts![ids[i]!] = byNorm === undefined && byStem === undefined ? 1 : 2;
    if (byNorm === undefined && byStem === undefined) {
      i++;
      continue;
    }
    const limit = d.sentEnd[d.sentOf[i]!]!;
    const best = longest(d, i, byStem, limit, longest(d, i, byNorm, limit, undefined));
    if (best) {
      // a phrase that is none ("sedia ada"): its words start no trigger
      if (best.trigger.type !== 'NONE') out.push(best as TriggerMatch);
      i = best.end;
    } else i++;
  }
  return out;
}
