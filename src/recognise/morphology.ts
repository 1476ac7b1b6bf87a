// Is a word an ordinary Malay word? A root from the Sastrawi list, or a root with the
// productive affixes of Malay: meN-/peN- with their nasal changes, ber-, ter-, di-, ke-, se-,
// per-, memper-, diper-, the suffixes -kan, -an, -i and the confixes ke-...-an, peN-...-an,
// per-...-an. Names (Rosmah, Mansor, Subramaniam) are mostly not, ministries' portfolio words
// (Pelancongan, Kesenian, Kebudayaan) are: that is what splits a title from the name after it.
// A handful of affix strips per word, no backtracking: constant time per word.

import rootsText from '#lexicons/malay-roots.js';
import { isRootWord } from '../tokenize/index.js';
import { keyFilter, mayContainRange } from '../support/key-filter.js';

// Names are what the recogniser asks about most, and a name is no root with any affix: each
// cut of it is tried against the filter in place, and only a "maybe" is sliced and looked up.
const ROOT_FILTER = keyFilter(rootsText.split('\n'));
/** isRootWord(w.slice(start, end)), slicing only when the pre-test allows. */
const rootAt = (w: string, start: number, end: number): boolean => mayContainRange(ROOT_FILTER, w, start, end) && isRootWord(w.slice(start, end));

const SUFFIXES = ['kan', 'an', 'i', ''];
/** Prefix and the letters a nasal prefix may have swallowed from the root (meN- + p -> mem-). */
const PREFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['memper', ['']], ['diper', ['']], ['mempe', ['']], ['menge', ['']], ['penge', ['']],
  ['meny', ['s']], ['peny', ['s']], ['meng', ['', 'k']], ['peng', ['', 'k']],
  ['mem', ['', 'p']], ['pem', ['', 'p']], ['men', ['', 't']], ['pen', ['', 't']],
  ['ber', ['']], ['be', ['']], ['ter', ['']], ['per', ['']], ['me', ['']], ['pe', ['']],
  ['di', ['']], ['ke', ['']], ['se', ['']], ['', ['']],
];

/** Whether w.slice(start) is a root, or a root with one of the suffixes. */
function rootWithSuffix(w: string, start: number): boolean {
  const len = w.length - start;
  for (const s of SUFFIXES) {
    if (s.length > 0 && (!w.endsWith(s) || len - s.length < 3)) continue;
    if (rootAt(w, start, w.length - s.length)) return true;
  }
  return false;
}

/** Whether the lower-cased word is an ordinary Malay (or Indonesian) word. */
export function isMalayWord(lower: string): boolean {
  if (lower.length < 2) return false;
  if (rootAt(lower, 0, lower.length)) return true;
  for (const [p, restore] of PREFIXES) {
    if (p.length > 0 && (!lower.startsWith(p) || lower.length - p.length < 3)) continue;
    for (const r of restore) {
      if (r === '' ? rootWithSuffix(lower, p.length) : rootWithSuffix(r + lower.slice(p.length), 0)) return true;
    }
  }
  // reduplicated: both halves words (kanak-kanak, isteri-isteri)
  const h = lower.indexOf('-');
  if (h > 0) return isMalayWord(lower.slice(0, h)) && isMalayWord(lower.slice(h + 1).split('-')[0] ?? '');
  return false;
}
