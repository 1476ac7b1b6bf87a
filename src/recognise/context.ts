// What the recognisers share: token predicates (isUpperStart, isNameWord, lowerOf), the word
// lists' answers for each token, asked once (TokenWords), the context of the sentence being
// scanned (SentenceCtx), and the name shapes that several recognisers test: nameRun, the tokens
// of a person's name from a word ("Najib Tun Razak" in "kata Datuk Seri Najib Tun Razak
// semalam"), and personShaped, whether a run of capitalised words looks like a person's name
// (Rosmah Mansor does; Asset Recovery, ending in a common English word, does not).

import type { GazetteerMatch } from '../gazetteer/index.js';
import { capitalsOnly, hasLineBreak } from '../tokenize/chars.js';
import { firstCodeUnit, HAS_ENCLITIC, type TokenColumns } from '../tokenize/columns.js';
import { isRootWord } from '../tokenize/index.js';
import { type Vocabulary, VocabularyStamp } from '../tokenize/vocabulary.js';
import type { EntityLabel } from '../types.js';
import { type Mention, newMention, type Recogniser } from './mention.js';
import { isMalayWord, type MalayWords } from './morphology.js';
import { INNER_NAME_TITLES, isEnglishWord, isLowercaseUsage, longestPhrase, type WordKnowledge } from './words.js';

/**
 * Whether token k starts with a capital (or digits then a capital: 1MDB): upperStartText of its
 * text, the first character read in the document's text (firstCodeUnit), the token's own
 * string only for a digit or a character from 128 up.
 */
export const isUpperStart = (cols: TokenColumns, k: number): boolean => {
  const c = firstCodeUnit(cols, k);
  if (c >= 65 && c <= 90) return true;
  return ((c >= 48 && c <= 57) || c > 127) && upperStartText(cols.texts[k]!);
};
/** Whether a token text starts with a capital (or digits then a capital: 1MDB). */
export const upperStartText = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return digitsThenCapital(s); // 1MDB
  return c > 127 && s[0] !== s[0]!.toLowerCase();
};
/** /^[0-9]+[A-Z]/ as a loop: asked of every number token. */
function digitsThenCapital(s: string): boolean {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  // (0 for a number with nothing after it: charCodeAt past the end, NaN, was an "out of bounds"
  // deopt of propose, where this is inlined)
  const c = i < s.length ? s.charCodeAt(i) : 0;
  return i > 0 && c >= 65 && c <= 90;
}
export const isAllCaps = (cols: TokenColumns, k: number): boolean => capitalsOnly(cols.texts[k]!) >= 2;
/** A capitalised word token that can be part of a name. */
export const isNameWord = (cols: TokenColumns, k: number): boolean => {
  const kind = cols.kinds[k];
  return (kind === 'word' || (kind === 'abbreviation' && isInitial(cols.texts[k]!))) && isUpperStart(cols, k);
};
/** /^[A-Z]\.$/ without a regular expression: an initial (M. in "Mohd M. Ali"). */
function isInitial(s: string): boolean {
  const c = s.charCodeAt(0);
  return s.length === 2 && c >= 65 && c <= 90 && s.charCodeAt(1) === 46;
}
/** Token k's stem, without a final dot (Sdn. -> sdn). */
export const lowerOf = (cols: TokenColumns, k: number): string => {
  const s = cols.stems[k]!;
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
};

/**
 * What the word lists say of each token's lower-case form, asked once per token of a document:
 * the recognisers ask the same token again and again (a name's words are tested by nameRun,
 * personShaped, orgHeadPattern ...), and each answer is a look-up in a set of tens of thousands of
 * words, or a dozen for isMalayWord. Bits per token: KNOWN_x once x is asked, x its answer. With
 * the tokens' vocabulary ids (`ids`), the bits are kept by id instead, in the pipeline's
 * WordAnswers (`bits` is then its array): a word's answers are asked once per pipeline.
 */
export class TokenWords {
  /**
   * `bits`: one zeroed byte per token, or with `ids` the pipeline's bits by id
   * (WordAnswers.bitsFor); `malayWords`: the pipeline's answers of isMalayWord, if it keeps them.
   */
  constructor(
    private readonly cols: TokenColumns,
    private readonly bits: Uint8Array,
    private readonly malayWords?: MalayWords,
    private readonly ids?: Int32Array,
  ) {}
  /** Where token k's bits are: k, or its id. */
  private at(k: number): number {
    return this.ids === undefined ? k : this.ids[k]!;
  }
  /** isLowercaseUsage(lowerOf(tokens[k])). */
  lowercase(k: number): boolean {
    const at = this.at(k);
    let b = this.bits[at]!;
    if ((b & KNOWN_LOWERCASE) === 0) {
      b |= KNOWN_LOWERCASE | (isLowercaseUsage(lowerOf(this.cols, k)) ? LOWERCASE : 0);
      this.bits[at] = b;
    }
    return (b & LOWERCASE) !== 0;
  }
  /** isMalayWord(lowerOf(tokens[k])). */
  malay(k: number): boolean {
    const at = this.at(k);
    let b = this.bits[at]!;
    if ((b & KNOWN_MALAY) === 0) {
      const lower = lowerOf(this.cols, k);
      b |= KNOWN_MALAY | ((this.malayWords !== undefined ? this.malayWords.has(lower) : isMalayWord(lower)) ? MALAY : 0);
      this.bits[at] = b;
    }
    return (b & MALAY) !== 0;
  }
  /** isCommonWord(lowerOf(tokens[k])). */
  common(k: number): boolean {
    return this.lowercase(k) || this.malay(k);
  }
  /** isDerivedWord(lowerOf(tokens[k])). */
  derived(k: number): boolean {
    if (!this.malay(k)) return false;
    const at = this.at(k);
    let b = this.bits[at]!;
    if ((b & KNOWN_ROOT) === 0) {
      b |= KNOWN_ROOT | (isRootWord(lowerOf(this.cols, k)) ? ROOT : 0);
      this.bits[at] = b;
    }
    return (b & ROOT) === 0;
  }
  /** A word of a portfolio after a role: ordinary (Sukan, Eksekutif) or built with affixes (Kebudayaan, Pendidikan). */
  portfolio(k: number): boolean {
    return this.lowercase(k) || this.derived(k);
  }
}

/**
 * TokenWords' bits by vocabulary id, kept by a pipeline from document to document: a word's
 * answers (lower-case usage, Malay word, root; and NO_ALIAS, the gazetteer's) are functions of
 * its id (its text, and whether it is a word), the same in every document. Emptied when the
 * vocabulary starts again.
 */
export class WordAnswers {
  private bits = new Uint8Array(0);
  private readonly stamp = new VocabularyStamp();

  /** The bits by id for ids of `v`: room for every id it has given (twice its texts), emptied if v started again. */
  bitsFor(v: Vocabulary): Uint8Array {
    if (this.stamp.stale(v)) this.bits.fill(0);
    const need = 2 * v.size;
    if (this.bits.length < need) {
      const more = new Uint8Array(Math.max(need, 2 * this.bits.length));
      more.set(this.bits);
      this.bits = more;
    }
    return this.bits;
  }
}

const KNOWN_LOWERCASE = 1;
const LOWERCASE = 2;
const KNOWN_MALAY = 4;
const MALAY = 8;
const KNOWN_ROOT = 16;
const ROOT = 32;
/** In WordAnswers' bits only: the gazetteer found that no alias starts at this word (matchGazetteer's NoAliasNotes). */
export const NO_ALIAS = 64;

/** Whether tokens a and b are on the same line. */
export function sameLine(text: string, cols: TokenColumns, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    if (hasLineBreak(text, cols.ends[k - 1]!, cols.starts[k]!)) return false;
  }
  return true;
}

/** Something per token index (undefined where a token has none). */
export type ByToken<T> = readonly (T | undefined)[];

/**
 * Gazetteer matches by their first token (the last match listed, where two start at one token):
 * an index per token in a typed array, not an array of a document's length, which V8 makes in
 * its old generation and keeps there until a full collection (12 MB for a 10 MB text).
 */
export class MatchesAt {
  /** By token: 1 + the index of its match in `matches`, 0 for none. */
  private readonly index: Int32Array;
  /** `index`: tokenCount zeroed numbers to keep the index in (a kept buffer), else made. */
  constructor(
    private readonly matches: readonly GazetteerMatch[],
    tokenCount: number,
    index?: Int32Array,
  ) {
    this.index = index ?? new Int32Array(tokenCount);
    for (let i = 0; i < matches.length; i++) this.index[matches[i]!.tokenStart] = i + 1;
  }

  /** The match that starts at token k (undefined: none, or k outside the text). */
  at(k: number): GazetteerMatch | undefined {
    const i = this.index[k];
    return i === undefined || i === 0 ? undefined : this.matches[i - 1];
  }
}

export interface SentenceCtx {
  readonly text: string;
  readonly cols: TokenColumns;
  readonly start: number;
  readonly end: number;
  readonly words: WordKnowledge;
  /** Gazetteer matches by their first token. */
  readonly gazAt: MatchesAt;
  /** Tokens inside date/time/money units. */
  readonly inUnit: Uint8Array;
  /** How often token k's text occurs capitalised in the document (counted on the first question). */
  readonly countOf: (k: number) => number;
  /** Which word tries each token may start a phrase of (phraseStartBits). */
  readonly starts: Uint8Array;
  /** What the word lists say of each token, asked once (TokenWords). */
  readonly lex: TokenWords;
  /** 1 where isUpperStart(token): asked of every token by three scans, read from here. */
  readonly capital: Uint8Array;
}

export function mention(ctx: SentenceCtx, a: number, b: number, label: EntityLabel, by: Recogniser, score: number): Mention {
  return newMention(ctx.cols.starts[a]!, ctx.cols.ends[b - 1]!, a, b, label, by, score);
}

/** A word the annotation never makes an entity of on its own (Melayu, Islam, PRU, GST). */
export const isNonEntity = (ctx: SentenceCtx, k: number): boolean => {
  const s = ctx.cols.texts[k]!;
  if (ctx.words.nonEntities.has(s)) return true;
  const bare = withoutTrailingDigits(s);
  return bare !== s && ctx.words.nonEntities.has(bare);
};

/** PRU15 -> PRU. A loop, not /\d+$/: that regex is quadratic on a long digit run inside a word (Z111...1x). */
function withoutTrailingDigits(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  return e === s.length ? s : s.slice(0, e);
}

/**
 * Longest spans the patterns build, in tokens. They keep every scan bounded (linear time on
 * any input, e.g. a page of nothing but capitalised words); real names are far shorter (the
 * longest body name in the dev articles has 14 tokens).
 */
export const MAX_NAME_TOKENS = 12;
export const MAX_TAIL_TOKENS = 24;

/** Where an organisation or place head noun starts a new name inside a capitalised run. */
function headAt(ctx: SentenceCtx, q: number): boolean {
  // asked at every word of a name: one read of the token's bits rules most out
  if ((ctx.starts[q]! & (ctx.words.orgHeads.bit | ctx.words.placeHeads.bit)) === 0) return false;
  return (
    longestPhrase(ctx.words.orgHeads, ctx.text, ctx.cols, q, ctx.end, ctx.starts) !== undefined ||
    longestPhrase(ctx.words.placeHeads, ctx.text, ctx.cols, q, ctx.end, ctx.starts) !== undefined
  );
}

/**
 * Tokens of a person's name from k: capitalised words, particles, initials, inner titles.
 * A word that is no entity (Melayu, Islam) ends the run unless `throughNonEntities`.
 */
export function nameRun(ctx: SentenceCtx, k: number, throughNonEntities = false): number {
  const { cols, words } = ctx;
  const { texts } = cols;
  let q = k;
  let last = k;
  const limit = Math.min(ctx.end, k + MAX_NAME_TOKENS);
  while (q < limit) {
    const t = texts[q]!;
    if (q > k && !sameLine(ctx.text, cols, q - 1, q)) break;
    if (ctx.inUnit[q]) break;
    // the common end of a name, a lower-case word: nothing below goes on through it
    if (q > k && !isNameWord(cols, q) && t !== '-' && !words.particles.has(t) && !INNER_NAME_TITLES.has(t)) break;
    if (q > k && !INNER_NAME_TITLES.has(t) && (headAt(ctx, q) || (!throughNonEntities && isNonEntity(ctx, q)))) break;
    if (isNameWord(cols, q) && !longestPhrase(words.titles, ctx.text, cols, q, ctx.end, ctx.starts)) {
      q++;
      last = q;
      if ((cols.flags[q - 1]! & HAS_ENCLITIC) !== 0) break;
      continue;
    }
    // inner titles and particles need a name word after them: Najib Tun Razak, Ali bin Abu,
    // Siti Aminah binti Hj. Abdullah
    if (q > k && (words.particles.has(t) || INNER_NAME_TITLES.has(t)) && q + 1 < ctx.end) {
      const n1 = texts[q + 1]!;
      if (isNameWord(cols, q + 1) && !INNER_NAME_TITLES.has(n1)) {
        q++;
        continue;
      }
      if (INNER_NAME_TITLES.has(n1) && q + 2 < ctx.end && isNameWord(cols, q + 2)) {
        q += 2;
        continue;
      }
    }
    // hyphen glued between two name parts (Jean-Claude)
    if (
      q > k &&
      t === '-' &&
      cols.ends[q - 1]! === cols.starts[q]! &&
      q + 1 < ctx.end &&
      cols.starts[q + 1]! === cols.ends[q]! &&
      isNameWord(cols, q + 1)
    ) {
      q++;
      continue;
    }
    // particles that open a name: Mohd, Syed, Wan, Nik, Che
    if (q === k && words.particles.has(t) && q + 1 < ctx.end && isNameWord(cols, q + 1)) {
      q++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * Whether tokens [k, n) look like a person's name: no word built with Malay affixes, no
 * company suffix, not ending in a common English word (Astro Zone, DHL Group, Asset Recovery),
 * its first word not one the news writes in lower case, and at most half of its words such.
 */
export function personShaped(ctx: SentenceCtx, k: number, n: number, afterTitle: 'role' | 'honorific' | 'none' = 'none'): boolean {
  const { cols, words, lex } = ctx;
  // the content words by index, counted in place: no array per call
  let count = 0;
  let first = -1;
  let last = -1;
  for (let q = k; q < n; q++) {
    if (!isNameContent(ctx, q)) continue;
    if (first < 0) first = q;
    last = q;
    count++;
  }
  if (count === 0) return false;
  if (longestPhrase(words.orgSuffixes, ctx.text, cols, n - 1, n, ctx.starts)) return false;
  // after an honorific (Datuk Seri, Dr) the name is trusted: Azlan Man, Salleh Said Keruak
  if (afterTitle === 'honorific') return true;
  let common = 0;
  for (let q = first; q <= last; q++) {
    if (!isNameContent(ctx, q)) continue;
    if (lex.derived(q)) return false;
    if (lex.lowercase(q)) common++;
  }
  if (afterTitle === 'role') return !lex.lowercase(first);
  if (count >= 2 && isEnglishWord(lowerOf(cols, last)) && !isAllCaps(cols, last)) return false;
  if (lex.lowercase(first)) return false;
  return common * 2 <= count;
}

/** A word of a name that is not a particle or inner title (personShaped). */
const isNameContent = (ctx: SentenceCtx, k: number): boolean =>
  isNameWord(ctx.cols, k) && !ctx.words.particles.has(ctx.cols.texts[k]!) && !INNER_NAME_TITLES.has(ctx.cols.texts[k]!);

/** An honorific title followed by a person's name: where a tail must stop (Datuk Seri Ali). */
export function honorificBeforeName(ctx: SentenceCtx, p: number): boolean {
  const m = longestPhrase(ctx.words.titles, ctx.text, ctx.cols, p, ctx.end, ctx.starts);
  if (m?.value.kind !== 'honorific') return false;
  return m.end < ctx.cols.size && isNameWord(ctx.cols, m.end) && !ctx.lex.lowercase(m.end);
}

/** Compass words that end a place's name: Jawa Timur, Korea Utara, California Selatan. */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(['Utara', 'Selatan', 'Timur', 'Barat', 'Tengah', 'Laut']);
/** Place kinds that a person's name in the same article overrides (Pilar the city vs Alexander Pilar). */
export const WEAK_PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'district', 'mukim', 'region', 'province']);
