// The first pass: one left-to-right scan over UTF-16 code units that cuts the text into
// atomic tokens (no whitespace inside any token) and gives each a lexical kind. Later passes
// (units, clitics, sentences) only read this table. Every loop advances its index, every
// look-ahead is bounded or consumes what it reads, so the scan is linear in the input.
//
// Why not wink-tokenizer: measured on the Malay corpus it splits RM1.5 into "RM1" "." "5",
// cuts "Sdn. Bhd." and "11 Okt." at the dots, breaks "a/l" apart and has no notion of
// datelines or clitics; its regexes also cost more than this scan (see bench/tokenize.ts).

import type { TokenKind } from '../types.js';
import { DOMAIN_SUFFIXES, DOT_ABBREVIATIONS, HYPHEN_NAME_PREFIXES, MONTH_ABBREVIATIONS, NEEDS_NUMBER_AFTER } from './abbreviations.js';
import {
  codePointAt,
  isApostrophe,
  isAsciiDigit,
  isAsciiLetter,
  isDigitCp,
  isEmojiContinuation,
  isHighSurrogate,
  isJoiningHyphen,
  isLetterCp,
  isLowSurrogate,
  isPictographic,
  isPunctuationCp,
  isSpace,
  isUpperAscii,
  SOFT_HYPHEN,
  ZWJ,
} from './chars.js';

/** Column store of the scan: parallel arrays, one row per token (the numbers typed arrays). */
export interface TokenTable {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly kinds: TokenKind[];
  /** Number of line breaks in the gap before the token (capped at 2: 2 means a blank line). */
  readonly breaksBefore: Uint8Array;
  /** 1: the token is lower-case ASCII letters only (its own norm); 2: ASCII letters with a capital; 0: not known. */
  readonly plain: Uint8Array;
}

/** Currency codes and symbols that may be written straight before a number: RM1.5, B$50, US$3. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['RM', 'MYR'],
  ['B$', 'BND'],
  ['BND', 'BND'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['S$', 'SGD'],
  ['SGD', 'SGD'],
  ['A$', 'AUD'],
  ['AUD', 'AUD'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['NZ$', 'NZD'],
  ['C$', 'CAD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['EUR', 'EUR'],
  ['£', 'GBP'],
  ['GBP', 'GBP'],
  ['¥', 'JPY'],
  ['JPY', 'JPY'],
  ['Rp', 'IDR'],
  ['IDR', 'IDR'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['THB', 'THB'],
  ['INR', 'INR'],
  ['Rs', 'INR'],
  ['₩', 'KRW'],
  ['KRW', 'KRW'],
  ['₹', 'INR'],
]);
const DOLLAR_LETTER_PREFIXES = new Set(['B', 'US', 'S', 'A', 'HK', 'NT', 'NZ', 'C']);

const QUANTITY_SUFFIXES = new Set([
  'km',
  'kg',
  'm',
  'cm',
  'mm',
  'mg',
  'ml',
  'l',
  'g',
  'kmj',
  'km/j',
  'mw',
  'gw',
  'kw',
  'kwj',
  'mb',
  'gb',
  'tb',
  'ha',
  'c',
  'sen',
]);

/**
 * ASCII characters after which a run of ASCII letters is a finished word whatever follows:
 * none of them joins letters (hyphen, apostrophe, dot, slash, ampersand) or makes money or a
 * percentage ($, %). Characters from 128 up are not in the table (undefined: not an end).
 */
const ENDS_LETTER_RUN: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (isAsciiLetter(c) || isAsciiDigit(c)) continue;
    if (c === 45 || c === 39 || c === 46 || c === 47 || c === 38 || c === 36 || c === 37) continue;
    t[c] = 1;
  }
  return t;
})();

/** No "@" left in the text (scan's nextAt): past any index, and a small integer for V8 (a Smi). */
const NO_AT = 0x3fffffff;

/** Kind of an ASCII punctuation or symbol character that can only be a run of itself. */
const ASCII_MARKS: ReadonlyArray<TokenKind | undefined> = Array.from({ length: 128 }, (_, c) =>
  isSpace(c) || isAsciiLetter(c) || isAsciiDigit(c) || c === 35 || c === 36 || c === 64
    ? undefined
    : isPunctuationCp(c)
      ? 'punctuation'
      : 'symbol',
);

/**
 * The columns being filled, and the line breaks seen since the last token. A class rather
 * than a closure made per scan() over local arrays: scanWord called a fresh closure for every
 * text (a "wrong call target" deopt), and a method on one shape inlines.
 *
 * The columns are made with room for a token per four characters (news averages one per six
 * and a half) and filled by index, growing (doubled, copied) only past that: growing five
 * arrays push by push measured twice the cost of filling them in place. The four columns of
 * numbers are typed arrays, views of one buffer: 10 bytes a token of room, not 32 in arrays of
 * boxed-or-small numbers (a 10 MB text's room is 2.5 M tokens: 25 MB, not 80 MB of heap).
 */
class TableBuilder {
  starts: Int32Array;
  ends: Int32Array;
  readonly kinds: TokenKind[];
  breaksBefore: Uint8Array;
  plain: Uint8Array;
  /** Line breaks in the gap since the last token. */
  breaks = 0;
  /** Tokens so far (the columns are longer until finish()). */
  size = 0;
  private room: number;

  constructor(textLength: number) {
    const room = (textLength >> 2) + 8;
    this.room = room;
    const buf = new ArrayBuffer(10 * room);
    this.starts = new Int32Array(buf, 0, room);
    this.ends = new Int32Array(buf, 4 * room, room);
    this.breaksBefore = new Uint8Array(buf, 8 * room, room);
    this.plain = new Uint8Array(buf, 9 * room, room);
    this.kinds = new Array<TokenKind>(room);
  }

  push(s: number, e: number, k: TokenKind, plain = 0): void {
    const breaks = Math.min(this.breaks, 2);
    const size = this.size++;
    if (size >= this.room) this.grow();
    this.starts[size] = s;
    this.ends[size] = e;
    this.kinds[size] = k;
    this.breaksBefore[size] = breaks;
    this.plain[size] = plain;
    this.breaks = 0;
  }

  /** Twice the room, the numbers so far copied (kinds, an array, grows as it is written past its end). */
  private grow(): void {
    const room = 2 * this.room;
    const buf = new ArrayBuffer(10 * room);
    const starts = new Int32Array(buf, 0, room);
    const ends = new Int32Array(buf, 4 * room, room);
    const breaksBefore = new Uint8Array(buf, 8 * room, room);
    const plain = new Uint8Array(buf, 9 * room, room);
    starts.set(this.starts);
    ends.set(this.ends);
    breaksBefore.set(this.breaksBefore);
    plain.set(this.plain);
    this.starts = starts;
    this.ends = ends;
    this.breaksBefore = breaksBefore;
    this.plain = plain;
    this.room = room;
  }

  /** The columns cut to the tokens found. */
  finish(): TokenTable {
    const size = this.size;
    if (size < this.kinds.length) this.kinds.length = size;
    return {
      starts: this.starts.subarray(0, size),
      ends: this.ends.subarray(0, size),
      kinds: this.kinds,
      breaksBefore: this.breaksBefore.subarray(0, size),
      plain: this.plain.subarray(0, size),
    };
  }
}

export function scan(text: string): TokenTable {
  const t = new TableBuilder(text.length);
  const n = text.length;
  // Email look-ahead memo: a start at or before this index is known not to begin an email.
  let emailFailUntil = -1;
  // The next "@" at or after i (NO_AT: none left; -1: not looked for yet). Emails are only tried
  // where one is near: a local part is at most 64 characters (RFC 5321). None left is a number
  // past any index, not -1, and the first look is made at the first word, not before the loop,
  // so that every test and call in atNear runs in the first text: before, 'nextAt < i',
  // 'nextAt - i' and text.indexOf first ran at the first "@" of a corpus, and V8 threw scan's
  // optimised code away to learn them ("insufficient type feedback")
  let nextAt = -1;
  /** Whether an "@" is at most 64 characters ahead of i. */
  const atNear = (i: number): boolean => {
    if (nextAt < i) {
      nextAt = text.indexOf('@', i);
      if (nextAt < 0) nextAt = NO_AT;
    }
    return nextAt > i && nextAt - i <= 64;
  };

  /** An email address or a word from i; returns the index after it. */
  const emailOrWord = (i: number, c: number): number => {
    if (atNear(i) && i > emailFailUntil && (isAsciiLetter(c) || isAsciiDigit(c))) {
      const r = scanEmail(text, i);
      if (r > 0) {
        t.push(i, r, 'email');
        return r;
      }
      emailFailUntil = -r;
    }
    return scanWord(text, i, t);
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);

    // gaps: whitespace, controls, invisible format characters, stray soft hyphens
    if (isSpace(c) || c === SOFT_HYPHEN) {
      if (c === 10) t.breaks++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) t.breaks++;
      else if (c === 0x2028 || c === 0x2029) t.breaks += 2;
      i++;
      continue;
    }

    // plain ASCII words and numbers: the common case, straight to the word scanner (an email
    // is only tried with an "@" at most 64 characters ahead)
    // (h and w start a word here too unless the next letter could make http:// or www.)
    if (c < 128 && (isAsciiLetter(c) || isAsciiDigit(c)) && !mayStartUrl(text, i, c)) {
      if (atNear(i)) {
        i = emailOrWord(i, c);
        continue;
      }
      // Most tokens are a run of ASCII letters ended by a space or a character that cannot
      // join it (comma, closing bracket ...): take them in this tight loop. Anything else
      // (digits, hyphens, dots, apostrophes, non-ASCII) goes to scanWord from the start.
      // It also notes capitals, so that segment() need not read a lower-case word again.
      // The character that stops the run is kept (-1 at the end of the text) rather than read
      // again for each test after it: one charCodeAt per character (each decides between the
      // one- and two-byte string forms, and most texts come in both) measured faster.
      let e = i;
      let capitals = 0;
      let ch = c;
      for (;;) {
        const l = ch | 32;
        if (l < 97 || l > 122) break;
        capitals |= ch ^ l;
        if (++e === n) {
          ch = -1;
          break;
        }
        ch = text.charCodeAt(e);
      }
      // (read within the table only: a letter run ended by a character from 128 up read past
      // its end, an "out of bounds" deopt of scan)
      if (ch === -1 || (ch < 128 && ENDS_LETTER_RUN[ch] === 1)) {
        t.push(i, e, 'word', capitals === 0 ? 1 : 2);
        // the single space that usually follows is a gap with no line break: skip it here
        i = ch === 32 ? e + 1 : e;
        continue;
      }
      i = scanWord(text, i, t);
      continue;
    }

    // ASCII punctuation and symbols (other than # $ @, which may start a hashtag, money or a
    // mention): straight to the run below, without the Unicode class tests
    if (c < 128) {
      const mark = ASCII_MARKS[c];
      if (mark !== undefined) {
        // one increment for the mark and any repeats: a separate 'e++' for repeats ("...", "--")
        // had not run when scan was first optimised, and its first repeat threw the code away
        let e = i;
        do e++;
        while (e < n && text.charCodeAt(e) === c);
        t.push(i, e, mark);
        i = e;
        continue;
      }
    }

    // everything else (web addresses, mentions, non-ASCII letters, money signs, emoji, other
    // punctuation): its own function, see scanOther
    i = scanOther(text, i, c, t, emailOrWord);
  }
  return t.finish();
}

/**
 * The characters of scan() other than gaps, ASCII words and numbers and ASCII marks, from i (c is
 * the code unit there); returns the index after the token it pushes. Its own function, too large
 * to be inlined in scan: each of these paths is first met somewhere in a corpus (an address, an
 * emoji, a lone surrogate, a non-ASCII letter after which ...), and V8 then throws away the
 * optimised code it runs in to learn it ("insufficient type feedback"). Here that is this
 * function's code, not the whole scanner's: scan was compiled ten times in one pass over the
 * corpus.
 */
function scanOther(text: string, i: number, c: number, t: TableBuilder, emailOrWord: (i: number, c: number) => number): number {
  const n = text.length;
  const prevIsWordChar = i > 0 && isWordCharAt(text, i - 1);

  // web addresses
  if (!prevIsWordChar && (c === 104 || c === 72 || c === 119 || c === 87)) {
    const e = scanUrl(text, i);
    if (e > i) {
      t.push(i, e, 'url');
      return e;
    }
  }

  // @mentions and #hashtags
  if ((c === 64 || c === 35) && !prevIsWordChar && i + 1 < n && isHandleChar(text, i + 1)) {
    let e = i + 1;
    while (e < n && isHandleChar(text, e)) e += codePointAt(text, e).size;
    t.push(i, e, c === 64 ? 'mention' : 'hashtag');
    return e;
  }

  const { cp, size } = codePointAt(text, i);

  // words, numbers and everything written with letters or digits
  if (isLetterCp(cp) || isDigitCp(cp)) return emailOrWord(i, c);

  // currency symbols written before a number: $5, €20, £3
  if (
    (cp === 36 || cp === 0x20ac || cp === 0xa3 || cp === 0xa5 || cp === 0x20a9 || cp === 0x20b9) &&
    i + 1 < n &&
    isAsciiDigit(text.charCodeAt(i + 1))
  ) {
    const e = scanNumberTail(text, i + 1);
    t.push(i, e, 'money');
    return e;
  }

  // emoji and emoji sequences (ZWJ families, flags, skin tones, keycaps)
  if (isPictographic(cp)) {
    let e = i + size;
    let regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    while (e < n) {
      const next = codePointAt(text, e);
      if (isEmojiContinuation(next.cp)) {
        e += next.size;
        if (next.cp === ZWJ && e < n) {
          const after = codePointAt(text, e);
          if (isPictographic(after.cp)) e += after.size;
        }
      } else if (regional && next.cp >= 0x1f1e6 && next.cp <= 0x1f1ff) {
        e += next.size; // second half of a flag
        regional = false;
      } else break;
    }
    t.push(i, e, 'emoji');
    return e;
  }

  // lone surrogates: one symbol each, offsets stay exact
  if (isHighSurrogate(c) || isLowSurrogate(c)) {
    if (size === 1) {
      t.push(i, i + 1, 'symbol');
      return i + 1;
    }
  }

  // punctuation and symbols: a run of one repeated character is one token ("...", "--", "!!!")
  let e = i + size;
  while (e < n && text.charCodeAt(e) === c && size === 1) e++;
  t.push(i, e, isPunctuationCp(cp) ? 'punctuation' : 'symbol');
  return e;
}

/**
 * Whether the letter c at i and the one after it could begin "http" or "www" (any case): only
 * then is a web address tried. The next character is read only after an h or a w.
 */
function mayStartUrl(text: string, i: number, c: number): boolean {
  const l = c | 32;
  if (l !== 104 && l !== 119) return false;
  if (i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1) | 32;
  return l === 104 ? d === 116 : d === 119;
}

function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c) || c === 95;
  if (isLowSurrogate(c) && i > 0) {
    const { cp } = codePointAt(text, i - 1);
    return isLetterCp(cp) || isDigitCp(cp);
  }
  return isLetterCp(c) || isDigitCp(c);
}

function isHandleChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 95) return true;
  const { cp } = codePointAt(text, i);
  return isLetterCp(cp) || isDigitCp(cp);
}

function startsWithCI(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

const URL_STOP = new Set([0x22, 0x3c, 0x3e, 0x60, 0x201c, 0x201d, 0x2018, 0x2019, 0x7b, 0x7d, 0x7c, 0x5e]);
const URL_TRAILING = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0x29, 0x5d]);

/** End of a web address starting at i (http://, https://, www.), or i when there is none. */
function scanUrl(text: string, i: number): number {
  let p: number;
  if (startsWithCI(text, i, 'https://')) p = i + 8;
  else if (startsWithCI(text, i, 'http://')) p = i + 7;
  else if (startsWithCI(text, i, 'www.')) p = i + 4;
  else return i;
  if (p >= text.length || isSpace(text.charCodeAt(p))) return i;
  let e = p;
  let open = 0;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isSpace(c) || URL_STOP.has(c)) break;
    if (c === 0x28) open++;
    else if (c === 0x29) {
      if (open === 0) break;
      open--;
    }
    e++;
  }
  while (e > p && URL_TRAILING.has(text.charCodeAt(e - 1))) e--;
  return e > p ? e : i;
}

function isEmailLocal(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}
function isDomainChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 45;
}

/**
 * An email address starting at i: returns its end (> 0), or minus the index up to which no
 * start can begin an email (so the caller never rescans the same run: linear overall).
 */
function scanEmail(text: string, i: number): number {
  let e = i;
  while (e < text.length && isEmailLocal(text.charCodeAt(e))) e++;
  if (text.charCodeAt(e) !== 64 || e === i) return -e;
  let d = e + 1;
  let dots = 0;
  let labelStart = d;
  while (d < text.length) {
    const c = text.charCodeAt(d);
    if (isDomainChar(c)) d++;
    else if (c === 46 && d > labelStart && d + 1 < text.length && isDomainChar(text.charCodeAt(d + 1))) {
      dots++;
      d++;
      labelStart = d;
    } else break;
  }
  if (dots === 0 || d === labelStart) return -e;
  return d;
}

/** Digits with decimal and thousands separators, from i (which is a digit). */
function scanNumberTail(text: string, i: number): number {
  let e = i;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isAsciiDigit(c)) e++;
    // (e + 1 past the end reads nothing: a read out of bounds deoptimised this loop)
    else if ((c === 46 || c === 44) && e + 1 < text.length && isAsciiDigit(text.charCodeAt(e + 1)) && isAsciiDigit(text.charCodeAt(e - 1)))
      e++;
    else break;
  }
  return e;
}

/**
 * A run of letters and digits with the joiners Malay writing uses inside a word: hyphens
 * (kanak-kanak, ke-14, Al-Sultan), apostrophes (Ma'ruf, Dato'), soft hyphens (ber\u00adkata),
 * decimal and thousands separators (1.5, 1,000), slashes in a/l and dates, and the dot of a
 * known abbreviation. Pushes one token, or several when a hyphen joins two different proper
 * names (Malaysia-Singapura). Returns the index after what it consumed.
 */
function scanWord(text: string, i: number, t: TableBuilder): number {
  const n = text.length;
  let e = i;
  let letters = 0;
  let digits = 0;
  let hyphens = 0;
  let otherJoin = false; // . , : / & inside
  let lastWasDigit = false;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (c < 128) {
      if (isAsciiLetter(c)) {
        letters++;
        lastWasDigit = false;
        e++;
        continue;
      }
      if (isAsciiDigit(c)) {
        digits++;
        lastWasDigit = true;
        e++;
        continue;
      }
    } else if (c === SOFT_HYPHEN) {
      // a run of them too (me\u00ad\u00adnyerahkan, 192 in the corpus): the word goes on past it
      let f = e + 1;
      while (f < n && text.charCodeAt(f) === SOFT_HYPHEN) f++;
      if (f < n && isLetterCp(codePointAt(text, f).cp)) {
        e = f;
        continue;
      }
      break;
    } else {
      const { cp, size } = codePointAt(text, e);
      if (isLetterCp(cp)) {
        letters++;
        lastWasDigit = false;
        e += size;
        continue;
      }
      if (isDigitCp(cp)) {
        digits++;
        lastWasDigit = true;
        e += size;
        continue;
      }
    }
    // joiners: only between two word characters
    const next = e + 1 < n ? text.charCodeAt(e + 1) : 0;
    const nextIsAlnum =
      next !== 0 &&
      (next < 128
        ? isAsciiLetter(next) || isAsciiDigit(next)
        : isLetterCp(codePointAt(text, e + 1).cp) || isDigitCp(codePointAt(text, e + 1).cp));
    if (isJoiningHyphen(c) && nextIsAlnum) {
      hyphens++;
      e++;
      continue;
    }
    if (isApostrophe(c) && !lastWasDigit && nextIsAlnum && !isAsciiDigit(next)) {
      e++;
      continue;
    }
    if (lastWasDigit && isAsciiDigit(next)) {
      // 1.5  10.30  10:30  1,000  21/1/2024
      if (c === 46 || c === 58 || c === 47) {
        otherJoin = true;
        e++;
        continue;
      }
      if (
        c === 44 &&
        isAsciiDigit(text.charCodeAt(e + 2)) &&
        isAsciiDigit(text.charCodeAt(e + 3)) &&
        !isAsciiDigit(text.charCodeAt(e + 4))
      ) {
        otherJoin = true;
        e++;
        continue;
      }
    }
    // a/l, a/p, s/u: one letter, slash, one letter
    if (c === 47 && e - i === 1 && letters === 1 && isAsciiLetter(next) && !isWordCharCode(text.charCodeAt(e + 2))) {
      e += 2;
      letters++;
      otherJoin = true;
      break;
    }
    // AT&T, M&A
    if (c === 38 && isUpperAscii(text.charCodeAt(e - 1)) && isUpperAscii(next)) {
      otherJoin = true;
      e++;
      continue;
    }
    break;
  }

  // The character after the word decides the rare cases; the word's text is only sliced for
  // them (a plain word needs no string here: segment() slices each token once).
  // -1 past the end, not NaN: reading out of bounds (and passing NaN on) deoptimised this
  // function and the character tests it calls
  const after = e < n ? text.charCodeAt(e) : -1;
  // "$" after a currency letter prefix: B$50, US$3, S$1
  if (after === 36 && digits === 0 && isAsciiDigit(text.charCodeAt(e + 1)) && DOLLAR_LETTER_PREFIXES.has(text.slice(i, e))) {
    const end = scanNumberTail(text, e + 1);
    t.push(i, end, 'money');
    return end;
  }
  // "%" straight after a number
  if (after === 37 && lastWasDigit && letters === 0) {
    t.push(i, e + 1, 'percent');
    return e + 1;
  }

  if (after === 46 /* . */) {
    const dotted = attachDot(text, i, e, letters, digits, hyphens, otherJoin, t);
    if (dotted.end > e) {
      t.push(i, dotted.end, dotted.kind);
      return dotted.end;
    }
  }
  // Dato' and Dato’: the apostrophe is part of the title
  if (e - i === 4 && isApostrophe(after)) {
    const word = text.slice(i, e);
    if (word === 'Dato' || word === 'dato' || word === 'DATO') {
      t.push(i, e + 1, 'word');
      return e + 1;
    }
  }

  if (hyphens > 0 && digits === 0 && (splitProperCompound(text, i, e, t) || (hyphens === 1 && splitStancePrefix(text, i, e, t)))) return e;
  if (digits === 0 && !otherJoin) {
    // a word of ASCII letters only (the last of a sentence, before its full stop) is marked as
    // the letter runs of scan() are, so that segment() reads it in the text as it does those
    t.push(i, e, 'word', hyphens === 0 ? asciiLetterCase(text, i, e) : 0);
    return e;
  }
  t.push(i, e, classifyWord(text.slice(i, e), letters, digits, hyphens, otherJoin));
  return e;
}

/** TokenTable.plain of text[i, e): 1 for lower-case ASCII letters only, 2 for ASCII letters with a capital, 0 for anything else. */
function asciiLetterCase(text: string, i: number, e: number): number {
  let capitals = 0;
  for (let k = i; k < e; k++) {
    const c = text.charCodeAt(k);
    const l = c | 32;
    if (l < 97 || l > 122) return 0;
    capitals |= c ^ l;
  }
  return capitals === 0 ? 1 : 2;
}

function isWordCharCode(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || (c >= 0xc0 && c <= 0x24f);
}

/** Whether text[i, e) has no character but lower-case ASCII ones. */
function isLowerAsciiIn(text: string, i: number, e: number): boolean {
  for (let k = i; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Length of the longest word whose dot may attach by the abbreviation or month lists. */
const LONGEST_DOT_WORD = Math.max(...[...DOT_ABBREVIATIONS, ...MONTH_ABBREVIATIONS].map((w) => w.length));

/** Decide whether the dot at `e` belongs to the word [i, e). */
function attachDot(
  text: string,
  i: number,
  e: number,
  letters: number,
  digits: number,
  hyphens: number,
  otherJoin: boolean,
  t: TableBuilder,
): { end: number; kind: TokenKind } {
  const none = { end: e, kind: 'word' as TokenKind };
  if (hyphens > 0 || otherJoin) return none;
  const after = e + 1 < text.length ? text.charCodeAt(e + 1) : -1; // -1 past the end: see scanWord
  // web address without a scheme: malaysiakini.com, bernama.com.my
  // (characters read within the text only: charCodeAt past the end, NaN, was an "out of
  // bounds" deopt of attachDot, and NaN passed on to isAsciiLetter a "not a Smi" one)
  if (letters > 0 && after >= 97 && after <= 122) {
    let p = e;
    let end = -1;
    while (p < text.length && text.charCodeAt(p) === 46) {
      let q = p + 1;
      while (q < text.length && text.charCodeAt(q) >= 97 && text.charCodeAt(q) <= 122) q++;
      if (q - p - 1 < 2 || !DOMAIN_SUFFIXES.has(text.slice(p + 1, q))) break;
      if (q < text.length && isWordCharCode(text.charCodeAt(q))) break;
      end = q;
      p = q;
    }
    if (end > 0) return { end, kind: 'url' };
  }
  if (digits > 0) return none;
  // initialisms: Y.A.B., U.S., A.S., Y.Bhg.
  if (letters === 1 && isAsciiLetter(after)) {
    let p = e;
    let parts = 1;
    while (p < text.length && text.charCodeAt(p) === 46) {
      let q = p + 1;
      while (q < text.length && isAsciiLetter(text.charCodeAt(q)) && q - p <= 3) q++;
      if (q === p + 1 || q - p > 4 || q >= text.length || text.charCodeAt(q) !== 46) break;
      parts++;
      p = q;
    }
    if (parts > 1) return { end: p + 1, kind: 'abbreviation' };
  }
  // constituency and seat codes: P.123, N.12
  if (letters === 1 && isUpperAscii(text.charCodeAt(i)) && isAsciiDigit(after)) {
    let q = e + 1;
    while (q < text.length && isAsciiDigit(text.charCodeAt(q))) q++;
    if (!isWordCharCode(text.charCodeAt(q))) return { end: q, kind: 'code' };
  }
  // Abbreviations and months are short: a longer word (most words before a full stop) is
  // neither, and is not sliced and lower-cased for the look-ups.
  if (e - i <= LONGEST_DOT_WORD) {
    // a word already in lower-case ASCII is its own lower case: most texts are two-byte
    // strings (a curly quote is enough), which V8 lower-cases through ICU, a runtime call
    const word = text.slice(i, e);
    const lower = isLowerAsciiIn(text, i, e) ? word : word.toLowerCase();
    if (DOT_ABBREVIATIONS.has(lower)) {
      if (NEEDS_NUMBER_AFTER.has(lower)) {
        const d = text.charCodeAt(e + 1) === 32 ? text.charCodeAt(e + 2) : after;
        if (!isAsciiDigit(d)) return none;
      }
      return { end: e + 1, kind: 'abbreviation' };
    }
    if (MONTH_ABBREVIATIONS.has(lower)) {
      // only after a day number: "11 Okt." (the previous token is a number ending just before a space)
      const last = t.size - 1;
      if (last >= 0 && t.kinds[last] === 'number' && (t.ends[last] ?? 0) < i) return { end: e + 1, kind: 'abbreviation' };
      return none;
    }
  }
  // a single capital initial before another capitalised word: "M. Kulasegaran", and written
  // onto it without a space: "M.Nasir", "S.Subramaniam" (a capital and then a small letter: not
  // an initialism, which the dots go on through)
  if (letters === 1 && isUpperAscii(text.charCodeAt(i))) {
    if (after === 32 && isUpperAscii(text.charCodeAt(e + 2))) return { end: e + 1, kind: 'abbreviation' };
    const next = text.charCodeAt(e + 2);
    if (isUpperAscii(after) && next >= 97 && next <= 122) return { end: e + 1, kind: 'abbreviation' };
  }
  return none;
}

/**
 * "Malaysia-Singapura", "PH-BN": two different capitalised names joined by a hyphen become
 * name, hyphen, name so that each can be recognised. Reduplication (Negara-Negara) and name
 * prefixes (Al-Sultan) stay whole. Returns false when it pushed nothing.
 */
function splitProperCompound(text: string, i: number, e: number, t: TableBuilder): boolean {
  // most hyphenated words are lower-case reduplication (kanak-kanak): out before any allocation
  const c0 = text.charCodeAt(i);
  if (c0 < 128 && !isUpperAscii(c0)) return false;
  const parts: Array<[number, number]> = [];
  let s = i;
  for (let k = i; k <= e; k++) {
    if (k === e || isJoiningHyphen(text.charCodeAt(k))) {
      parts.push([s, k]);
      s = k + 1;
    }
  }
  if (parts.length < 2) return false;
  const seen = new Set<string>();
  for (const [a, b] of parts) {
    const c = text.charCodeAt(a);
    const upper = c < 128 ? isUpperAscii(c) : text[a] !== text[a]!.toLowerCase();
    if (!upper || b - a < 2) return false;
    const lower = text.slice(a, b).toLowerCase();
    if (seen.has(lower)) return false;
    seen.add(lower);
  }
  const first = text.slice(parts[0]![0], parts[0]![1]).toLowerCase();
  if (HYPHEN_NAME_PREFIXES.has(first)) return false;
  for (let k = 0; k < parts.length; k++) {
    const [a, b] = parts[k]!;
    if (k > 0) t.push(a - 1, a, 'punctuation');
    t.push(a, b, 'word');
  }
  return true;
}

/** Lower-case prefixes of stance written onto a name: "pro-Rusia", "anti-Israel". */
const STANCE_PREFIXES = ['pro', 'anti'];

/**
 * "pro-Rusia", "anti-Israel", "pro-Umno": a stance prefix joined by a hyphen to a capitalised
 * word becomes prefix, hyphen, word, so that the name can be recognised on its own. Returns
 * false when it pushed nothing.
 */
function splitStancePrefix(text: string, i: number, e: number, t: TableBuilder): boolean {
  for (const p of STANCE_PREFIXES) {
    const h = i + p.length;
    if (h + 2 > e || text.charCodeAt(h) !== 45 || !isUpperAscii(text.charCodeAt(h + 1)) || !text.startsWith(p, i)) continue;
    t.push(i, h, 'word');
    t.push(h, h + 1, 'punctuation');
    t.push(h + 1, e, 'word');
    return true;
  }
  return false;
}

function classifyWord(word: string, letters: number, digits: number, hyphens: number, otherJoin: boolean): TokenKind {
  if (digits === 0) return otherJoin && word.length === 3 && word[1] === '/' ? 'abbreviation' : 'word';
  if (letters === 0) {
    if (word.includes('/') && /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(word)) return 'date';
    return 'number';
  }
  const lower = word.toLowerCase();
  // ke-14, kali ke-3
  if (hyphens === 1 && lower.startsWith('ke-')) return 'ordinal';
  // RM1.5, RM300, USD20
  const lead = leadingLetters(word);
  if (lead.length > 0 && lead.length < word.length && CURRENCY_PREFIXES.has(lead) && isAsciiDigit(word.charCodeAt(lead.length))) {
    return 'money';
  }
  // 12hb, 1990an
  if (isAsciiDigit(word.charCodeAt(0))) {
    const tail = lower.slice(leadingDigits(word).length);
    if (tail === 'hb') return 'date';
    if (tail === 'am' || tail === 'pm' || tail === 'pg' || tail === 'ptg') return 'time';
    if (QUANTITY_SUFFIXES.has(tail)) return 'quantity';
  }
  return 'word';
}

function leadingLetters(word: string): string {
  let k = 0;
  while (k < word.length && isAsciiLetter(word.charCodeAt(k))) k++;
  return word.slice(0, k);
}
function leadingDigits(word: string): string {
  let k = 0;
  while (k < word.length) {
    const c = word.charCodeAt(k);
    if (isAsciiDigit(c) || ((c === 46 || c === 44) && k > 0)) k++;
    else break;
  }
  return word.slice(0, k);
}
