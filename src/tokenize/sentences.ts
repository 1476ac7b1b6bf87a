// Sentence boundaries over the token table. A sentence ends at . ! ? or an ellipsis (with any
// closing quotes or brackets written straight after it) when the next token starts a new
// sentence (capital, digit, opening quote, dash) or a line break follows; at a blank line;
// at a single line break unless the next line goes on in lower case (a hard-wrapped line).
// Abbreviation dots (Dr., Sdn. Bhd., 11 Okt.) are inside their tokens and never end one,
// except company and list abbreviations (Bhd., dll.) before a capitalised word.
// Runs together like "pada 10 Mei 2018 yang lalu.Beliau" still split: the dot is its own token.

import type { Sentence, TokenKind, Unit } from '../types.js';
import { SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations.js';
import type { TokenTable } from './scanner.js';

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '}']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab', '-', '\u2013', '\u2014', '*', '\u2022']);

function isTerminal(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    // char codes, not s[i]: the one-character string of a '…' is made afresh (not internalised,
    // two-byte), and comparing it threw away the optimised code ("wrong instance type")
    const ch = s.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63 && ch !== 0x2026) return false;
  }
  return true;
}

/** Whether the "!" at token k is written straight after a one-letter capital word and before more on the line. */
function isNameBang(text: string, t: TokenTable, kinds: readonly TokenKind[], k: number): boolean {
  if (k === 0 || kinds[k - 1] !== 'word' || t.ends[k - 1] !== t.starts[k] || t.ends[k - 1]! - t.starts[k - 1]! !== 1) return false;
  const c = text.charCodeAt(t.starts[k - 1]!);
  if (c < 65 || c > 90) return false;
  return k + 1 < t.starts.length && t.breaksBefore[k + 1] === 0;
}

function startsLower(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = text[at]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function startsSentence(text: string, at: number, firstChar: string): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (OPENERS.has(firstChar)) return true;
  return c > 127 && !startsLower(text, at);
}

export function findSentences(
  text: string,
  t: TokenTable,
  kinds: readonly TokenKind[],
  norms: readonly string[],
  units: readonly Unit[],
): Sentence[] {
  const n = t.starts.length;
  const out: Sentence[] = [];
  if (n === 0) return out;
  // Datelines (no boundary inside one) as start and end token indexes in token order, read
  // with a cursor: a text has one or none, so no per-token array (a typed array per call costs
  // an off-heap allocation).
  const datelines: number[] = [];
  for (const u of units) if (u.kind === 'dateline') datelines.push(u.tokenStart, u.tokenEnd);
  let nextDateline = 0;

  let first = 0;
  let noBreakUntil = -1;
  const close = (last: number): void => {
    const start = t.starts[first]!;
    const end = t.ends[last]!;
    out.push({ start, end, text: text.slice(start, end), tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };

  for (let k = 0; k < n; k++) {
    while (nextDateline < datelines.length && datelines[nextDateline]! < k) nextDateline += 2;
    if (nextDateline < datelines.length && datelines[nextDateline] === k) noBreakUntil = datelines[nextDateline + 1]! - 1;
    if (k === n - 1) {
      close(k);
      break;
    }
    const next = k + 1;
    if (t.breaksBefore[next]! >= 2) {
      close(k);
      continue;
    }
    if (k < noBreakUntil) continue;
    const norm = norms[k]!;
    const kind = kinds[k];
    if (kind === 'punctuation' && isTerminal(norm)) {
      // "K! ONLINE", "E! News": an exclamation mark written onto a lone capital letter is part of a
      // name (a credit line, a channel), not the end of a sentence
      if (norm === '!' && isNameBang(text, t, kinds, k)) continue;
      // take closing quotes and brackets written straight after the stop
      let last = k;
      while (
        last + 1 < n &&
        t.breaksBefore[last + 1] === 0 &&
        t.starts[last + 1] === t.ends[last] &&
        kinds[last + 1] === 'punctuation' &&
        CLOSERS.has(norms[last + 1]!)
      ) {
        last++;
      }
      // the stop at the end of the text closes through the same call as the others (k = n - 1
      // ends the loop): its own close() had not run when the loop was first optimised, and the
      // first text ending in a stop threw the code away ("insufficient type feedback for call")
      const j = last + 1;
      if (j >= n || t.breaksBefore[j]! > 0 || startsSentence(text, t.starts[j]!, norms[j]![0] ?? '')) {
        close(last);
        k = last;
      }
      continue;
    }
    if (kind === 'abbreviation' && norm.endsWith('.') && SENTENCE_FINAL_ABBREVIATIONS.has(norm.slice(0, -1))) {
      const c = text.charCodeAt(t.starts[next]!);
      if (t.breaksBefore[next]! > 0 || (c >= 65 && c <= 90 && t.starts[next]! > t.ends[k]!)) close(k);
      continue;
    }
    if (t.breaksBefore[next]! === 1 && !startsLower(text, t.starts[next]!)) close(k);
  }
  return out;
}
