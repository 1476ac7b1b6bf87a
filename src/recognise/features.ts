// Features for the entity tagger (decide.ts): what the word looks like, what the words around
// it are, what the word lists say of it, and what the recognisers proposed over it. The rules'
// proposals are evidence here, not answers: the model learns when "MoU" in capitals is no
// organisation and when a capitalised run after "Menteri" is a portfolio, not a name.
//
// Only tokens inside the candidate windows of windows.ts are tagged (every other token is O).
//
// The model's word tables from unlabelled news (model.ts: CorpusWords) add the cluster of the
// word and of the words either side (a name the training set never held still looks like the
// names of its cluster), and the label the rules usually give the word across the corpus.
//
// Every feature is an integer: a template's number mixed with hashes of token texts made once
// per token (src/learn/hash.ts), masked to the model's rows.
import { hashText, mix } from '../learn/hash.js';
import { keepable } from '../support/kept-buffers.js';
import { firstCodeUnit, type TokenColumns } from '../tokenize/columns.js';
import type { Segmentation } from '../types.js';
import { EDGE_CLUSTER, F, NO_CLUSTER, ownRows, shapeOf, wordBitsOf } from './feature-rows.js';
import { type FormTable, R_BITS, R_CLUSTER, R_LABEL, R_LOWER, R_SHAPE } from './form-table.js';
import type { Mention, Proposals, Recogniser, RecogniserResources } from './mention.js';
import type { CorpusWords } from './model.js';
import { type Window, windowsOf } from './windows.js';
import { longestPhrase, phraseStartBits } from './words.js';

/** The features of every token in the windows: token k's are `features[at[i]]..features[at[i+1]]`, i its place among window tokens. */
export interface TokenFeatures {
  readonly windows: readonly Window[];
  readonly features: Int32Array;
  readonly at: Int32Array;
  /**
   * With a FormTable: each window token's form in it, whose rows (ownRows and the other rows of
   * the word alone) are left out of `features` and summed once in the table instead.
   */
  readonly form?: Int32Array;
}

/**
 * Where tokenFeatures hands over its rows a run of whole windows at a time, and then writes its
 * buffer again from the start: the rows of a large document are never all held at once (a
 * 10 MB text has some 25 million). The rows are handed over once at least `rows` of them are
 * written (at the next window's start) and at the end; the TokenFeatures returned then hold
 * the last run's rows only.
 */
export interface FeatureChunks {
  readonly rows: number;
  take(run: FeatureRun): void;
}

/**
 * One run of windows, `windows[w0..w1)`, whose tokens are window tokens i0..i1: token i's rows
 * are `features[at[i]]..features[at[i+1]]` (at[i0] is 0), valid until take returns; `form` as in
 * TokenFeatures, for the whole document.
 */
export interface FeatureRun {
  readonly windows: readonly Window[];
  readonly w0: number;
  readonly w1: number;
  readonly i0: number;
  readonly i1: number;
  readonly features: Int32Array;
  readonly at: Int32Array;
  readonly form: Int32Array | undefined;
}

// rows that take no value of the token (or one of a few), mixed once
const NO_RULE = mix(F.RuleLabel, 0);
const IN_QUOTE = mix(F.InQuote, 1);
const NEXT_IS_OPEN_BRACKET = mix(F.NextIsOpenBracket, 1);
const PREV_IS_CLOSE_BRACKET = mix(F.PrevIsCloseBracket, 1);
const SENTENCE_START = mix(F.SentenceStart, 1);
const CAPS_SENTENCE = mix(F.CapsSentence, 1);
/** By 0 at a window's first token, 1 after it. */
const IN_TITLE = Int32Array.of(mix(F.InTitle, 1), mix(F.InTitle, 2));
const ORG_HEAD = Int32Array.of(mix(F.OrgHead, 1), mix(F.OrgHead, 2));
const PLACE_HEAD = Int32Array.of(mix(F.PlaceHead, 1), mix(F.PlaceHead, 2));
/** By the afterTitle value, 2..4. */
const AFTER_TITLE = Int32Array.from({ length: 5 }, (_, v) => mix(F.AfterTitle, v));
/** By place * 5 + window length, place 1..4 and length 1..4. */
const WINDOW_PLACE = Int32Array.from({ length: 25 }, (_, x) => mix(mix(F.WindowPlace, Math.floor(x / 5)), x % 5));

const LABEL_CODE = { PER: 1, ORG: 2, LOC: 3 } as const;

/** The hash of each recogniser's name, as its rows mix it. */
const BY_CODE: Readonly<Record<Recogniser, number>> = {
  dateline: hashText('dateline'),
  title: hashText('title'),
  'org-head': hashText('org-head'),
  'place-head': hashText('place-head'),
  gazetteer: hashText('gazetteer'),
  chain: hashText('chain'),
  acronym: hashText('acronym'),
  company: hashText('company'),
  'name-shape': hashText('name-shape'),
  context: hashText('context'),
  bracketed: hashText('bracketed'),
  model: hashText('model'),
};

// the first mixes of the rule and proposal rows, by label code (1..3) * 5 + place in the span (1..4), or by label code
const byLabelPlace = (template: F): Int32Array => Int32Array.from({ length: 20 }, (_, x) => mix(mix(template, Math.floor(x / 5)), x % 5));
const RULE_PLACE = byLabelPlace(F.Rule);
const RULE_LABEL_PLACE = byLabelPlace(F.RuleLabel);
const PROPOSAL_PLACE = byLabelPlace(F.Proposal);
const PROPOSAL_LABEL_PLACE = byLabelPlace(F.ProposalLabel);
const RULE_LABEL_LOWER = Int32Array.from({ length: 4 }, (_, l) => mix(F.RuleLabelLower, l));
const RULE_LABEL_SHAPE = Int32Array.from({ length: 4 }, (_, l) => mix(F.RuleLabelShape, l));

/** B, I, L (last), U (unit): a token's place in a span. */
function placeIn(m: Mention, k: number): number {
  const first = k === m.tokenStart;
  const last = k === m.tokenEnd - 1;
  return first && last ? 4 : first ? 1 : last ? 3 : 2;
}

/** Feature rows, grown by doubling: one typed array per document, not a boxed number per feature. */
class Rows {
  buf: Int32Array;
  n = 0;
  /** `buf`: a buffer to write in (a form table's, reused), else one of `size` rows is made. */
  constructor(size: number, buf?: Int32Array) {
    this.buf = buf !== undefined && buf.length >= size ? buf : new Int32Array(size);
  }
  /** Room for k more rows. */
  room(k: number): void {
    if (this.n + k > this.buf.length) {
      const b = new Int32Array(this.buf.length * 2 + k);
      b.set(this.buf);
      this.buf = b;
    }
  }
}

/**
 * Whether most words of a sentence are in capitals (a headline, a credit line). The scan stops
 * once the tokens left could not make a majority even if every one were a word in capitals.
 */
function capitalsSentence(cols: TokenColumns, a: number, b: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (caps * 2 + (b - k) <= letters) return false;
    if (cols.kinds[k] !== 'word') continue;
    letters++;
    const s = cols.texts[k]!;
    const c0 = s.charCodeAt(0);
    const c1 = s.length > 1 ? s.charCodeAt(1) : 97;
    if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) caps++;
  }
  return letters >= 3 && caps * 2 > letters;
}

/**
 * The features of every window token of a document, as masked row numbers. `words` (the
 * model's corpus word tables, if it has them) adds the clusters of the word and of its
 * neighbours and the corpus labels of the word and the word before.
 */
export function tokenFeatures(
  text: string,
  seg: Segmentation,
  props: Proposals,
  res: RecogniserResources,
  bits: number,
  words?: CorpusWords,
  forms?: FormTable,
  chunks?: FeatureChunks,
): TokenFeatures {
  if (forms !== undefined && !forms.fits(bits, words, res)) throw new Error('tokenFeatures: a FormTable made for another model');
  const clusters = words?.clusters;
  const corpusLabels = words?.corpusLabels;
  const { columns: cols, sentences } = seg;
  const n = cols.size;
  // the per-token arrays as views of two buffers (with a table, its own, reused: the features
  // returned are then valid until its next use): a typed array's own buffer costs far more than
  // a view. Bytes: 8 arrays by token, the windows' scratch, a byte by sentence
  const byteCount = 9 * n + sentences.length;
  const bytes = forms !== undefined ? forms.scratchBytes(byteCount) : new Uint8Array(byteCount);
  const windows = windowsOf(seg, props, bytes.subarray(8 * n, 9 * n));
  const mask = (1 << bits) - 1;
  const total = windows.reduce((a, w) => a + w.end - w.start, 0);
  const { rules, proposals } = props;
  let over = 0;
  for (const m of proposals) over += m.tokenEnd - m.tokenStart;
  // numbers: 6 arrays by token (and one more), `at` and `form` by window token, the proposals
  // over each token, two by proposal
  const int0 = 6 * n + 1;
  const intCount = int0 + 2 * total + 1 + over + 2 * proposals.length;
  const ints = forms !== undefined ? forms.scratchInts(intCount) : new Int32Array(intCount);
  const at = ints.subarray(int0, int0 + total + 1);
  const form = forms !== undefined ? ints.subarray(int0 + total + 1, int0 + 2 * total + 1) : undefined;
  if (windows.length === 0)
    return form !== undefined ? { windows, features: new Int32Array(0), at, form } : { windows, features: new Int32Array(0), at };
  forms?.startDocument();
  // by token: its form in `forms`, -1 until asked
  const formOf = forms !== undefined ? ints.subarray(2 * n, 3 * n).fill(-1) : undefined;
  // with the tokens' vocabulary ids, a form is found by its id (an array read) after its first sight
  const ids = forms !== undefined ? forms.idsOf(seg) : undefined;
  const formAt = (k: number): number => {
    let f = formOf![k]!;
    if (f < 0) {
      f = ids !== undefined ? forms!.formOfId(ids[k]!, cols, k) : forms!.idOf(cols, k);
      formOf![k] = f;
    }
    return f;
  };

  // per token, made for the tokens features look at (window tokens and two either side)
  const hLower = ints.subarray(0, n);
  const hShape = ints.subarray(n, 2 * n);
  const made = bytes.subarray(0, n);
  const NONE = 0x5bd1e995;
  const lowerAt = (k: number): number => {
    if (k < 0 || k >= n) return NONE;
    if (made[k] === 0) {
      made[k] = 1;
      if (forms !== undefined) {
        const f = formAt(k);
        hLower[k] = forms.data[f * forms.stride + R_LOWER]!;
        hShape[k] = forms.data[f * forms.stride + R_SHAPE]!;
      } else {
        hLower[k] = hashText(cols.stems[k]!);
        hShape[k] = shapeOf(cols.texts[k]!);
      }
    }
    return hLower[k]!;
  };
  const clusterAt = (k: number): number =>
    k < 0 || k >= n
      ? EDGE_CLUSTER
      : forms !== undefined
        ? forms.data[formAt(k) * forms.stride + R_CLUSTER]!
        : (clusters!.get(cols.texts[k]!) ?? NO_CLUSTER);

  const sentenceStart = bytes.subarray(n, 2 * n);
  for (const s of sentences) if (s.tokenStart < n) sentenceStart[s.tokenStart] = 1;
  // inside a direct quotation: between opening and closing quote marks
  const inQuote = bytes.subarray(2 * n, 3 * n);
  let open = false;
  for (let k = 0; k < n; k++) {
    if (cols.ends[k]! - cols.starts[k]! !== 1) {
      if (open) inQuote[k] = 1;
      continue;
    }
    const c = firstCodeUnit(cols, k);
    if (c === 0x201c || (c === 34 && !open)) open = true;
    else if (c === 0x201d || (c === 34 && open)) open = false;
    else if (open) inQuote[k] = 1;
  }
  // titles (ending before a name), organisation and place head nouns; the tries' pre-tests read once per token
  const softHyphens = text.includes('\u00ad');
  const starts = bytes.subarray(3 * n, 4 * n);
  const afterTitle = bytes.subarray(4 * n, 5 * n);
  const inTitle = bytes.subarray(5 * n, 6 * n);
  const orgHead = bytes.subarray(6 * n, 7 * n);
  const placeHead = bytes.subarray(7 * n, 8 * n);
  for (const w of windows) {
    const from = Math.max(0, w.start - 4);
    for (let k = from; k < w.end; k++) starts[k] = phraseStartBits(cols, k, res.words, softHyphens);
    for (let k = from; k < w.end; k++) {
      if (starts[k] === 0) continue;
      const t = longestPhrase(res.words.titles, text, cols, k, n, starts);
      if (t) {
        for (let j = k; j < t.end; j++) inTitle[j] = 1;
        if (t.end < n) afterTitle[t.end] = 1 + Math.min(t.end - k, 3);
      }
      if (k >= w.start) {
        if (longestPhrase(res.words.orgHeads, text, cols, k, n, starts)) orgHead[k] = 1;
        if (longestPhrase(res.words.placeHeads, text, cols, k, n, starts)) placeHead[k] = 1;
      }
    }
  }
  // the rules' choice per token (its index in props.rules, -1: none), and every proposal over
  // it: token k's are props.proposals[overList[j]] for j in overFrom[k]..overFrom[k + 1], in
  // their order there. Typed arrays, not arrays of a document's length (which V8 makes in its
  // old generation, left there until a full collection: 25 MB for a 10 MB text)
  const rule = ints.subarray(3 * n, 4 * n).fill(-1);
  for (let r = 0; r < rules.length; r++) for (let k = rules[r]!.tokenStart; k < rules[r]!.tokenEnd; k++) rule[k] = r;
  const overFrom = ints.subarray(4 * n, 5 * n + 1);
  for (const m of proposals) for (let k = m.tokenStart; k < m.tokenEnd; k++) overFrom[k + 1]!++;
  for (let k = 0; k < n; k++) overFrom[k + 1]! += overFrom[k]!;
  const overList = ints.subarray(int0 + 2 * total + 1, int0 + 2 * total + 1 + over);
  const filled = ints.subarray(5 * n + 1, 6 * n + 1);
  filled.set(overFrom.subarray(0, n));
  for (let p = 0; p < proposals.length; p++)
    for (let k = proposals[p]!.tokenStart; k < proposals[p]!.tokenEnd; k++) overList[filled[k]!++] = p;
  // each proposal's recogniser (the hash of its name) and its row of label, recogniser and
  // length, the same at each of its tokens: made once a proposal, not at every token it covers
  const proposalBy = ints.subarray(int0 + 2 * total + 1 + over, intCount);
  for (let p = 0; p < proposals.length; p++) {
    const m = proposals[p]!;
    const by = BY_CODE[m.by];
    proposalBy[2 * p] = by;
    proposalBy[2 * p + 1] = mix(mix(mix(F.ProposalLen, LABEL_CODE[m.label]), by), Math.min(m.tokenEnd - m.tokenStart, 5));
  }
  // the document's view of a word: the labels the rules gave it elsewhere (bits 1 << LABEL_CODE);
  // by the word's text number in the pipeline's tally, where the tokens have vocabulary ids
  const tally = seg.ids !== undefined && seg.vocabulary !== undefined ? res.tally : undefined;
  const textIds = seg.ids;
  let docLabels: Map<string, number> | undefined;
  if (tally !== undefined) {
    tally.start(seg.vocabulary!.size);
    for (const m of rules)
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const x = textIds![k]! >> 1;
        tally.set(x, tally.get(x) | (1 << LABEL_CODE[m.label]));
      }
  } else {
    docLabels = new Map<string, number>();
    for (const m of rules) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const key = cols.texts[k]!;
        docLabels.set(key, (docLabels.get(key) ?? 0) | (1 << LABEL_CODE[m.label]));
      }
    }
  }
  // by sentence: 0 not yet asked, 1 in capitals, 2 not
  const capsMemo = bytes.subarray(9 * n, byteCount);
  // about 40 rows a window token (fewer with a form table): grown only past that; with chunks,
  // about a chunk's worth, as the rows are handed over and the buffer written again from its start
  const rows = new Rows(Math.max(1024, chunks !== undefined ? Math.min(total * 40, chunks.rows + 1024) : total * 40), forms?.rowBuffer);

  let i = 0;
  // the first window and window token of the rows not yet handed to `chunks`
  let w0 = 0;
  let i0 = 0;
  for (let wi = 0; wi < windows.length; wi++) {
    const w = windows[wi]!;
    if (chunks !== undefined && rows.n >= chunks.rows) {
      chunks.take({ windows, w0, w1: wi, i0, i1: i, features: rows.buf, at, form });
      w0 = wi;
      i0 = i;
      rows.n = 0;
      at[i] = 0;
    }
    const len = Math.min(w.end - w.start, 4);
    // the words around the whole window, and its first and last words: a name's context and head
    const before = lowerAt(w.start - 1);
    const before2 = lowerAt(w.start - 2);
    const after = lowerAt(w.end);
    const first = lowerAt(w.start);
    const last = lowerAt(w.end - 1);
    // the first mix of each window row, once per window
    const mBefore = mix(F.BeforeWindow, before);
    const mBeforeLower = mix(F.BeforeWindowLower, before2);
    const mAfter = mix(F.AfterWindow, after);
    const mFirst = mix(F.WindowFirst, first);
    const mLast = mix(F.WindowLast, last);
    if (capsMemo[w.sentence] === 0) {
      const s = sentences[w.sentence]!;
      capsMemo[w.sentence] = capitalsSentence(cols, s.tokenStart, s.tokenEnd) ? 1 : 2;
    }
    const caps = capsMemo[w.sentence] === 1;
    // the window's tokens and two either side made first, so the loop reads their hashes (and
    // with a form table their forms) straight from the arrays
    for (let k = Math.max(0, w.start - 2); k < Math.min(n, w.end + 2); k++) lowerAt(k);
    for (let k = w.start; k < w.end; k++) {
      const hl = hLower[k]!;
      const hs = hShape[k]!;
      // room for the token's rows first, then written in place (a call per row costs: TurboFan inlines few here)
      const need = 56 + 3 * (overFrom[k + 1]! - overFrom[k]!); // at most 49 rows besides the proposals' three each
      if (rows.n + need > rows.buf.length) rows.room(need);
      const buf = rows.buf;
      let o = rows.n;
      // with a form table, the rows of the word alone are its form's, summed once (FormTable)
      const f = forms !== undefined ? forms.own(formOf![k]!, cols, k, props.lex) : -1;
      if (f < 0) o = ownRows(cols, k, hl, hs, buf, o, mask);
      else form![i] = f;
      const prev = k > 0 ? hLower[k - 1]! : NONE;
      const next = k + 1 < n ? hLower[k + 1]! : NONE;
      const prev2 = k > 1 ? hLower[k - 2]! : NONE;
      const next2 = k + 2 < n ? hLower[k + 2]! : NONE;
      const prevShape = k > 0 ? hShape[k - 1]! : NONE;
      const nextShape = k + 1 < n ? hShape[k + 1]! : NONE;
      o = nearRows(hl, hs, prev, next, prev2, next2, prevShape, nextShape, buf, o, mask);
      const place = w.end - w.start === 1 ? 4 : k === w.start ? 1 : k === w.end - 1 ? 3 : 2;
      buf[o++] = WINDOW_PLACE[place * 5 + len]! & mask;
      const b = f < 0 ? wordBitsOf(cols, k, props.lex, res.words) : forms!.data[f * forms!.stride + R_BITS]!;
      if (f < 0) {
        buf[o++] = mix(F.WordBits, b) & mask;
        buf[o++] = mix(mix(F.LowerBits, b), hs) & mask;
      }
      const r = rule[k]! >= 0 ? rules[rule[k]!]! : undefined;
      if (r) {
        const lp = LABEL_CODE[r.label] * 5 + placeIn(r, k);
        buf[o++] = mix(RULE_PLACE[lp]!, BY_CODE[r.by]) & mask;
        buf[o++] = RULE_LABEL_PLACE[lp]! & mask;
        buf[o++] = mix(RULE_LABEL_LOWER[LABEL_CODE[r.label]]!, hl) & mask;
        buf[o++] = mix(RULE_LABEL_SHAPE[LABEL_CODE[r.label]]!, hs) & mask;
      } else {
        buf[o++] = NO_RULE & mask;
      }
      for (let j = overFrom[k]!; j < overFrom[k + 1]!; j++) {
        const pi = overList[j]!;
        const m = proposals[pi]!;
        const lp = LABEL_CODE[m.label] * 5 + placeIn(m, k);
        buf[o++] = mix(PROPOSAL_PLACE[lp]!, proposalBy[2 * pi]!) & mask;
        buf[o++] = proposalBy[2 * pi + 1]! & mask;
        buf[o++] = PROPOSAL_LABEL_PLACE[lp]! & mask;
      }
      if (afterTitle[k]! > 0) {
        buf[o++] = AFTER_TITLE[afterTitle[k]!]! & mask;
        buf[o++] = mix(mix(F.TitleLower, hl), 1) & mask;
      }
      const second = k === w.start ? 0 : 1;
      if (inTitle[k] === 1) buf[o++] = IN_TITLE[second]! & mask;
      if (orgHead[k] === 1) buf[o++] = ORG_HEAD[second]! & mask;
      if (placeHead[k] === 1) buf[o++] = PLACE_HEAD[second]! & mask;
      if (sentenceStart[k] === 1) buf[o++] = mix(SENTENCE_START, b) & mask;
      if (inQuote[k] === 1) buf[o++] = IN_QUOTE & mask;
      // written for every token and kept (o advanced) only in a sentence in capitals: a branch
      // that few sentences take had no type feedback when this function was optimised, and its
      // first use threw the optimised code away twice (100-400 ms of TurboFan to compile again);
      // the slot is inside the room made above, and the next row overwrites it when not kept
      buf[o] = mix(CAPS_SENTENCE, hl) & mask;
      o += caps ? 1 : 0;
      buf[o++] = mix(F.DocRuleLabel, tally !== undefined ? tally.get(textIds![k]! >> 1) : (docLabels!.get(cols.texts[k]!) ?? 0)) & mask;
      const from = k - w.start;
      o = windowRows(hl, mBefore, mBeforeLower, mAfter, mFirst, mLast, from, w.end - 1 - k, buf, o, mask);
      if (clusters) {
        if (f < 0) o = clusterRows(clusterAt(k), clusterAt(k - 1), clusterAt(k + 1), hs, buf, o, mask);
        else {
          const d = forms!.data;
          const stride = forms!.stride;
          const prevCluster = k > 0 ? d[formOf![k - 1]! * stride + R_CLUSTER]! : EDGE_CLUSTER;
          const nextCluster = k + 1 < n ? d[formOf![k + 1]! * stride + R_CLUSTER]! : EDGE_CLUSTER;
          o = nearClusterRows(d[f * stride + R_CLUSTER]!, prevCluster, nextCluster, buf, o, mask);
        }
      }
      if (corpusLabels) {
        if (f < 0) {
          const l = corpusLabels.get(cols.texts[k]!) ?? NO_CLUSTER;
          buf[o++] = mix(F.CorpusLabel, l) & mask;
          buf[o++] = mix(mix(F.PrevCorpusLabel, l), k > 0 ? (corpusLabels.get(cols.texts[k - 1]!) ?? NO_CLUSTER) : EDGE_CLUSTER) & mask;
        } else {
          buf[o++] =
            mix(
              mix(F.PrevCorpusLabel, forms!.data[f * forms!.stride + R_LABEL]!),
              k > 0 ? forms!.data[formOf![k - 1]! * forms!.stride + R_LABEL]! : EDGE_CLUSTER,
            ) & mask;
        }
      }
      if (k + 1 < n && cols.texts[k + 1]! === '(') buf[o++] = NEXT_IS_OPEN_BRACKET & mask;
      if (k > 0 && cols.texts[k - 1]! === ')') buf[o++] = PREV_IS_CLOSE_BRACKET & mask;
      rows.n = o;
      at[++i] = o;
    }
  }
  if (chunks !== undefined) chunks.take({ windows, w0, w1: windows.length, i0, i1: i, features: rows.buf, at, form });
  if (forms !== undefined && keepable(rows.buf.length)) forms.rowBuffer = rows.buf;
  const features = rows.buf.subarray(0, rows.n);
  return form !== undefined ? { windows, features, at, form } : { windows, features, at };
}

// The rows of a window token in parts, each its own function (the word's own rows are
// feature-rows.ts's ownRows): TurboFan inlines the mixes of a small function, few of those of a
// large one.

/** The rows of the words next to it: the lower-case forms and shapes of the two either side. */
function nearRows(
  hl: number,
  hs: number,
  prev: number,
  next: number,
  prev2: number,
  next2: number,
  prevShape: number,
  nextShape: number,
  buf: Int32Array,
  o: number,
  mask: number,
): number {
  buf[o++] = mix(F.PrevLower, prev) & mask;
  buf[o++] = mix(F.NextLower, next) & mask;
  buf[o++] = mix(F.Prev2Lower, prev2) & mask;
  buf[o++] = mix(F.Next2Lower, next2) & mask;
  buf[o++] = mix(mix(F.PrevShapeShape, prevShape), hs) & mask;
  buf[o++] = mix(mix(F.ShapeNextShape, hs), nextShape) & mask;
  buf[o++] = mix(mix(F.PrevLowerLower, prev), hl) & mask;
  buf[o++] = mix(mix(F.LowerNextLower, hl), next) & mask;
  buf[o++] = mix(mix(mix(F.PrevLowerShape, prev), hs), 0) & mask;
  return o;
}

/** The rows of its window: the words before and after the window, its first and last, and where in it the token stands (the first mixes of each row made once per window: `before` is mix(F.BeforeWindow, ...) and so on). */
function windowRows(
  hl: number,
  before: number,
  beforeLower: number,
  after: number,
  first: number,
  last: number,
  from: number,
  toEnd: number,
  buf: Int32Array,
  o: number,
  mask: number,
): number {
  buf[o++] = mix(before, Math.min(from, 3)) & mask;
  buf[o++] = mix(beforeLower, hl) & mask;
  buf[o++] = mix(before, hl) & mask;
  buf[o++] = mix(after, Math.min(toEnd, 3)) & mask;
  buf[o++] = mix(first, Math.min(from, 3)) & mask;
  buf[o++] = mix(last, Math.min(toEnd, 3)) & mask;
  return o;
}

/** clusterRows without the rows of the word alone (its cluster, its cluster with its shape): those are its form's. */
function nearClusterRows(c: number, prev: number, next: number, buf: Int32Array, o: number, mask: number): number {
  buf[o++] = mix(F.PrevCluster, prev) & mask;
  buf[o++] = mix(F.NextCluster, next) & mask;
  buf[o++] = mix(mix(F.PrevClusterCluster, prev), c) & mask;
  return o;
}

/** The rows of the word clusters: the word's, its neighbours', the pair before it, and the word's with its shape. */
function clusterRows(c: number, prev: number, next: number, hs: number, buf: Int32Array, o: number, mask: number): number {
  buf[o++] = mix(F.Cluster, c) & mask;
  buf[o++] = mix(F.PrevCluster, prev) & mask;
  buf[o++] = mix(F.NextCluster, next) & mask;
  buf[o++] = mix(mix(F.PrevClusterCluster, prev), c) & mask;
  buf[o++] = mix(mix(F.ClusterShape, c), hs) & mask;
  return o;
}
