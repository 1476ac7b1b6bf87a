// Look-ups in an array of strings sorted ascending (code-unit order, as `<` compares) and
// without duplicates: a key's position (sortedIndex) or whether it is there (sortedMembers).
// The first look-ups binary-search the array; after `after` of them a Map or Set is filled
// once and answers the rest. A cold start makes a few dozen or hundred look-ups per table, and
// filling a Map or Set of thousands of keys costs it milliseconds; a corpus makes thousands of
// look-ups, each cheaper in the Map or Set. The answers are the same either way.

import { mayContainWord, type WordFilter, wordFilter } from './key-filter.js';

/** Look-ups answered by binary search before the Map or Set is filled, by default. */
export const SEARCHES_BEFORE_TABLE = 4096;

/** The order the lists are sorted in: code units, as `<` compares strings. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Position of `key` in the sorted `keys`, or -1. */
function sortedPosition(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = keys[mid]!;
    if (x === key) return mid;
    if (x < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** key -> its position in `keys`. */
export function sortedIndex(keys: readonly string[], after = SEARCHES_BEFORE_TABLE): (key: string) => number | undefined {
  let map: Map<string, number> | undefined;
  let asked = 0;
  return (key: string): number | undefined => {
    if (map !== undefined) return map.get(key);
    if (++asked > after) {
      map = new Map();
      for (let i = 0; i < keys.length; i++) map.set(keys[i]!, i);
      return map.get(key);
    }
    const i = sortedPosition(keys, key);
    return i < 0 ? undefined : i;
  };
}

/**
 * Whether s.slice(start, end) is one of `keys` (the whole of `s` by default). Once the Set is
 * filled, a word pre-test (support/key-filter's WordFilter) filled with it answers most "no"s from the
 * range in place, before any slice is made or hashed: the tokenizer and the recognisers ask
 * about an affix-stripped part of a word (the root under meN-, -kan), mostly not a root.
 */
export function sortedMembers(
  keys: readonly string[],
  after = SEARCHES_BEFORE_TABLE,
): (s: string, start?: number, end?: number) => boolean {
  return membersAfter(
    (s, start, end) => sortedPosition(keys, start === 0 && end === s.length ? s : s.slice(start, end)) >= 0,
    () => keys,
    after,
  );
}

/**
 * sortedMembers over a word list shipped as one string (lexicons/word-list-module.ts): the
 * words ascending in code-unit order, without duplicates, joined by single spaces (a word holds
 * none). The first look-ups binary-search the text in place, by the start of each word (found on
 * the first look-up), and no string is made per word: splitting the lists made 57,000 strings at
 * every start, whose copying by the young-generation collector cost more than the splitting.
 * After `after` look-ups the words are split into the Set (and word pre-test) that answer the rest.
 */
export function sortedWordMembers(text: string, after = SEARCHES_BEFORE_TABLE): (s: string, start?: number, end?: number) => boolean {
  let starts: Int32Array | undefined;
  return membersAfter(
    (s, start, end) => {
      starts ??= wordStarts(text);
      return wordPosition(text, starts, s, start, end) >= 0;
    },
    () => (text === '' ? [] : text.split(' ')),
    after,
  );
}

/**
 * Membership answered by `search` for the first `after` look-ups, then by a Set of `keys()` (made
 * once) behind its word pre-test: what sortedMembers and sortedWordMembers share.
 */
function membersAfter(
  search: (s: string, start: number, end: number) => boolean,
  keys: () => readonly string[],
  after: number,
): (s: string, start?: number, end?: number) => boolean {
  let set: Set<string> | undefined;
  let filter: WordFilter | undefined;
  let asked = 0;
  return (s: string, start = 0, end = s.length): boolean => {
    if (set === undefined) {
      if (++asked <= after) return search(s, start, end);
      const ks = keys();
      set = new Set(ks);
      filter = wordFilter(ks);
    }
    if (!mayContainWord(filter!, s, start, end)) return false;
    return set.has(start === 0 && end === s.length ? s : s.slice(start, end));
  };
}

/** Where each word of `text` (words joined by single spaces) starts, then text.length + 1: word i is text[at[i], at[i + 1] - 1). */
export function wordStarts(text: string): Int32Array {
  if (text === '') return Int32Array.of(1);
  const at = new Int32Array((text.length >> 1) + 2);
  let n = 0;
  at[n++] = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) at[n++] = i + 1;
  at[n++] = text.length + 1;
  return at.slice(0, n);
}

/** The position of s[start, end) among the words (wordStarts gives `at`), or -1: binary search in place, comparing code units as `<` does. */
export function wordPosition(text: string, at: Int32Array, s: string, start: number, end: number): number {
  const len = end - start;
  let lo = 0;
  let hi = at.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const from = at[mid]!;
    const wordLen = at[mid + 1]! - 1 - from;
    const n = Math.min(wordLen, len);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const x = text.charCodeAt(from + i);
      const y = s.charCodeAt(start + i);
      if (x !== y) {
        c = x < y ? -1 : 1;
        break;
      }
    }
    if (c === 0) c = wordLen - len;
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
