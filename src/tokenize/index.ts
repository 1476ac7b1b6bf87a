// The tokenizer: scan -> normalise -> units (dates, money, datelines ...) -> word analysis
// (clitics, reduplication) -> sentences. Pure: text in, plain data out.
import { assertText } from '../errors.js';
import type { Segmentation, Sentence, Token, Unit } from '../types.js';
import { analyseClitics, type CliticAnalysis, mayHaveClitics, mayHaveCliticsIn } from './clitics.js';
import { cliticFlags, reduplicationFlags, type TokenColumns, tokensOf } from './columns.js';
import { normalise } from './normalise.js';
import { reduplicationOf } from './reduplication.js';
import { scan, type TokenTable } from './scanner.js';
import { findSentences } from './sentences.js';
import { findUnits } from './units.js';
import type { Vocabulary } from './vocabulary.js';

export { isRootWord } from './clitics.js';
export { normalise } from './normalise.js';

/**
 * Tokens, sentences and units (dates, times, money, percentages, quantities, datelines) of a text.
 * With a vocabulary (a pipeline's), also each token's id in it (`ids`: see vocabulary.ts).
 * The tokens are kept as columns (`columns`, columns.ts); `tokens` makes the objects on first
 * read (the pipeline's stages read the columns, and so make none).
 */
export function segment(text: string, vocabulary?: Vocabulary): Segmentation {
  assertText(text);
  const { columns, units, table, ids } = tokensAndUnits(text, vocabulary);
  const sentences = findSentences(text, table, columns.kinds, columns.norms, units);
  return new ColumnSegmentation(columns, sentences, units, ids, vocabulary);
}

/**
 * A Segmentation over token columns. `tokens` is made from the columns on first read and kept;
 * the columns, ids and vocabulary are private fields read through getters, so they are in no
 * JSON and no spread, and JSON (toJSON) holds the tokens, sentences and units as before. A
 * spread (`{...seg}`) holds the sentences and units only: the tokens are a getter. A class, not
 * an object literal with a getter: V8 gives every such literal a map of its own, and collecting
 * them took four times the tokenizer's own time over the corpus (measured with --trace-gc).
 */
class ColumnSegmentation implements Segmentation {
  readonly #columns: TokenColumns;
  readonly #ids: Int32Array | undefined;
  readonly #vocabulary: Vocabulary | undefined;
  #tokens: Token[] | undefined;

  constructor(
    columns: TokenColumns,
    readonly sentences: Sentence[],
    readonly units: Unit[],
    ids: Int32Array | undefined,
    vocabulary: Vocabulary | undefined,
  ) {
    this.#columns = columns;
    this.#ids = ids;
    this.#vocabulary = vocabulary;
  }

  get tokens(): Token[] {
    this.#tokens ??= tokensOf(this.#columns);
    return this.#tokens;
  }

  get columns(): TokenColumns {
    return this.#columns;
  }

  get ids(): Int32Array | undefined {
    return this.#ids;
  }

  get vocabulary(): Vocabulary | undefined {
    return this.#vocabulary;
  }

  toJSON(): { tokens: Token[]; sentences: Sentence[]; units: Unit[] } {
    return { tokens: this.tokens, sentences: this.sentences, units: this.units };
  }
}

/** Code units lower-cased at a time for the ASCII words with capitals (tokensAndUnits). */
const LOWER_BLOCK = 1 << 16;

/** The token columns and units, with the scanner's table the sentence pass reads (and the tokens' ids, with a vocabulary). */
function tokensAndUnits(
  text: string,
  vocabulary?: Vocabulary,
): {
  columns: TokenColumns;
  units: Unit[];
  table: TokenTable;
  ids: Int32Array | undefined;
} {
  const table = scan(text);
  const { starts, ends, plain } = table;
  const n = starts.length;
  const texts = new Array<string>(n);
  const norms = new Array<string>(n);
  // The text lower-cased a block at a time, for the ASCII words with capitals: most texts hold a
  // curly quote, which makes them (and every slice of them) two-byte strings, and V8 lower-cases
  // a two-byte string through ICU, several times slower than a one-byte one; one call over a
  // block (a whole article) and a slice per word measured faster. Blocks of LOWER_BLOCK code
  // units from the word that needs one, not the whole text: a 10 MB text's lower-cased copy
  // was 20 MB held through the token loop. Lower-casing keeps every ASCII letter at its offset
  // unless the block holds U+0130 (the only code point whose lower case is longer): then the
  // lengths differ and each word of the block is lower-cased on its own (null). An ASCII
  // letter's lower case does not depend on its neighbours: the same norms whatever the blocks.
  let lowerBlock: string | null = null;
  let lowerFrom = 0;
  let lowerTo = 0;
  // with a vocabulary: each token's text number (its id once its kind is known), and a text seen
  // before takes its text and norm from there: no slice, no lower-casing
  const ids = vocabulary !== undefined ? new Int32Array(n) : undefined;
  vocabulary?.startDocument();
  for (let k = 0; k < n; k++) {
    const a = starts[k]!;
    const b = ends[k]!;
    const known = vocabulary !== undefined ? vocabulary.find(text, a, b) : -1;
    let s: string;
    let norm: string;
    if (known >= 0) {
      s = vocabulary!.texts[known]!;
      norm = vocabulary!.norms[known]!;
      ids![k] = known;
    } else {
      s = text.slice(a, b);
      // plain lower-case ASCII (most tokens) is its own norm: the scanner marks most of those
      // (and ASCII words with capitals, which only need lower-casing); the rest are checked
      // here, inlined, without a call
      norm = s;
      let p = plain[k];
      if (p === 0) {
        for (let i = a; i < b; i++) {
          const c = text.charCodeAt(i);
          if (c > 127) {
            p = 3;
            break;
          }
          if (c >= 65 && c <= 90) p = 2;
        }
      }
      if (p === 2) {
        if (b > lowerTo) {
          lowerFrom = a;
          lowerTo = Math.max(b, Math.min(text.length, a + LOWER_BLOCK));
          const lower = text.slice(lowerFrom, lowerTo).toLowerCase();
          lowerBlock = lower.length === lowerTo - lowerFrom ? lower : null;
        }
        norm = lowerBlock === null ? s.toLowerCase() : lowerBlock.slice(a - lowerFrom, b - lowerFrom);
      } else if (p === 3) norm = normalise(s);
      if (vocabulary !== undefined) {
        const id = vocabulary.add(s, norm);
        ids![k] = id;
        // the vocabulary's copies (equal strings): a slice of a block would keep the block alive
        s = vocabulary.texts[id]!;
        norm = vocabulary.norms[id]!;
      }
    }
    texts[k] = s;
    norms[k] = norm;
  }
  // the units pass gives the kinds (a token inside a unit takes the unit's kind: date, money ...)
  const { units, kinds } = findUnits(text, table, norms);
  // stems are the norms but for the words with clitics; flags and clitics only for the few words with them
  const stems = norms.slice();
  const flags = new Uint8Array(n);
  const clitics = new Map<number, CliticAnalysis>();
  let lowerMemo: Map<string, CliticAnalysis | null> | undefined;
  let capitalMemo: Map<string, CliticAnalysis | null> | undefined;
  for (let k = 0; k < n; k++) {
    if (kinds[k] !== 'word') {
      // units never make words
      if (ids !== undefined) ids[k] = 2 * ids[k]!;
      continue;
    }
    const norm = norms[k]!;
    let stem = norm;
    // a word the scanner marked (ASCII letters only) is tested in the text, the others in their norm
    if (plain[k] !== 0 ? mayHaveCliticsIn(text, starts[k]!, ends[k]!) : mayHaveClitics(norm)) {
      // News repeats its clitic-shaped words (katanya, adalah, telah, sekolah): each distinct
      // word is judged once (per text, or per vocabulary); the judgement depends on the word
      // and its capital only, a function of the token's text.
      const capitalised = text.charCodeAt(starts[k]!) !== norm.charCodeAt(0);
      let a: CliticAnalysis | null | undefined;
      if (ids !== undefined) {
        a = vocabulary!.clitics[ids[k]!];
        if (a === undefined) {
          // the vocabulary's copy of the norm: a stem kept across documents must hold no slice of this one
          a = analyseClitics(vocabulary!.norms[ids[k]!]!, capitalised) ?? null;
          vocabulary!.clitics[ids[k]!] = a;
        }
      } else {
        const memo = capitalised ? (capitalMemo ??= new Map()) : (lowerMemo ??= new Map());
        a = memo.get(norm);
        if (a === undefined) {
          a = analyseClitics(norm, capitalised) ?? null;
          memo.set(norm, a);
        }
      }
      if (a !== null) {
        stem = a.stem;
        stems[k] = stem;
        flags[k] = cliticFlags(a);
        clitics.set(k, a);
      }
    }
    // a word the scanner marked is letters only: no hyphen to look for
    if (plain[k] === 0 && hasHyphen(norm)) {
      // judged without clitics: kanak-kanaknya is full reduplication of kanak
      const r = reduplicationOf(stem);
      if (r) flags[k]! |= reduplicationFlags(r);
    }
    if (ids !== undefined) ids[k] = 2 * ids[k]! + 1;
  }
  const columns: TokenColumns = {
    text,
    size: n,
    starts,
    ends,
    kinds,
    texts,
    norms,
    stems,
    flags,
    clitics,
    breaksBefore: table.breaksBefore,
  };
  return { columns, units, table, ids };
}

/** Whether a norm holds "-": an inlined loop over a short word, cheaper than a call to includes. */
function hasHyphen(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * The tokens of a text: offsets into the original, nothing lost between them but whitespace.
 * The same tokens as segment(text).tokens (units give tokens their kinds: date, money ...),
 * without the sentence pass.
 */
export function tokenize(text: string): Token[] {
  assertText(text);
  return tokensOf(tokensAndUnits(text).columns);
}

const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The token texts of a short string (an alias, a title): the scanner's cuts, without units or sentences. */
export function tokenTexts(text: string): string[] {
  // most names are plain words and single spaces: the scanner would cut them at the spaces
  if (PLAIN_WORDS.test(text)) return text.split(' ');
  const t = scan(text);
  const out = new Array<string>(t.starts.length);
  for (let k = 0; k < out.length; k++) out[k] = text.slice(t.starts[k]!, t.ends[k]!);
  return out;
}

/** The sentences of a text. */
export function sentences(text: string): Sentence[] {
  return segment(text).sentences as Sentence[];
}
