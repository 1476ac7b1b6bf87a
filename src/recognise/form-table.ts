// The entity model's sums of the rows of a word alone, made once per distinct word form (its
// text, lower-case form and kind) and kept by the pipeline across documents (FormTable), and
// the buffers the tagger decodes in (DecodeBuffers). decide.ts scores a window token from its
// form's sum plus the token's other rows (features.ts): the same bits as every row at every
// token, since the model's weights are integers (test/recognise/decide.test.ts).
import { hashText, mix } from '../learn/hash.js';
import type { LinearModel } from '../learn/linear.js';
import { keepable } from '../support/kept-buffers.js';
import { detached } from '../support/strings.js';
import type { TokenColumns } from '../tokenize/columns.js';
import { VocabularyStamp } from '../tokenize/vocabulary.js';
import type { Segmentation, TokenKind } from '../types.js';
import { F, NO_CLUSTER, ownRows, shapeOf, wordBitsOf } from './feature-rows.js';
import type { RecogniserResources, WordFacts } from './mention.js';
import type { CorpusWords } from './model.js';
import type { WordKnowledge } from './words.js';

/** The buffers the tagger decodes a run of windows in: its scores (`emit`) and Viterbi's scratch. */
export interface DecodeBuffers {
  emit: Float64Array;
  score: Float64Array;
  back: Int32Array;
}

export const newDecodeBuffers = (): DecodeBuffers => ({
  emit: new Float64Array(0),
  score: new Float64Array(0),
  back: new Int32Array(0),
});

/** Forms a FormTable keeps across documents before it starts again: memory stays bounded, the scores the same. */
const MAX_FORMS = 1 << 16;

/**
 * The rows of a word alone, made and scored once per distinct form (text, lower-case form and
 * kind) rather than at every token: the bias, its text, lower-case form, shape and affixes
 * (ownRows), its word-list bits, its cluster and its corpus label. A model's weights are 16-bit
 * integers times one scale, so a form's integer sum plus the token's other rows, times the
 * scale once, is the score of all its rows to the bit (decide.ts). One per pipeline and model;
 * made for a model with integer weights only (`suits`).
 *
 * The word-list bits are the answers of `WordFacts` (TokenWords), which depend on the token's
 * kind and lower-case form alone. Forms are found by a hash of the text (sampleHash) in an
 * open-addressed table of form numbers: a Map keyed by the token's text hashed each new string
 * again, slower; with the tokenizer's vocabulary ids (segment(text, vocabulary)), a form is found
 * by the token's id in an array after its first sight (formOfId), with no hash or text compared.
 * A form's numbers are one record of `data` (`stride` wide): its hash, the hashes
 * of its lower-case form and shape, its cluster, corpus label and word-list bits, whether its
 * sums are made, then its sums, `classes` wide from `sumsAt(f)`: one or two cache lines a form.
 */
export class FormTable {
  /** Form numbers by hash, -1 where empty; a power of two, at most half full. */
  private slots = new Int32Array(1024).fill(-1);
  private text: string[] = [];
  private lower: string[] = [];
  private kind: TokenKind[] = [];
  /** The records of the forms, `stride` numbers each (the R_ offsets). */
  data: Int32Array;
  readonly stride: number;
  size = 0;
  private readonly c: number;
  private readonly mask: number;
  private readonly rows = new Int32Array(16);

  constructor(
    private readonly model: LinearModel,
    private readonly corpus: CorpusWords | undefined,
    private readonly words: WordKnowledge,
  ) {
    if (!FormTable.suits(model)) throw new Error('FormTable: a model with 16-bit integer weights only');
    this.c = model.classes.length;
    this.mask = (1 << model.bits) - 1;
    this.stride = (R_SUMS + this.c + 3) & ~3;
    this.data = new Int32Array(256 * this.stride);
  }

  /** Whether sums of the model's weights are exact in any order: 16-bit integers. */
  static suits(model: LinearModel): boolean {
    return model.weights instanceof Int16Array;
  }

  /** Whether this table serves features of `bits` rows with these corpus words and recogniser resources. */
  fits(bits: number, corpus: CorpusWords | undefined, res: RecogniserResources): boolean {
    return bits === this.model.bits && corpus === this.corpus && res.words === this.words;
  }

  /** Called before each document's features: past MAX_FORMS the table starts again (form numbers stay fixed within a document). */
  startDocument(): void {
    if (this.size < MAX_FORMS) return;
    this.slots = new Int32Array(1024).fill(-1);
    this.text = [];
    this.lower = [];
    this.kind = [];
    this.size = 0;
    this.byId.fill(-1);
  }

  /**
   * Form numbers by vocabulary id (segment's `ids`), -1 until the id is first asked: the forms
   * of the words of earlier documents found with no hash and no string compared. Emptied when the
   * vocabulary starts again (its ids then mean other words) and when the forms do.
   */
  private byId = new Int32Array(0);
  private readonly stamp = new VocabularyStamp();

  /** The segmentation's vocabulary ids, if it has them, with byId made valid for them. */
  idsOf(seg: Segmentation): Int32Array | undefined {
    if (seg.ids === undefined || seg.vocabulary === undefined) return undefined;
    if (this.stamp.stale(seg.vocabulary)) this.byId.fill(-1);
    return seg.ids;
  }

  /**
   * The form of token t, whose vocabulary id is `id` (idsOf): as idOf(t), by an array read after
   * the first time. An id is a text and whether it is a word, not its kind: tokens of one text
   * and two kinds other than word (a number, the same digits inside a date) share the form of
   * the first, whose numbers are theirs too (no stem; kind read by the word bits only as "word").
   */
  formOfId(id: number, cols: TokenColumns, k: number): number {
    if (id >= this.byId.length) {
      const more = new Int32Array(Math.max(id + 1, 2 * this.byId.length, 1024)).fill(-1);
      more.set(this.byId);
      this.byId = more;
    }
    let f = this.byId[id]!;
    if (f < 0) {
      f = this.idOf(cols, k);
      this.byId[id] = f;
    }
    return f;
  }

  /**
   * Buffers tokenFeatures reuses from one document to the next, not made anew (and collected)
   * for each: so the features it returns with a table are valid until the table's next use.
   */
  rowBuffer: Int32Array | undefined;
  private ints = new Int32Array(0);
  private bytes = new Uint8Array(0);

  /** The scores of a run of windows and Viterbi's buffers (decide.ts tagWindows), kept from one document to the next. */
  decodeBuffers: DecodeBuffers = newDecodeBuffers();

  /** n zeroed 32-bit numbers, reused (kept only up to MAX_KEPT_ENTRIES). */
  scratchInts(n: number): Int32Array {
    if (!keepable(n)) return new Int32Array(n);
    if (this.ints.length < n) this.ints = new Int32Array(Math.max(n, 2 * this.ints.length));
    return this.ints.subarray(0, n).fill(0);
  }

  /** n zeroed bytes, reused (kept only up to MAX_KEPT_ENTRIES). */
  scratchBytes(n: number): Uint8Array {
    if (!keepable(n)) return new Uint8Array(n);
    if (this.bytes.length < n) this.bytes = new Uint8Array(Math.max(n, 2 * this.bytes.length));
    return this.bytes.subarray(0, n).fill(0);
  }

  /** Where form f's sums start in `data`. */
  sumsAt(f: number): number {
    return f * this.stride + R_SUMS;
  }

  /** The form of token t, made on first sight. */
  idOf(cols: TokenColumns, k: number): number {
    const text = cols.texts[k]!;
    const lower = cols.stems[k]!;
    const kind = cols.kinds[k]!;
    const h = sampleHash(text);
    const slots = this.slots;
    const m = slots.length - 1;
    let s = h & m;
    for (;;) {
      const id = slots[s]!;
      if (id < 0) break;
      if (this.data[id * this.stride + R_HASH] === h && this.text[id] === text && this.lower[id] === lower && this.kind[id] === kind)
        return id;
      s = (s + 1) & m;
    }
    const id = this.add(text, lower, kind, h);
    slots[s] = id;
    if (this.size * 2 > slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const m = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let s = this.data[id * this.stride + R_HASH]! & m;
      while (slots[s]! >= 0) s = (s + 1) & m;
      slots[s] = id;
    }
    this.slots = slots;
  }

  private add(text: string, lower: string, kind: TokenKind, h: number): number {
    const id = this.size++;
    if ((id + 1) * this.stride > this.data.length) {
      const more = new Int32Array(this.data.length * 2);
      more.set(this.data);
      this.data = more;
    }
    const clusters = this.corpus?.clusters;
    const corpusLabels = this.corpus?.corpusLabels;
    this.text[id] = detached(text);
    this.lower[id] = detached(lower);
    this.kind[id] = kind;
    const r = id * this.stride;
    const d = this.data;
    d[r + R_HASH] = h;
    d[r + R_LOWER] = hashText(lower);
    d[r + R_SHAPE] = shapeOf(text);
    d[r + R_CLUSTER] = clusters ? (clusters.get(text) ?? NO_CLUSTER) : NO_CLUSTER;
    d[r + R_LABEL] = corpusLabels ? (corpusLabels.get(text) ?? NO_CLUSTER) : NO_CLUSTER;
    d[r + R_SUMMED] = 0;
    return id;
  }

  /**
   * Form f of window token k (t), with its word-list bits and the sum of its rows: made the first
   * time the form stands in a window (half the forms are only ever a window's neighbours).
   */
  own(f: number, cols: TokenColumns, k: number, lex: WordFacts): number {
    if (this.data[f * this.stride + R_SUMMED] === 0) this.sum(f, cols, k, lex);
    return f;
  }

  private sum(id: number, cols: TokenColumns, k: number, lex: WordFacts): void {
    const d = this.data;
    const r = id * this.stride;
    const hl = d[r + R_LOWER]!;
    const hs = d[r + R_SHAPE]!;
    const c = d[r + R_CLUSTER]!;
    const l = d[r + R_LABEL]!;
    const b = wordBitsOf(cols, k, lex, this.words);
    d[r + R_BITS] = b;
    d[r + R_SUMMED] = 1;
    // the rows tokenFeatures leaves out for a form, summed as integers
    const { rows, mask } = this;
    let o = ownRows(cols, k, hl, hs, rows, 0, mask);
    rows[o++] = mix(F.WordBits, b) & mask;
    rows[o++] = mix(mix(F.LowerBits, b), hs) & mask;
    if (this.corpus?.clusters) {
      rows[o++] = mix(F.Cluster, c) & mask;
      rows[o++] = mix(mix(F.ClusterShape, c), hs) & mask;
    }
    if (this.corpus?.corpusLabels) rows[o++] = mix(F.CorpusLabel, l) & mask;
    const w = this.model.weights;
    const width = this.c;
    const at = r + R_SUMS;
    for (let j = 0; j < width; j++) d[at + j] = 0;
    for (let f = 0; f < o; f++) {
      const row = rows[f]! * width;
      for (let j = 0; j < width; j++) d[at + j]! += w[row + j]!;
    }
  }
}

// offsets in a FormTable record
const R_HASH = 0;
// (R_LOWER .. R_BITS read by tokenFeatures too)
export const R_LOWER = 1;
export const R_SHAPE = 2;
export const R_CLUSTER = 3;
export const R_LABEL = 4;
export const R_BITS = 5;
const R_SUMMED = 6;
const R_SUMS = 8;

/**
 * A hash of a word's length and of up to eight of its characters (every one of a word of up to
 * seven): cheaper than one over every character of a long word, and the table compares the texts
 * anyway.
 */
function sampleHash(s: string): number {
  const n = s.length;
  let h = mix(n, s.charCodeAt(0) | (n > 1 ? s.charCodeAt(1) << 16 : 0));
  if (n > 2) h = mix(h, s.charCodeAt(n - 1) | (s.charCodeAt(n - 2) << 16));
  if (n > 4) h = mix(h, s.charCodeAt(n >> 1) | (s.charCodeAt(2) << 16));
  if (n > 6) h = mix(h, s.charCodeAt(n - 3) | (s.charCodeAt((n >> 1) + 1) << 16));
  return h | 0;
}
