// Character classes over UTF-16 code units. ASCII takes a table-free fast path; everything
// else asks a single-character Unicode property regex (no quantifiers, so nothing can
// backtrack). Astral characters are classified by their whole code point.

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const PUNCTUATION = /^\p{P}$/u;

export const SOFT_HYPHEN = 0x00ad;
export const ZWJ = 0x200d;

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Code point at i and its length in code units (1, or 2 for a well-formed surrogate pair). */
export function codePointAt(text: string, i: number): { cp: number; size: 1 | 2 } {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return { cp: (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, size: 2 };
  }
  return { cp: c, size: 1 };
}

/** Whitespace, control characters and invisible format characters: the gaps between tokens. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return true; // includes NUL and the C0 controls
  if (c < 0x7f) return false;
  return (
    (c >= 0x7f && c <= 0xa0) || // DEL, C1 controls, NBSP
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) || // en quad .. zero-width joiner
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff // BOM / zero-width no-break space
  );
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A letter or combining mark, by code point. */
export function isLetterCp(cp: number): boolean {
  if (cp < 128) return isAsciiLetter(cp);
  if (cp === 0xd7 || cp === 0xf7) return false;
  if (cp >= 0xc0 && cp <= 0x24f) return true; // Latin-1 supplement and Latin extended A/B
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // lone surrogate
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

export function isDigitCp(cp: number): boolean {
  if (cp < 128) return isAsciiDigit(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return DIGIT.test(String.fromCodePoint(cp));
}

export function isPictographic(cp: number): boolean {
  if (cp < 0xa9) return false;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return true; // regional indicators (flags)
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/** Parts of an emoji sequence after its first code point: ZWJ, variation selectors, skin tones, keycap, tags. */
export function isEmojiContinuation(cp: number): boolean {
  return (
    cp === ZWJ || cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

export function isPunctuationCp(cp: number): boolean {
  if (cp < 128) {
    // ASCII punctuation proper; $ + < = > ^ ` | ~ are symbols
    return (
      (cp >= 33 && cp <= 47 && cp !== 36 && cp !== 43) ||
      cp === 58 ||
      cp === 59 ||
      cp === 63 ||
      cp === 64 ||
      cp === 91 ||
      cp === 92 ||
      cp === 93 ||
      cp === 95 ||
      cp === 123 ||
      cp === 125
    );
  }
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return PUNCTUATION.test(String.fromCodePoint(cp));
}

/** Hyphen-like characters that may join the parts of a word (kanak-kanak, ke-14). */
export function isJoiningHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015 || c === 0x2212;
}

/** Whether text[from, to) holds a line break; no allocation (the gaps between tokens are short). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** A text as a look-up key: soft hyphens (Presi\u00adden, Se\u00adlangor) do not count. */
export function lookupKey(s: string): string {
  return s.includes('\u00ad') ? s.replaceAll('\u00ad', '') : s;
}

/** How many ASCII capitals a word has, or -1 when it has any lower-case letter (ASCII or not). */
export function capitalsOnly(s: string): number {
  let capitals = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return -1;
    if (c >= 65 && c <= 90) capitals++;
    else if (c > 127 && s[i] !== s[i]!.toUpperCase()) return -1;
  }
  return capitals;
}
