// Look-ups in an array of strings sorted ascending (code-unit order, as `<` compares) and
// without duplicates: a key's position (sortedIndex) or whether it is there (sortedMembers).
// The first look-ups binary-search the array; after `after` of them a Map or Set is filled
// once and answers the rest. A cold start makes a few dozen or hundred look-ups per table, and
// filling a Map or Set of thousands of keys costs it milliseconds; a corpus makes thousands of
// look-ups, each cheaper in the Map or Set. The answers are the same either way.

import { mayContainWord, type WordFilter, wordFilter } from './key-filter.js';

/** Look-ups answered by binary search before the Map or Set is filled, by default. */
export const SEARCHES_BEFORE_TABLE = 4096;

/** Position of `key` in the sorted `keys`, or -1. */
export function sortedPosition(keys: readonly string[], key: string): number {
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
  let set: Set<string> | undefined;
  let filter: WordFilter | undefined;
  let asked = 0;
  return (s: string, start = 0, end = s.length): boolean => {
    if (set === undefined) {
      if (++asked <= after) return sortedPosition(keys, start === 0 && end === s.length ? s : s.slice(start, end)) >= 0;
      set = new Set(keys);
      filter = wordFilter(keys);
    }
    if (!mayContainWord(filter!, s, start, end)) return false;
    return set.has(start === 0 && end === s.length ? s : s.slice(start, end));
  };
}
