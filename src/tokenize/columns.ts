// The token table: what the tokenizer finds of each token, one column per field, written once
// by the tokenizer and read by index by every later stage (gazetteer, recognisers, the entity
// model's features, linking, relations). Offsets are typed arrays; texts, norms and stems are
// arrays of strings shared with the pipeline's vocabulary (a token's norm is mostly the same
// string as its text); the rare fields (clitics, reduplication) are a flags column and a map
// by token index. A Token object is made only when a caller asks for one (tokenAt, tokensOf:
// the public segment() and extract()'s `tokens` field), with exactly the fields and field
// order the tokenizer gave before the table (so the same JSON).
import type { Clitic, Reduplication, Token, TokenKind } from '../types.js';
import { type CliticAnalysis, cliticSpans } from './clitics.js';

/** flags: the token has clitics (its stem is its norm without them). */
export const HAS_CLITICS = 1;
/** flags: the token has an enclitic (-nya, -lah ...). */
export const HAS_ENCLITIC = 2;
/** flags: the reduplication code (REDUPLICATIONS index, 0 none) is kept in these bits, from bit 2. */
const REDUP_SHIFT = 2;
const REDUPLICATIONS: readonly (Reduplication | undefined)[] = [undefined, 'full', 'affixed', 'rhyming'];

/** The flags bits of a reduplication. */
export function reduplicationFlags(r: Reduplication): number {
  return REDUPLICATIONS.indexOf(r) << REDUP_SHIFT;
}

/** The flags bits of a clitic analysis. */
export function cliticFlags(a: CliticAnalysis): number {
  return a.forms.length > (a.proclitic ? 1 : 0) ? HAS_CLITICS | HAS_ENCLITIC : HAS_CLITICS;
}

/** Column store of one text's tokens: token k is row k of every column. */
export interface TokenColumns {
  /** The text the offsets point into. */
  readonly text: string;
  /** Number of tokens. */
  readonly size: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Kind after the units pass (a token inside a date is a date). */
  readonly kinds: readonly TokenKind[];
  /** text.slice(starts[k], ends[k]) (the vocabulary's copy when there is one). */
  readonly texts: readonly string[];
  /** Case-folded, quotes and dashes unified (Token.norm). */
  readonly norms: readonly string[];
  /** The norm without its clitics (Token.stem), or the norm itself when it has none. */
  readonly stems: readonly string[];
  /** HAS_CLITICS, HAS_ENCLITIC and the reduplication bits. */
  readonly flags: Uint8Array;
  /** The clitic analysis of each token with clitics (HAS_CLITICS), by token index. */
  readonly clitics: ReadonlyMap<number, CliticAnalysis>;
  /** Number of line breaks in the gap before the token (capped at 2: 2 means a blank line). */
  readonly breaksBefore: Uint8Array;
}

/** Token k's clitics as spans (Token.clitics), or undefined. */
export function cliticsAt(c: TokenColumns, k: number): Clitic[] | undefined {
  const a = (c.flags[k]! & HAS_CLITICS) !== 0 ? c.clitics.get(k) : undefined;
  return a === undefined ? undefined : cliticSpans(c.text, c.starts[k]!, c.ends[k]!, a);
}

/** Token k's reduplication (Token.reduplication), or undefined. */
export function reduplicationAt(c: TokenColumns, k: number): Reduplication | undefined {
  return REDUPLICATIONS[c.flags[k]! >> REDUP_SHIFT];
}

/** Whether token k has the clitic `form` (hasNya: -nya). */
export function hasClitic(c: TokenColumns, k: number, form: string): boolean {
  const a = (c.flags[k]! & HAS_CLITICS) !== 0 ? c.clitics.get(k) : undefined;
  return a?.forms.includes(form as never) ?? false;
}

/**
 * Token k as an object. Every token has all eight fields, the rare ones undefined when unset,
 * so that every token has one object shape (JSON leaves the undefined fields out).
 */
export function tokenAt(c: TokenColumns, k: number): Token {
  const clitics = cliticsAt(c, k);
  return {
    start: c.starts[k]!,
    end: c.ends[k]!,
    text: c.texts[k]!,
    kind: c.kinds[k]!,
    norm: c.norms[k]!,
    stem: clitics !== undefined ? c.stems[k] : undefined,
    clitics,
    reduplication: reduplicationAt(c, k),
  };
}

/** Every token as an object (the public tokens): tokenAt's, the rare fields read only where the flags have them. */
export function tokensOf(c: TokenColumns): Token[] {
  const { starts, ends, texts, kinds, norms, flags } = c;
  const out = new Array<Token>(c.size);
  for (let k = 0; k < c.size; k++) {
    out[k] =
      flags[k] === 0
        ? {
            start: starts[k]!,
            end: ends[k]!,
            text: texts[k]!,
            kind: kinds[k]!,
            norm: norms[k]!,
            stem: undefined,
            clitics: undefined,
            reduplication: undefined,
          }
        : tokenAt(c, k);
  }
  return out;
}

/**
 * The first code unit of token k's text (texts[k].charCodeAt(0)), read in the document's text:
 * the stages that test every token's first character (a capital? may a title or an alias
 * start here?) read the one text in order rather than load each token's own string, which
 * lies wherever the tokenizer or the vocabulary made it.
 */
export function firstCodeUnit(c: TokenColumns, k: number): number {
  return c.text.charCodeAt(c.starts[k]!);
}

/**
 * Where token k's stem ends, before its enclitics (Asianya -> Asia), or -1 (no enclitic, or
 * nothing before it): the start of its first enclitic's span (cliticsAt), without making the spans.
 */
export function stemEndAt(c: TokenColumns, k: number): number {
  if ((c.flags[k]! & HAS_ENCLITIC) === 0) return -1;
  const a = c.clitics.get(k)!;
  let e = c.ends[k]!;
  for (let j = a.proclitic ? 1 : 0; j < a.forms.length; j++) e -= a.forms[j]!.length;
  return e > c.starts[k]! ? e : -1;
}
