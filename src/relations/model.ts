// The learned part of the relation stage (issue #17): a statement-trigger gate (is this word,
// outside the trigger lexicon, a verb of saying, urging, promising ... ?) and an act classifier
// (which act does this trigger perform here?), both linear models over hashed features of the
// word's Malay morphology (meN-/di-/ber-/ter- prefix, -kan/-i/-an suffix, -nya clitic, root),
// its neighbours (the complement that follows: "berharap agar", "bersetuju untuk") and the
// trigger lexicon's own verdict. Trained by train/relations.ts on the training set only; the
// weights ship as compiled data (lexicons/dist/relation-model.js). Features are integers at
// run time: every string is hashed once, templates are numbers.

import data from '#lexicons/triggers.js';
import { decodeModel, type EncodedModel } from '../learn/codec.js';
import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
import { addRows, packedRows } from '../learn/packed-rows.js';
import { keepable } from '../support/kept-buffers.js';
import { detached } from '../support/strings.js';
import { isRootWord } from '../tokenize/clitics.js';
import { type Vocabulary, VocabularyStamp } from '../tokenize/vocabulary.js';
import { type Doc, type DocBuffer, hasNya, isPunct, isQuoteMark } from './doc.js';
import type { RelationLexicon, StatementTrigger } from './lexicon.js';
import type { SpeakerScratch } from './speaker.js';

export interface RelationModel {
  /** Classes: 'NONE' and 'TRIGGER'. Asked for words the lexicon does not match. */
  readonly gate: LinearModel;
  /** Classes: the statement acts. Asked for every statement trigger. */
  readonly act: LinearModel;
  /** One class: a candidate speaker's score (speaker.ts). */
  readonly speaker?: LinearModel | undefined;
  /** Classes: OUT, IN: whether a candidate takes part in a meeting (parties.ts). */
  readonly parties?: LinearModel | undefined;
  /** How far another candidate must score above the rules' speaker to replace it. */
  readonly margin?: number | undefined;
  /** How far "nobody named" must score above the rules' speaker to drop the statement. */
  readonly noneMargin?: number | undefined;
  /** How far another act must score above a lexicon trigger's own act to replace it. */
  readonly actMargin?: number | undefined;
  /** How far TRIGGER must score above NONE for a word outside the lexicon to become a trigger. */
  readonly gateMargin?: number | undefined;
  /** How far IN must score above OUT for a candidate to take part in a meeting (may be below 0). */
  readonly partyMargin?: number | undefined;
  /**
   * A cascade before the gate: a word whose own features (its form, root and affixes, without the
   * words around it) put TRIGGER this far or further below NONE is not asked about its context
   * (undefined: every word is asked). Most words are far below: the gate's context is read for
   * about one word in a hundred.
   */
  readonly gateFloor?: number | undefined;
}

export interface EncodedRelationModel {
  readonly gate: EncodedModel;
  readonly act: EncodedModel;
  readonly speaker?: EncodedModel;
  readonly parties?: EncodedModel;
  readonly margin?: number;
  readonly noneMargin?: number;
  readonly actMargin?: number;
  readonly gateMargin?: number;
  readonly partyMargin?: number;
  readonly gateFloor?: number;
}

export function decodeRelationModel(e: EncodedRelationModel): RelationModel {
  return Object.freeze({
    gate: decodeModel(e.gate, true),
    // read through its packed rows (actScores), made as it is decoded
    act: decodeModel(e.act, true, true),
    ...(e.speaker ? { speaker: decodeModel(e.speaker, true) } : {}),
    ...(e.parties ? { parties: decodeModel(e.parties, true) } : {}),
    margin: e.margin ?? 0,
    noneMargin: e.noneMargin ?? 0,
    actMargin: e.actMargin ?? 0,
    gateMargin: e.gateMargin ?? 0,
    partyMargin: e.partyMargin ?? 0,
    gateFloor: e.gateFloor,
  });
}

const h = (s: string): number => hashText(s);

const PREFIXES = ['memper', 'meng', 'meny', 'mem', 'men', 'me', 'diper', 'di', 'ber', 'be', 'ter', 'per', 'pen', 'peng', 'pem', 'pe', 'ke'];
const SUFFIXES = ['kannya', 'nya', 'kan', 'an', 'i'];

/** The verbal prefix of a lower-case word ("meng", "di", "ber" ...), or "". */
export function prefixOf(w: string): string {
  for (const p of PREFIXES) if (w.length > p.length + 2 && w.startsWith(p)) return p;
  return '';
}

/** The suffix of a lower-case word ("kan", "i", "an", "nya"), or "". */
export function suffixOf(w: string): string {
  for (const s of SUFFIXES) if (w.length > s.length + 3 && w.endsWith(s)) return s;
  return '';
}

/** meN- before a root's first sound: meng+ukur, meny(s)+atakan, mem(p)+uji, men(t)+uduh. */
const RESTORE: Readonly<Record<string, readonly string[]>> = {
  meng: ['', 'k'],
  meny: ['s', 'ny'],
  mem: ['p', ''],
  men: ['t', ''],
  me: [''],
  peng: ['', 'k'],
  pem: ['p', ''],
  pen: ['t', ''],
};

/**
 * The root of a lower-case word by the Sastrawi root list: prefixes and suffixes stripped in
 * turn, meN- restored ("menyatakan" -> "nyata", "mengecam" -> "kecam", "memuji" -> "puji").
 * The word itself when no split gives a root. Bounded: a handful of candidates per word.
 */
export function rootOf(w: string): string {
  if (isRootWord(w)) return w;
  // each stem w[0, end): the word, then the word without each suffix; parts read in place
  // (isRootWord of a range), a string made only for the root found or a restored sound
  for (let si = -1; si < SUFFIXES.length; si++) {
    let end = w.length;
    if (si >= 0) {
      const s = SUFFIXES[si]!;
      if (!(w.endsWith(s) && w.length > s.length + 2)) continue;
      end = w.length - s.length;
      if (isRootWord(w, 0, end)) return w.slice(0, end);
    }
    for (const p of PREFIXES) {
      const at = p.length;
      if (end <= at + 1 || !w.startsWith(p)) continue;
      for (const add of RESTORE[p] ?? ['']) {
        if (add === '') {
          if (isRootWord(w, at, end)) return w.slice(at, end);
        } else {
          const cand = add + w.slice(at, end);
          if (isRootWord(cand)) return cand;
        }
      }
      // ber-/di- before a second prefix: diper-, memper-, berke-
      if (end - at >= 3 && w.startsWith('per', at) && isRootWord(w, at + 3, end)) return w.slice(at + 3, end);
    }
  }
  return w;
}

// feature templates (numbers, mixed with hashed texts)
const T = {
  bias: 1,
  norm: 2,
  stem: 3,
  root: 4,
  prefix: 5,
  suffix: 6,
  nya: 7,
  next: 8,
  next2: 9,
  prev: 10,
  prev2: 11,
  rootNext: 12,
  lexAct: 13,
  lexActNext: 14,
  lexFrame: 15,
  initial: 16,
  entBefore: 17,
  entAfter: 18,
  quoted: 19,
  complement: 20,
  rootPrefix: 21,
  prefixSuffix: 22,
  normNext: 23,
  prevNorm: 24,
  lexWords: 25,
  capital: 26,
  afterQuote: 27,
  rootComplement: 28,
  lexRoot: 29,
  lexRootPrefix: 30,
} as const;

/** Words after a verb that say what kind of act it is: "berharap agar", "bersetuju untuk", "menolak dakwaan". */
const COMPLEMENTS: ReadonlySet<string> = new Set([
  'agar',
  'supaya',
  'untuk',
  'bahawa',
  'akan',
  'kepada',
  'terhadap',
  'dengan',
  'tindakan',
  'dakwaan',
  'cadangan',
  'kerajaan',
  'semua',
  'pihak',
  'rakyat',
  'tidak',
  ':',
  ',',
  '"',
]);

const NONE_H = h('-');

/** The hashed forms of one word, computed once per distinct word (WordMemo). */
export interface WordForms {
  readonly hw: number;
  readonly hstem: number;
  readonly hroot: number;
  readonly hpre: number;
  readonly hsuf: number;
  readonly hps: number;
  readonly hrootPre: number;
  /** The act of the lexicon's one-word statement verb with the same root ("didakwa", "dakwanya": mendakwa's), and with the prefix. */
  readonly hlexRoot: number;
  readonly hlexRootPre: number;
  /** gateScores: the gate's integer weights of the features of the word alone, summed; made on first ask. A plain array of small integers: one load fewer than a typed array's. */
  gate: number[] | undefined;
  /** actScores: the act classifier's integer weights of the features of the word alone with the lexicon trigger `actLex` (null: none made yet), summed; and the hash of that trigger's act. */
  act: number[] | undefined;
  actLex: StatementTrigger | undefined | null;
  actH: number;
}

/**
 * The forms of the words seen, for one relation model: kept across the documents of a pipeline
 * (they are the same in every document; rootOf is the dear part) or made per document. Bounded:
 * emptied when it reaches WORD_MEMO_SIZE words.
 */
export interface WordMemo {
  readonly model: RelationModel;
  readonly forms: Map<string, WordForms>;
  readonly recent: RecentWords;
  /** The speaker ranker's working space, kept from document to document (made on the first statement). */
  speaker: SpeakerScratch | undefined;
  /** buildDoc's buffer, kept from document to document. */
  readonly doc: DocBuffer;
  /** triggerMemo's buffer of token hashes, and a trigger's features (MAX_FEATURES), kept from document to document. */
  tokenHashes: Uint32Array;
  readonly feats: Int32Array;
  /** The forms and cascade verdicts of the words seen, by vocabulary id (ById). */
  readonly byId: ById;
}

/**
 * What the memo knows of a word by its vocabulary id (the tokenizer's: Segmentation.ids), read
 * with no string hashed or compared: its forms, and whether the gate's cascade drops it (0: not
 * asked yet, 1: dropped, 2: not), for the gate and floor of `gate` and `floor`. Emptied when the
 * vocabulary starts again (`stamp`): its ids then mean other words.
 */
export interface ById {
  forms: (WordForms | undefined)[];
  below: Uint8Array;
  /** Whether the gate is asked about the word (gateAsks, by its word alone: 0 not known yet, 1 no, 2 yes), for the gate and floor of `gate` and `floor`. */
  asked: Uint8Array;
  /** Whether the word starts a phrase of the trigger lexicon (findTriggers' `starts`), for the lexicon `lex`. */
  triggerStarts: Uint8Array;
  lex: RelationLexicon | undefined;
  gate: LinearModel | undefined;
  floor: number | undefined;
  readonly stamp: VocabularyStamp;
}

/**
 * The words asked last, by a few bits of their hash (direct-mapped caches before `forms`): most
 * words of a document are common words, found here without a look-up in the large Map. `words`
 * and `forms`: a word and its forms. `packs`, two numbers a slot (side by side: one cache line):
 * a word of up to 14 ASCII characters written as two numbers of seven characters each (so the
 * test reads no string), the second times four plus whether the gate's cascade drops the word
 * (1) or not (2), for the gate and floor of `gate` and `floor`; 0 and 0 in an empty slot.
 */
export interface RecentWords {
  /** The sizes less one (powers of two less one): of `words` and `forms`, and of `packs` in slots. */
  readonly mask: number;
  readonly packMask: number;
  readonly words: (string | undefined)[];
  readonly forms: (WordForms | undefined)[];
  readonly packs: Float64Array;
  gate: LinearModel | undefined;
  floor: number | undefined;
}

const WORD_MEMO_SIZE = 1 << 16;

/**
 * The roots of the lexicon's one-word statement verbs (meN-/ber-/ter- forms and bare roots) with
 * their acts, the first row's act for a root shared by two: a word outside the lexicon sharing
 * one ("didakwa", "dakwanya" with mendakwa, "cadangkan" with mencadangkan) is told so by a
 * feature, so what the gate learns of one root's other forms holds for every root. Made once.
 */
let ROOT_ACTS: Map<string, string> | undefined;
export function lexiconRootAct(root: string): string | undefined {
  if (ROOT_ACTS === undefined) {
    ROOT_ACTS = new Map();
    for (const t of data.triggers) {
      if (t.type !== 'STATEMENT' || t.phrase.includes(' ') || t.frame !== 'subject') continue;
      const r = rootOf(t.phrase);
      if (t.act !== undefined && !ROOT_ACTS.has(r)) ROOT_ACTS.set(r, t.act);
    }
  }
  return ROOT_ACTS.get(root);
}

export function wordMemo(model: RelationModel): WordMemo {
  return {
    model,
    forms: new Map(),
    recent: recentWords(12, 16),
    speaker: undefined,
    doc: { buf: new Int32Array(0) },
    tokenHashes: new Uint32Array(0),
    feats: new Int32Array(MAX_FEATURES),
    byId: {
      forms: [],
      below: new Uint8Array(0),
      asked: new Uint8Array(0),
      triggerStarts: new Uint8Array(0),
      lex: undefined,
      gate: undefined,
      floor: undefined,
      stamp: new VocabularyStamp(),
    },
  };
}

/** Empty caches of recent words: 2^bits words with their forms, 2^packBits packed words. */
function recentWords(bits: number, packBits: number): RecentWords {
  const size = 1 << bits;
  return {
    mask: size - 1,
    packMask: (1 << packBits) - 1,
    words: new Array(size).fill(undefined),
    forms: new Array(size).fill(undefined),
    packs: new Float64Array(2 << packBits),
    gate: undefined,
    floor: undefined,
  };
}

/**
 * Per-document memo for triggerFeatures and gateScores: each token's hash, and the forms of
 * each distinct word (`words`, when given, the pipeline's). Made per call; gateScores with the
 * memo's model only.
 */
export interface TriggerMemo {
  /** Token -> the hash of its word, or of its entity's label ("#PER"); 0 until asked. */
  readonly tokenHash: Uint32Array;
  readonly forms: Map<string, WordForms>;
  readonly recent: RecentWords;
  /** The tokens' vocabulary ids (Doc.ids) with the pipeline's memo by id, when both are there. */
  readonly ids: Int32Array | undefined;
  readonly byId: ById | undefined;
}

export function triggerMemo(d: Doc, words?: WordMemo): TriggerMemo {
  const n = d.cols.size;
  // a document's own memo: small caches
  if (words === undefined)
    return { tokenHash: new Uint32Array(n), forms: new Map(), recent: recentWords(8, 8), ids: undefined, byId: undefined };
  // the pipeline's memo by id, for the document's vocabulary ids
  const ids = d.ids !== undefined && d.vocabulary !== undefined ? d.ids : undefined;
  const byId = ids !== undefined ? byIdFor(words.byId, d.vocabulary!) : undefined;
  // a document too large for the pipeline to keep its buffer: its own, with the pipeline's caches
  if (!keepable(n)) return { tokenHash: new Uint32Array(n), forms: words.forms, recent: words.recent, ids, byId };
  // the pipeline's: the token hashes cut from its buffer, cleared
  if (words.tokenHashes.length < n) words.tokenHashes = new Uint32Array(Math.max(n, 2 * words.tokenHashes.length));
  const tokenHash = words.tokenHashes.subarray(0, n);
  tokenHash.fill(0);
  return { tokenHash, forms: words.forms, recent: words.recent, ids, byId };
}

/** The memo by id, emptied first if the vocabulary has started again since it was filled (or is another). */
function byIdFor(b: ById, v: Vocabulary): ById {
  if (b.stamp.stale(v)) {
    b.forms = [];
    b.below = new Uint8Array(0);
    b.asked = new Uint8Array(0);
    b.triggerStarts = new Uint8Array(0);
  }
  return b;
}

/**
 * findTriggers' `starts` for a document with vocabulary ids and the pipeline's memo (undefined
 * without): made valid for the document's vocabulary and lexicon, with room for its ids.
 */
export function triggerStarts(d: Doc, words: WordMemo | undefined): Uint8Array | undefined {
  if (words === undefined || d.ids === undefined || d.vocabulary === undefined) return undefined;
  const b = byIdFor(words.byId, d.vocabulary);
  if (b.lex !== d.lex) {
    b.triggerStarts.fill(0);
    b.lex = d.lex;
  }
  const need = 2 * d.vocabulary.size;
  if (b.triggerStarts.length < need) {
    const more = new Uint8Array(Math.max(need, 2 * b.triggerStarts.length));
    more.set(b.triggerStarts);
    b.triggerStarts = more;
  }
  return b.triggerStarts;
}

const LABEL_H: Readonly<Record<string, number>> = { PER: h('#PER'), ORG: h('#ORG'), LOC: h('#LOC') };

function tokenHash(d: Doc, memo: TriggerMemo, k: number): number {
  let v = memo.tokenHash[k]!;
  if (v === 0) {
    v = d.entAt[k]! >= 0 ? LABEL_H[d.entities[d.entAt[k]!]!.label]! : h(d.cols.norms[k]!);
    memo.tokenHash[k] = v === 0 ? 1 : v;
  }
  return v;
}

/** The forms of the word at token i: by its vocabulary id when the memo has ids, else by its norm and stem. */
function formsAt(d: Doc, memo: TriggerMemo, i: number): WordForms {
  if (memo.ids === undefined) return formsOf(memo, d.cols.norms[i]!, d.cols.stems[i]!);
  const id = memo.ids[i]!;
  const byId = memo.byId!;
  // grown by pushes, not by a write far past the end: the array stays packed (no dictionary)
  while (byId.forms.length <= id) byId.forms.push(undefined);
  let f = byId.forms[id];
  if (f === undefined) {
    f = formsOf(memo, d.cols.norms[i]!, d.cols.stems[i]!);
    byId.forms[id] = f;
  }
  return f;
}

function formsOf(memo: TriggerMemo, w: string, stem: string): WordForms {
  if (stem !== w) return formsIn(memo, `${w}\u0000${stem}`, w, stem);
  const r = memo.recent;
  const at = hashText(w) & r.mask;
  if (r.words[at] === w) return r.forms[at]!;
  const f = formsIn(memo, w, w, w);
  // (kept across documents: a copy, not a slice of this document's text)
  r.words[at] = detached(w);
  r.forms[at] = f;
  return f;
}

function formsIn(memo: TriggerMemo, key: string, w: string, stem: string): WordForms {
  let f = memo.forms.get(key);
  if (!f) {
    const root = rootOf(stem);
    const hpre = h(prefixOf(stem));
    const hsuf = h(suffixOf(w));
    const hroot = h(root);
    const lr = lexiconRootAct(root);
    const hlr = lr === undefined ? NONE_H : h(lr);
    f = {
      hw: h(w),
      hstem: h(stem),
      hroot,
      hpre,
      hsuf,
      hps: mix3(T.prefixSuffix, hpre, hsuf),
      hrootPre: mix3(T.rootPrefix, hroot, hpre),
      hlexRoot: mix(T.lexRoot, hlr),
      hlexRootPre: mix3(T.lexRootPrefix, hlr, hpre),
      gate: undefined,
      act: undefined,
      actLex: null,
      actH: 0,
    };
    if (memo.forms.size >= WORD_MEMO_SIZE) memo.forms.clear();
    memo.forms.set(detached(key), f);
  }
  return f;
}

/**
 * Features of the word at token i as a statement trigger (with `lex` the lexicon trigger that
 * starts there, if any), written into `out` as buckets masked to `bits`; returns how many.
 */
export function triggerFeatures(
  d: Doc,
  i: number,
  lex: StatementTrigger | undefined,
  bits: number,
  out: Int32Array,
  memo: TriggerMemo = triggerMemo(d),
): number {
  const mask = (1 << bits) - 1;
  const f = formsAt(d, memo, i);
  let n = 0;
  out[n++] = T.bias & mask;
  out[n++] = mix(T.norm, f.hw) & mask;
  out[n++] = mix(T.stem, f.hstem) & mask;
  out[n++] = mix(T.root, f.hroot) & mask;
  out[n++] = mix(T.prefix, f.hpre) & mask;
  out[n++] = mix(T.suffix, f.hsuf) & mask;
  n = nearFeatures(d, i, f, memo, out, n, mask);
  out[n++] = f.hrootPre & mask;
  out[n++] = f.hps & mask;
  out[n++] = f.hlexRoot & mask;
  out[n++] = f.hlexRootPre & mask;
  const hact = lex ? h(lex.act) : NONE_H;
  out[n++] = mix(T.lexAct, hact) & mask;
  out[n++] = mix3(T.lexActNext, hact, neighbour(d, memo, i, i + 1)) & mask;
  out[n++] = mix(T.lexFrame, lex ? h(lex.frame) : NONE_H) & mask;
  out[n++] = mix(T.lexWords, lex ? h(lex.words.join(' ')) : NONE_H) & mask;
  return clauseFeatures(d, i, f, out, n, mask);
}

/** The hash of the word at token k as a neighbour of token i: NONE_H outside i's sentence. */
function neighbour(d: Doc, memo: TriggerMemo, i: number, k: number): number {
  if (k < 0 || k >= d.cols.size || d.sentOf[k] !== d.sentOf[i]) return NONE_H;
  return tokenHash(d, memo, k);
}

/** triggerFeatures' features of the words next to token i, written into out from n; returns the new n. */
function nearFeatures(d: Doc, i: number, f: WordForms, memo: TriggerMemo, out: Int32Array, n: number, mask: number): number {
  out[n++] = mix(T.nya, hasNya(d, i) ? 1 : 0) & mask;
  const n1 = neighbour(d, memo, i, i + 1);
  const p1 = neighbour(d, memo, i, i - 1);
  out[n++] = mix(T.next, n1) & mask;
  out[n++] = mix(T.next2, neighbour(d, memo, i, i + 2)) & mask;
  out[n++] = mix(T.prev, p1) & mask;
  out[n++] = mix(T.prev2, neighbour(d, memo, i, i - 2)) & mask;
  out[n++] = mix3(T.rootNext, f.hroot, n1) & mask;
  out[n++] = mix3(T.normNext, f.hw, n1) & mask;
  out[n++] = mix3(T.prevNorm, p1, f.hw) & mask;
  return n;
}

/** triggerFeatures' features of token i's place in its sentence and clause, written into out from n; returns the new n. */
function clauseFeatures(d: Doc, i: number, f: WordForms, out: Int32Array, n: number, mask: number): number {
  const s0 = d.sentStart[d.sentOf[i]!]!;
  let p = i - 1;
  while (p >= s0 && isQuoteMark(d, p)) p--;
  out[n++] = mix(T.initial, p < s0 ? 1 : isPunct(d, p) ? 2 : 0) & mask;
  out[n++] = mix(T.afterQuote, i > 0 && isQuoteMark(d, i - 1) ? 1 : i > 1 && isQuoteMark(d, i - 2) ? 2 : 0) & mask;
  out[n++] = mix(T.capital, d.cols.texts[i]!.charCodeAt(0) < 97 ? 1 : 0) & mask;
  out[n++] = mix(T.quoted, d.quoteOf[i]! >= 0 ? 1 : 0) & mask;
  // the nearest entity before in the sentence (within 6 tokens) and after (within 4)
  let before = 0;
  for (let k = i - 1; k >= s0 && k >= i - 6; k--)
    if (d.entAt[k]! >= 0) {
      before = h(d.entities[d.entAt[k]!]!.label) + (i - k);
      break;
    }
  out[n++] = mix(T.entBefore, before) & mask;
  const s1 = d.sentEnd[d.sentOf[i]!]!;
  let after = 0;
  for (let k = i + 1; k < s1 && k <= i + 4; k++)
    if (d.entAt[k]! >= 0) {
      after = h(d.entities[d.entAt[k]!]!.label) + (k - i);
      break;
    }
  out[n++] = mix(T.entAfter, after) & mask;
  // the complement: the first telling word within three after
  for (let k = i + 1; k < s1 && k <= i + 3; k++) {
    const c = d.cols.norms[k]!;
    if (COMPLEMENTS.has(c)) {
      out[n++] = mix(T.complement, h(c)) & mask;
      out[n++] = mix3(T.rootComplement, f.hroot, h(c)) & mask;
      break;
    }
  }
  return n;
}

const LEX_NONE = [mix(T.lexAct, NONE_H), mix(T.lexFrame, NONE_H), mix(T.lexWords, NONE_H)];

/** The gate's scores of the features of the word alone (its forms, and the lexicon's "none"): summed once per word for integer weights (exact in any order), else each time. */
function wordPart(f: WordForms, gate: LinearModel): number[] {
  const w = gate.weights;
  let part = w instanceof Int16Array ? f.gate : undefined;
  if (part === undefined) {
    const c = gate.classes.length;
    const mask = (1 << gate.bits) - 1;
    part = new Array<number>(c).fill(0);
    const own = [T.bias, mix(T.norm, f.hw), mix(T.stem, f.hstem), mix(T.root, f.hroot), mix(T.prefix, f.hpre), mix(T.suffix, f.hsuf)];
    for (const x of [...own, f.hrootPre, f.hps, f.hlexRoot, f.hlexRootPre, ...LEX_NONE]) {
      const row = (x & mask) * c;
      for (let k = 0; k < c; k++) part[k]! += w[row + k]!;
    }
    if (w instanceof Int16Array) f.gate = part;
  }
  return part;
}

/**
 * Whether the gate's cascade drops the word at token i (no lexicon trigger there): its own
 * features put TRIGGER `floor` or further below NONE, gateScores' first test. For a word of up
 * to 14 ASCII characters without clitics, the memo's verdict when the word was asked lately:
 * read from two numbers, with no string compared and no Map.
 */
export function belowFloor(d: Doc, i: number, gate: LinearModel, memo: TriggerMemo, floor: number | undefined): boolean {
  if (floor === undefined) return false;
  if (memo.ids !== undefined) return belowById(d, i, gate, memo, floor);
  const w = d.cols.norms[i]!;
  const stem = d.cols.stems[i]!;
  const n = w.length;
  // the stem differs from the norm only when the word has clitics
  if (stem !== w || n > 14) return wordBelow(memo, w, stem, gate, floor);
  let a = 0;
  let b = 0;
  let hv = 0x811c9dc5;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c === 0 || c > 127) return wordBelow(memo, w, w, gate, floor);
    if (k < 7) a = a * 128 + c;
    else b = b * 128 + c;
    hv = Math.imul(hv ^ c, 0x01000193);
  }
  const r = memo.recent;
  if (r.gate !== gate || r.floor !== floor) {
    r.packs.fill(0);
    r.gate = gate;
    r.floor = floor;
  }
  // integers below 2^53: b * 4 + 2 < 4 * 128^7
  const at = 2 * (hv & r.packMask);
  const packs = r.packs;
  const bv = packs[at + 1]!;
  if (packs[at] === a && bv !== 0 && bv - (bv % 4) === b * 4) return bv % 4 === 1;
  const v = wordBelow(memo, w, w, gate, floor);
  packs[at] = a;
  packs[at + 1] = b * 4 + (v ? 1 : 2);
  return v;
}

/**
 * Whether the gate is asked about the word at token i (outside names, no lexicon trigger there):
 * a word (not punctuation) of three letters or more that the cascade does not drop (belowFloor
 * with `floor`; none when undefined). What depends on the word alone is, with vocabulary ids, one
 * byte per id, read with no token loaded: an even id is not a word (vocabulary.ts).
 */
export function gateAsks(d: Doc, i: number, gate: LinearModel, memo: TriggerMemo, floor: number | undefined): boolean {
  if (memo.ids === undefined) {
    return d.cols.kinds[i] === 'word' && d.cols.norms[i]!.length >= 3 && !belowFloor(d, i, gate, memo, floor);
  }
  const asked = gateVerdicts(d, gate, memo, floor)!;
  const id = memo.ids[i]!;
  let v = asked[id]!;
  if (v === 0) {
    v = (id & 1) === 1 && d.cols.norms[i]!.length >= 3 && !belowFloor(d, i, gate, memo, floor) ? 2 : 1;
    asked[id] = v;
  }
  return v === 2;
}

/**
 * gateAsks' verdicts by vocabulary id (0: not known yet, 1: not asked, 2: asked), made valid for
 * the gate and floor with room for every id of the document, so that a loop over the document's
 * tokens reads them directly (asking gateAsks for a 0); undefined without ids.
 */
export function gateVerdicts(d: Doc, gate: LinearModel, memo: TriggerMemo, floor: number | undefined): Uint8Array | undefined {
  if (memo.ids === undefined || d.vocabulary === undefined) return undefined;
  const b = byIdCaches(memo, gate, floor);
  const need = 2 * d.vocabulary.size;
  if (b.asked.length < need) b.asked = grown(b.asked, need - 1);
  return b.asked;
}

/** The memo by id, its verdicts emptied first when they were made for another gate or floor. */
function byIdCaches(memo: TriggerMemo, gate: LinearModel, floor: number | undefined): ById {
  const b = memo.byId!;
  if (b.gate !== gate || b.floor !== floor) {
    b.below.fill(0);
    b.asked.fill(0);
    b.gate = gate;
    b.floor = floor;
  }
  return b;
}

/** A byte per id with room for `id`: the bytes given, copied into a larger array. */
function grown(a: Uint8Array, id: number): Uint8Array {
  const more = new Uint8Array(Math.max(id + 1, 2 * a.length, 1024));
  more.set(a);
  return more;
}

/** belowFloor by the word's vocabulary id: one byte read once the word has been asked. */
function belowById(d: Doc, i: number, gate: LinearModel, memo: TriggerMemo, floor: number): boolean {
  const b = byIdCaches(memo, gate, floor);
  const id = memo.ids![i]!;
  if (id >= b.below.length) b.below = grown(b.below, id);
  let v = b.below[id]!;
  if (v === 0) {
    const part = wordPart(formsAt(d, memo, i), gate);
    v = (part[1]! - part[0]!) * (gate.scale ?? 1) <= floor ? 1 : 2;
    b.below[id] = v;
  }
  return v === 1;
}

function wordBelow(memo: TriggerMemo, w: string, stem: string, gate: LinearModel, floor: number): boolean {
  const part = wordPart(formsOf(memo, w, stem), gate);
  return (part[1]! - part[0]!) * (gate.scale ?? 1) <= floor;
}

/**
 * The gate's scores of the word at token i (no lexicon trigger there) into `out` (zeroed by the
 * caller): the scores scoreInto gives for triggerFeatures(d, i, undefined, ...), with the rows of
 * the features of the word alone (its forms, and the lexicon's "none") summed once per distinct
 * word of the document. Only for a model with integer weights (decoded compact), whose sums are
 * exact in any order; any other model takes the plain way.
 */
export function gateScores(
  d: Doc,
  i: number,
  gate: LinearModel,
  memo: TriggerMemo,
  feats: Int32Array,
  out: Float32Array,
  floor?: number,
): void {
  const w = gate.weights;
  const c = gate.classes.length;
  const mask = (1 << gate.bits) - 1;
  const f = formsAt(d, memo, i);
  const part = wordPart(f, gate);
  const scale = gate.scale ?? 1;
  if (floor !== undefined && (part[1]! - part[0]!) * scale <= floor) {
    out[0] = 0;
    out[1] = Number.NEGATIVE_INFINITY;
    return;
  }
  if (!(w instanceof Int16Array)) {
    scoreInto(gate, feats, triggerFeatures(d, i, undefined, gate.bits, feats, memo), out, 0);
    return;
  }
  let n = nearFeatures(d, i, f, memo, feats, 0, mask);
  feats[n++] = mix3(T.lexActNext, NONE_H, neighbour(d, memo, i, i + 1)) & mask;
  n = clauseFeatures(d, i, f, feats, n, mask);
  for (let k = 0; k < c; k++) out[k] = part[k]!;
  for (let j = 0; j < n; j++) {
    const row = feats[j]! * c;
    for (let k = 0; k < c; k++) out[k]! += w[row + k]!;
  }
  if (gate.scale !== undefined) for (let k = 0; k < c; k++) out[k]! *= scale;
}

/**
 * The act classifier's scores of the word at token i as a statement trigger (`lex` the lexicon
 * trigger there, if any) into `out` (zeroed by the caller): the scores scoreInto gives for
 * triggerFeatures(d, i, lex, ...), with the rows of the features of the word alone and of the
 * lexicon trigger summed once per word and trigger. Only for a model with integer weights
 * (exact in any order); any other model takes the plain way.
 */
export function actScores(
  d: Doc,
  i: number,
  lex: StatementTrigger | undefined,
  act: LinearModel,
  memo: TriggerMemo,
  feats: Int32Array,
  out: Float32Array,
): void {
  const w = act.weights;
  if (!(w instanceof Int16Array)) {
    scoreInto(act, feats, triggerFeatures(d, i, lex, act.bits, feats, memo), out, 0);
    return;
  }
  const c = act.classes.length;
  const mask = (1 << act.bits) - 1;
  const f = formsAt(d, memo, i);
  let part = f.actLex === lex ? f.act : undefined;
  if (part === undefined) {
    part = new Array<number>(c).fill(0);
    const hact = lex ? h(lex.act) : NONE_H;
    const own = [T.bias, mix(T.norm, f.hw), mix(T.stem, f.hstem), mix(T.root, f.hroot), mix(T.prefix, f.hpre), mix(T.suffix, f.hsuf)];
    const lexical = [
      mix(T.lexAct, hact),
      mix(T.lexFrame, lex ? h(lex.frame) : NONE_H),
      mix(T.lexWords, lex ? h(lex.words.join(' ')) : NONE_H),
    ];
    for (const x of [...own, f.hrootPre, f.hps, f.hlexRoot, f.hlexRootPre, ...lexical]) {
      const row = (x & mask) * c;
      for (let k = 0; k < c; k++) part[k]! += w[row + k]!;
    }
    f.act = part;
    f.actLex = lex;
    f.actH = hact;
  }
  let n = nearFeatures(d, i, f, memo, feats, 0, mask);
  feats[n++] = mix3(T.lexActNext, f.actH, neighbour(d, memo, i, i + 1)) & mask;
  n = clauseFeatures(d, i, f, feats, n, mask);
  for (let k = 0; k < c; k++) out[k] = part[k]!;
  // the context's rows read packed (packed-rows.ts): the same integers
  addRows(packedRows(act)!, feats, n, out);
  if (act.scale !== undefined) for (let k = 0; k < c; k++) out[k]! *= act.scale;
}

export const MAX_FEATURES = 40;

/** Scores of a model for features[0..n), in a fresh array. */
export function scores(m: LinearModel, feats: Int32Array, n: number): Float32Array {
  const out = new Float32Array(m.classes.length);
  scoreInto(m, feats, n, out, 0);
  return out;
}
