// Is a word an ordinary Malay word? A root from the Sastrawi list, or a root with the
// productive affixes of Malay: meN-/peN- with their nasal changes, ber-, ter-, di-, ke-, se-,
// per-, memper-, diper-, the suffixes -kan, -an, -i and the confixes ke-...-an, peN-...-an,
// per-...-an. Names (Rosmah, Mansor, Subramaniam) are mostly not, ministries' portfolio words
// (Pelancongan, Kesenian, Kebudayaan) are: that is what splits a title from the name after it.
// A handful of affix strips per word, no backtracking: constant time per word.

import { detached } from '../support/strings.js';
import { isRootWord } from '../tokenize/index.js';

const SUFFIXES = ['kan', 'an', 'i', ''];
/** Prefix and the letters a nasal prefix may have swallowed from the root (meN- + p -> mem-). */
const PREFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['memper', ['']],
  ['diper', ['']],
  ['mempe', ['']],
  ['menge', ['']],
  ['penge', ['']],
  ['meny', ['s']],
  ['peny', ['s']],
  ['meng', ['', 'k']],
  ['peng', ['', 'k']],
  ['mem', ['', 'p']],
  ['pem', ['', 'p']],
  ['men', ['', 't']],
  ['pen', ['', 't']],
  ['ber', ['']],
  ['be', ['']],
  ['ter', ['']],
  ['per', ['']],
  ['me', ['']],
  ['pe', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
  ['', ['']],
];

/** Whether w is a root with one of the suffixes; `bareKnown`: w itself is known to be no root (no look-up again). */
function rootWithSuffix(w: string, bareKnown = false): boolean {
  for (const s of SUFFIXES) {
    if (s.length === 0 && bareKnown) continue;
    if (s.length > 0 && (!w.endsWith(s) || w.length - s.length < 3)) continue;
    if (isRootWord(w, 0, w.length - s.length)) return true; // the root before the suffix, read in place
  }
  return false;
}

/** Whether the lower-cased word is an ordinary Malay (or Indonesian) word. */
export function isMalayWord(lower: string): boolean {
  if (lower.length < 2) return false;
  if (isRootWord(lower)) return true;
  for (const [p, restore] of PREFIXES) {
    if (p.length > 0 && (!lower.startsWith(p) || lower.length - p.length < 3)) continue;
    const rest = lower.slice(p.length);
    for (const r of restore) {
      // the word itself (no prefix, nothing restored) was asked above
      if (rootWithSuffix(r + rest, p.length === 0 && r.length === 0)) return true;
    }
  }
  // reduplicated: both halves words (kanak-kanak, isteri-isteri)
  const h = lower.indexOf('-');
  if (h > 0) {
    const h2 = lower.indexOf('-', h + 1);
    return isMalayWord(lower.slice(0, h)) && isMalayWord(lower.slice(h + 1, h2 < 0 ? lower.length : h2));
  }
  return false;
}

/** Words a MalayWords table keeps before it starts again: memory stays bounded, the answers the same. */
const MAX_WORDS = 1 << 16;

/**
 * isMalayWord of the words seen, one table per pipeline: a word's answer takes a dozen affix
 * strips and root look-ups, and news asks about the same words in every document.
 */
export class MalayWords {
  private readonly known = new Map<string, boolean>();

  /** isMalayWord(lower). */
  has(lower: string): boolean {
    let v = this.known.get(lower);
    if (v === undefined) {
      if (this.known.size >= MAX_WORDS) this.known.clear();
      v = isMalayWord(lower);
      this.known.set(detached(lower), v);
    }
    return v;
  }
}
