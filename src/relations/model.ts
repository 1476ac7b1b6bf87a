// The learned part of the relation stage (issue #17): a statement-trigger gate (is this word,
// outside the trigger lexicon, a verb of saying, urging, promising ... ?) and an act classifier
// (which act does this trigger perform here?), both linear models over hashed features of the
// word's Malay morphology (meN-/di-/ber-/ter- prefix, -kan/-i/-an suffix, -nya clitic, root),
// its neighbours (the complement that follows: "berharap agar", "bersetuju untuk") and the
// trigger lexicon's own verdict. Trained by train/relations.ts on the training set only; the
// weights ship as compiled data (lexicons/dist/relation-model.js). Features are integers at
// run time: every string is hashed once, templates are numbers.
import { decodeModel, type EncodedModel } from '../learn/codec.js';
import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
import { isRootWord } from '../tokenize/clitics.js';
import { type Doc, hasNya, isPunct, isQuoteMark } from './doc.js';
import type { StatementTrigger } from './lexicon.js';

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
}

export function decodeRelationModel(e: EncodedRelationModel): RelationModel {
  return Object.freeze({
    gate: decodeModel(e.gate, true),
    act: decodeModel(e.act, true),
    ...(e.speaker ? { speaker: decodeModel(e.speaker, true) } : {}),
    ...(e.parties ? { parties: decodeModel(e.parties, true) } : {}),
    margin: e.margin ?? 0,
    noneMargin: e.noneMargin ?? 0,
    actMargin: e.actMargin ?? 0,
    gateMargin: e.gateMargin ?? 0,
    partyMargin: e.partyMargin ?? 0,
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
  const stems: string[] = [w];
  for (const s of SUFFIXES) if (w.endsWith(s) && w.length > s.length + 2) stems.push(w.slice(0, -s.length));
  for (const stem of stems) {
    if (stem !== w && isRootWord(stem)) return stem;
    for (const p of PREFIXES) {
      if (!stem.startsWith(p) || stem.length <= p.length + 1) continue;
      const rest = stem.slice(p.length);
      for (const add of RESTORE[p] ?? ['']) {
        const cand = add + rest;
        if (isRootWord(cand)) return cand;
      }
      // ber-/di- before a second prefix: diper-, memper-, berke-
      if (rest.startsWith('per') && isRootWord(rest.slice(3))) return rest.slice(3);
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

/**
 * Features of the word at token i as a statement trigger (with `lex` the lexicon trigger that
 * starts there, if any), written into `out` as buckets masked to `bits`; returns how many.
 */
/** The hashed forms of one word, computed once per distinct word of a document. */
interface WordForms {
  readonly hw: number;
  readonly hstem: number;
  readonly hroot: number;
  readonly hpre: number;
  readonly hsuf: number;
  readonly hps: number;
  readonly hrootPre: number;
}

/** Per-document memo for triggerFeatures: each token's hash, each distinct word's forms. Made per call, never shared. */
export interface TriggerMemo {
  /** Token -> the hash of its word, or of its entity's label ("#PER"); 0 until asked. */
  readonly tokenHash: Uint32Array;
  readonly forms: Map<string, WordForms>;
}

export function triggerMemo(d: Doc): TriggerMemo {
  return { tokenHash: new Uint32Array(d.tokens.length), forms: new Map() };
}

const LABEL_H: Readonly<Record<string, number>> = { PER: h('#PER'), ORG: h('#ORG'), LOC: h('#LOC') };

function tokenHash(d: Doc, memo: TriggerMemo, k: number): number {
  let v = memo.tokenHash[k]!;
  if (v === 0) {
    v = d.entAt[k]! >= 0 ? LABEL_H[d.entities[d.entAt[k]!]!.label]! : h(d.tokens[k]!.norm);
    memo.tokenHash[k] = v === 0 ? 1 : v;
  }
  return v;
}

function formsOf(memo: TriggerMemo, w: string, stem: string): WordForms {
  const key = stem === w ? w : `${w}\u0000${stem}`;
  let f = memo.forms.get(key);
  if (!f) {
    const root = rootOf(stem);
    const hpre = h(prefixOf(stem));
    const hsuf = h(suffixOf(w));
    const hroot = h(root);
    f = { hw: h(w), hstem: h(stem), hroot, hpre, hsuf, hps: mix3(T.prefixSuffix, hpre, hsuf), hrootPre: mix3(T.rootPrefix, hroot, hpre) };
    memo.forms.set(key, f);
  }
  return f;
}

export function triggerFeatures(
  d: Doc,
  i: number,
  lex: StatementTrigger | undefined,
  bits: number,
  out: Int32Array,
  memo: TriggerMemo = triggerMemo(d),
): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  const add = (x: number): void => {
    out[n++] = x & mask;
  };
  const tok = d.tokens[i]!;
  const w = tok.norm;
  const stem = tok.stem ?? w;
  const f = formsOf(memo, w, stem);
  const hw = f.hw;
  const hroot = f.hroot;
  const sent = d.sentOf[i];
  const word = (k: number): number => {
    if (k < 0 || k >= d.tokens.length || d.sentOf[k] !== sent) return NONE_H;
    return tokenHash(d, memo, k);
  };
  add(T.bias);
  add(mix(T.norm, hw));
  add(mix(T.stem, f.hstem));
  add(mix(T.root, hroot));
  add(mix(T.prefix, f.hpre));
  add(mix(T.suffix, f.hsuf));
  add(mix(T.nya, hasNya(d, i) ? 1 : 0));
  const n1 = word(i + 1);
  const n2 = word(i + 2);
  add(mix(T.next, n1));
  add(mix(T.next2, n2));
  add(mix(T.prev, word(i - 1)));
  add(mix(T.prev2, word(i - 2)));
  add(mix3(T.rootNext, hroot, n1));
  add(mix3(T.normNext, hw, n1));
  add(mix3(T.prevNorm, word(i - 1), hw));
  add(f.hrootPre);
  add(f.hps);
  const hact = lex ? h(lex.act) : NONE_H;
  add(mix(T.lexAct, hact));
  add(mix3(T.lexActNext, hact, n1));
  add(mix(T.lexFrame, lex ? h(lex.frame) : NONE_H));
  add(mix(T.lexWords, lex ? h(lex.words.join(' ')) : NONE_H));
  const s0 = d.sentStart[d.sentOf[i]!]!;
  let p = i - 1;
  while (p >= s0 && isQuoteMark(d, p)) p--;
  add(mix(T.initial, p < s0 ? 1 : isPunct(d, p) ? 2 : 0));
  add(mix(T.afterQuote, i > 0 && isQuoteMark(d, i - 1) ? 1 : i > 1 && isQuoteMark(d, i - 2) ? 2 : 0));
  add(mix(T.capital, tok.text.charCodeAt(0) < 97 ? 1 : 0));
  add(mix(T.quoted, d.quoteOf[i]! >= 0 ? 1 : 0));
  // the nearest entity before in the sentence (within 6 tokens) and after (within 4)
  let before = 0;
  for (let k = i - 1; k >= s0 && k >= i - 6; k--)
    if (d.entAt[k]! >= 0) {
      before = h(d.entities[d.entAt[k]!]!.label) + (i - k);
      break;
    }
  add(mix(T.entBefore, before));
  const s1 = d.sentEnd[d.sentOf[i]!]!;
  let after = 0;
  for (let k = i + 1; k < s1 && k <= i + 4; k++)
    if (d.entAt[k]! >= 0) {
      after = h(d.entities[d.entAt[k]!]!.label) + (k - i);
      break;
    }
  add(mix(T.entAfter, after));
  // the complement: the first telling word within three after
  for (let k = i + 1; k < s1 && k <= i + 3; k++) {
    const c = d.tokens[k]!.norm;
    if (COMPLEMENTS.has(c)) {
      add(mix(T.complement, h(c)));
      add(mix3(T.rootComplement, hroot, h(c)));
      break;
    }
  }
  return n;
}

export const MAX_FEATURES = 40;

/** Scores of a model for features[0..n), in a fresh array. */
export function scores(m: LinearModel, feats: Int32Array, n: number): Float32Array {
  const out = new Float32Array(m.classes.length);
  scoreInto(m, feats, n, out, 0);
  return out;
}
