// A read-only view of one document for the relation rules: the token columns, the entity
// covering each token, the sentence of each token, which tokens stand inside a direct quotation, and the
// grammar words (prepositions, conjunctions) the argument patterns step over or stop at.
import { keepable } from '../support/kept-buffers.js';
import { hasClitic, type TokenColumns } from '../tokenize/columns.js';
import type { Vocabulary } from '../tokenize/vocabulary.js';
import type { Entity, Segmentation } from '../types.js';
import { classBit, type RelationLexicon } from './lexicon.js';

/** Prepositions: an entity right after one is an oblique argument, not a subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'di',
  'ke',
  'dari',
  'daripada',
  'kepada',
  'dengan',
  'oleh',
  'terhadap',
  'untuk',
  'bagi',
  'antara',
  'mengenai',
  'tentang',
  'atas',
  'pada',
  'melalui',
  'menerusi',
  'bersama',
  'seperti',
  'dalam',
  'sebagai',
  'tanpa',
  'hingga',
  'sehingga',
  'sejak',
  'demi',
  'berhubung',
  'iaitu',
  'termasuk',
  'selain',
  'buat',
  'dikatakan',
]);
/** Words after which a clause (and so a subject) may begin. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'dan',
  'serta',
  'atau',
  'manakala',
  'tetapi',
  'namun',
  'bagaimanapun',
  'sementara',
  'ketika',
  'apabila',
  'selepas',
  'sebelum',
  'kerana',
  'sebab',
  'supaya',
  'agar',
  'lalu',
  'kemudian',
  'malah',
  'bahawa',
  'sambil',
  'semasa',
  'walaupun',
  'jika',
  'sekiranya',
  'kalau',
  'justeru',
  'sebaliknya',
  'oleh itu',
  'semalam',
  'kini',
  'kedua-dua',
  'sementara itu',
  'dalam pada itu',
  'turut',
  'juga',
  'pula',
  'bahkan',
  'walau',
  'demikian',
]);
/** Coordinators joining two arguments. */
export const COORDINATORS: ReadonlySet<string> = new Set(['dan', 'serta', 'atau', '&', 'mahupun']);
/** Auxiliaries and adverbs that stand between a subject and its verb ("X juga telah berkata"). */
export const AUXILIARIES: readonly string[] = ['juga', 'turut', 'pula', 'telah', 'sudah', 'tidak', 'akan', 'lagi', 'pun'];
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['itu', 'ini', 'tersebut', 'berkenaan']);

export interface Doc {
  readonly text: string;
  /** The tokens as columns (Segmentation.columns): token i is row i of each. */
  readonly cols: TokenColumns;
  readonly entities: readonly Entity[];
  /** Token -> index into entities, or -1. */
  readonly entAt: Int32Array;
  /** Entity -> first token and one past its last token. */
  readonly entStart: Int32Array;
  readonly entEnd: Int32Array;
  /** Token -> sentence index; sentence -> first token and one past its last. */
  readonly sentOf: Int32Array;
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Token -> index of the opening quote token of the quotation it stands in, or -1. */
  readonly quoteOf: Int32Array;
  /** Opening quote token -> its closing quote token (or the token it runs to); -1 at every other token. */
  readonly quoteClose: Int32Array;
  /** Token -> its word classes (classBit bits) with bit 0 set, or 0 until first asked: filled by `is`. */
  readonly classMemo: Int32Array;
  /** Token -> index of the trigger match covering it, or -1: written once, when the triggers are found. */
  readonly trigAt: Int32Array;
  readonly lex: RelationLexicon;
  /** Each token's vocabulary id and the vocabulary (Segmentation.ids), when the pipeline's tokenizer gave them. */
  readonly ids?: Int32Array | undefined;
  readonly vocabulary?: Vocabulary | undefined;
}

/** " “ ” « » „ by character code. */
const isDoubleQuoteCode = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;
/**
 * The code of a one-character token, else -1: read from the document's text (a token's text is
 * text.slice(start, end)), so the scans for quote marks load no token string and hash nothing.
 */
const oneCharCode = (text: string, cols: TokenColumns, k: number): number =>
  cols.ends[k]! - cols.starts[k]! === 1 ? text.charCodeAt(cols.starts[k]!) : -1;

const byTextOrder = (a: Entity, b: Entity): number => a.start - b.start || b.end - a.end;

function inTextOrder(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++) if (byTextOrder(entities[i - 1]!, entities[i]!) > 0) return false;
  return true;
}

/**
 * A buffer for buildDoc kept from document to document (by the pipeline: WordMemo.docBuf), so a
 * document's arrays are cut from it rather than from a new one; grown when too small. A Doc built
 * on it holds until the next is built on it.
 */
export interface DocBuffer {
  buf: Int32Array;
}

export function buildDoc(text: string, seg: Segmentation, entities: readonly Entity[], lex: RelationLexicon, into?: DocBuffer): Doc {
  const cols = seg.columns;
  const n = cols.size;
  // the linker returns entities in text order: copied and sorted only when they are not
  const ents = inTextOrder(entities) ? entities : [...entities].sort(byTextOrder);
  const ne = ents.length;
  const ns = seg.sentences.length;
  // every array of the document cut from one buffer: one allocation per document, not eight;
  // the arrays that start at -1 first, the ones that start at 0 (or are all written) after
  const size = 6 * n + 2 * ne + 2 * ns;
  const minus = 5 * n + 2 * ne;
  let buf: Int32Array;
  if (into === undefined || !keepable(size)) buf = new Int32Array(size);
  else {
    if (into.buf.length < size) into.buf = new Int32Array(Math.max(size, 2 * into.buf.length));
    buf = into.buf.subarray(0, size);
    // classMemo starts at 0 (sentStart and sentEnd are all written)
    buf.fill(0, minus, minus + n);
  }
  buf.fill(-1, 0, minus);
  const entAt = buf.subarray(0, n);
  const sentOf = buf.subarray(n, 2 * n);
  const quoteOf = buf.subarray(2 * n, 3 * n);
  const quoteClose = buf.subarray(3 * n, 4 * n);
  const trigAt = buf.subarray(4 * n, 5 * n);
  const entStart = buf.subarray(5 * n, 5 * n + ne);
  const entEnd = buf.subarray(5 * n + ne, minus);
  const classMemo = buf.subarray(minus, minus + n);
  const sentStart = buf.subarray(minus + n, minus + n + ns);
  const sentEnd = buf.subarray(minus + n + ns);
  // one pass: tokens and entities are both sorted by offset
  let t = 0;
  for (let e = 0; e < ents.length; e++) {
    const ent = ents[e]!;
    while (t < n && cols.ends[t]! <= ent.start) t++;
    let k = t;
    while (k < n && cols.starts[k]! < ent.end) {
      if (entAt[k] === -1) entAt[k] = e;
      if (entStart[e] === -1) entStart[e] = k;
      entEnd[e] = k + 1;
      k++;
    }
  }
  for (let i = 0; i < ns; i++) {
    const s = seg.sentences[i]!;
    sentStart[i] = s.tokenStart;
    sentEnd[i] = s.tokenEnd;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) sentOf[k] = i;
  }
  // tokens outside every sentence (should not happen) get the previous token's sentence
  for (let k = 0; k < n; k++) if (sentOf[k] === -1) sentOf[k] = k > 0 ? sentOf[k - 1]! : 0;
  // direct quotations: curly quotes open and close by shape; straight quotes alternate; a new
  // opening quote ends an unclosed one (Malay news opens each quoted paragraph anew)
  let open = -1;
  for (let k = 0; k < n; k++) {
    if (!isDoubleQuoteCode(oneCharCode(text, cols, k))) {
      if (open >= 0) quoteOf[k] = open;
      continue;
    }
    const tx = cols.texts[k]!;
    // a straight quote opens when a word follows it ('."Dah' opens; '," kata' closes)
    const nextCh = text.charAt(cols.ends[k]!);
    const closing = tx === '”' || tx === '»' || (tx === '"' && open >= 0 && !/[\p{L}\p{N}]/u.test(nextCh));
    if (closing && open >= 0) {
      quoteClose[open] = k;
      open = -1;
    } else {
      if (open >= 0) quoteClose[open] = k - 1;
      open = k;
    }
  }
  if (open >= 0) quoteClose[open] = n - 1;
  const { ids, vocabulary } = seg;
  return {
    text,
    cols,
    entities: ents,
    entAt,
    entStart,
    entEnd,
    sentOf,
    sentStart,
    sentEnd,
    quoteOf,
    quoteClose,
    classMemo,
    trigAt,
    lex,
    ids,
    vocabulary,
  };
}

export const norm = (d: Doc, i: number): string => d.cols.norms[i] ?? '';

/**
 * The token of "oleh" among the `reach` tokens from token `from` on, in the sentence of token
 * `from`, or -1: a passive's agent ("dinafikan sekeras-kerasnya oleh X"), or a statement noun's
 * ("pengumuman pelan itu oleh X").
 */
export function olehWithin(d: Doc, from: number, reach: number): number {
  const s = d.sentOf[from];
  for (let k = from; k < from + reach && k < d.cols.size && d.sentOf[k] === s; k++) if (norm(d, k) === 'oleh') return k;
  return -1;
}
export const stem = (d: Doc, i: number): string => d.cols.stems[i] ?? '';
// Word classes as bits, for `is`: a number, not a class name, so no look-up by name per call.
export const ORG_HEAD = classBit('org-head');
export const ROLE = classBit('role');
export const TRANSPARENT = classBit('transparent');
export const PRONOUN_PERSON = classBit('pronoun-person');
export const PRONOUN_ANY = classBit('pronoun-any');
export const PRONOUN_PLURAL = classBit('pronoun-plural');
export const PRONOUN_FIRST = classBit('pronoun-first');
export const SUPPORT = classBit('support');
export const RAISING = classBit('raising');
export const DOCUMENT = classBit('document');
export const GROUP = classBit('group');
export const QUANTIFIER = classBit('quantifier');

/** Whether token i's normalised form is in the word class `cls` (a classBit). */
export const is = (d: Doc, cls: number, i: number): boolean => {
  if (i < 0 || i >= d.classMemo.length) return false;
  let m = d.classMemo[i]!;
  // the rules ask the same tokens again and again (role? org-head?): each is looked up once,
  // in a Map small enough to stay in the cache (no key filter: see findTriggers)
  if (m === 0) {
    const n = d.cols.norms[i]!;
    m = (d.lex.classMask.get(n) ?? 0) | 1;
    d.classMemo[i] = m;
  }
  return (m & cls) !== 0;
};
export const hasNya = (d: Doc, i: number): boolean => i >= 0 && i < d.cols.size && hasClitic(d.cols, i, 'nya');
export const isPunct = (d: Doc, i: number): boolean => d.cols.kinds[i] === 'punctuation';
/** A double or single quote mark: " “ ” « » „ ‘ ’ '. */
export const isQuoteMark = (d: Doc, i: number): boolean => {
  if (i < 0 || i >= d.cols.size) return false;
  const c = oneCharCode(d.text, d.cols, i);
  return isDoubleQuoteCode(c) || c === 0x2018 || c === 0x2019 || c === 0x27;
};
export const isDate = (d: Doc, i: number): boolean => {
  const k = d.cols.kinds[i];
  return k === 'date' || k === 'time';
};
/** A capitalised word outside any entity: in news, nearly always part of a title or role. */
export const isCapWord = (d: Doc, i: number): boolean => {
  if (i < 0 || i >= d.cols.size || d.entAt[i] !== -1) return false;
  const k = d.cols.kinds[i];
  return (k === 'word' || k === 'abbreviation') && startsUpper(d.cols.texts[i]!);
};
/** /^\p{Lu}/u, with ASCII decided without the regular expression. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}
/** A word that can stand in a title before a name: a capitalised word or a lower-case role noun. */
export const isTitleWord = (d: Doc, i: number): boolean =>
  (isCapWord(d, i) && !CLAUSE_OPENERS.has(norm(d, i)) && !PREPOSITIONS.has(norm(d, i))) || is(d, ROLE, i);
