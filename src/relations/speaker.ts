// The learned speaker ranker (issue #17): for a statement trigger, the candidates are the
// entities named in its sentence, the parties quoted before (the current speaker and the ones
// before it), the entities named in the sentences before, and "nobody named" (sumber, pihak
// polis, mereka). Each is scored by a linear model over features of where it stands against
// the trigger (direction, distance, label, subject position, after "oleh" or another
// preposition, inside a title), of the trigger's frame and of the
// words around it ("katanya", "kata beliau", "Menteri itu berkata"), and of what the rules
// chose; the best scoring wins. Trained by train/relations.ts from the training set's speakers.

import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
import { keepable } from '../support/kept-buffers.js';
import { isDateline } from './dateline.js';
import {
  type Doc,
  hasNya,
  is,
  isPunct,
  isQuoteMark,
  norm,
  ORG_HEAD,
  PREPOSITIONS,
  PRONOUN_ANY,
  PRONOUN_FIRST,
  PRONOUN_PERSON,
  PRONOUN_PLURAL,
  ROLE,
} from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { isTitleModifier, subjectable, type Triggers } from './refer.js';
import type { SpeakerTurn } from './resolve.js';

export { isDateline } from './dateline.js';

/** A candidate speaker: an entity mention, or -1 for "no named speaker". */
export interface Candidate {
  readonly ent: number;
  readonly features: Int32Array;
}

const h = (s: string): number => hashText(s);
const MAX_SENT_BACK = 4;
const MAX_PREV_ENTS = 10;
const MAX_HIST = 6;
/** Tokens either side of the trigger read in its sentence (by the speaker ranker and the meeting-party model), and tokens read before the sentence. */
export const WINDOW = 60;
const BACK_TOKENS = 300;
/** How many turns back any search of the history looks: bounded, so a document's cost stays linear. */
const HIST_LOOK = 50;
/** How many of a name's first mentions are read for its titles. */
const ROLE_LOOK = 3;

/** Distance buckets: 0, 1, 2, 3, 4-5, 6-9, 10-19, 20+. */
const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 9 ? 5 : n <= 19 ? 6 : 7);

/** What kind of word stands at token k, for context features. */
function wordClass(d: Doc, k: number): number {
  if (k < 0 || k >= d.cols.size) return CLASS_H.edge;
  if (d.entAt[k]! >= 0) return labelClass(d.entities[d.entAt[k]!]!.label);
  if (is(d, PRONOUN_PERSON, k)) return CLASS_H.pronPerson;
  if (is(d, PRONOUN_ANY, k)) return CLASS_H.pronAny;
  if (is(d, PRONOUN_PLURAL, k)) return CLASS_H.pronPlural;
  if (is(d, PRONOUN_FIRST, k)) return CLASS_H.pronFirst;
  if (isQuoteMark(d, k)) return CLASS_H.quote;
  if (is(d, ROLE, k)) return CLASS_H.role;
  if (is(d, ORG_HEAD, k)) return CLASS_H.orgHead;
  return h(norm(d, k));
}

/** wordClass's hashes of its classes and of the entity labels, made once. */
const CLASS_H = {
  edge: h('<edge>'),
  start: h('<start>'),
  pronPerson: h('<pron-person>'),
  pronAny: h('<pron-any>'),
  pronPlural: h('<pron-plural>'),
  pronFirst: h('<pron-first>'),
  quote: h('<quote>'),
  role: h('<role>'),
  orgHead: h('<org-head>'),
} as const;
const LABEL_CLASS_H: Readonly<Record<string, number>> = { PER: h('#PER'), ORG: h('#ORG'), LOC: h('#LOC') };
const labelClass = (label: string): number => LABEL_CLASS_H[label] ?? h(`#${label}`);
const LABEL_H: Readonly<Record<string, number>> = { PER: h('PER'), ORG: h('ORG'), LOC: h('LOC') };
const labelH = (label: string): number => LABEL_H[label] ?? h(label);

export interface SpeakerInputs {
  readonly d: Doc;
  readonly trig: Triggers;
  readonly m: TriggerMatch;
  readonly hist: readonly SpeakerTurn[];
  /** The rules' choice, if any. */
  readonly rule: readonly number[] | undefined;
  readonly bits: number;
  /** Canonical name -> its mentions in text order (mentionsByName). */
  readonly mentions: ReadonlyMap<string, readonly number[]>;
}

/** Canonical name -> its mentions in text order: built once per document. */
export function mentionsByName(d: Doc): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let e = 0; e < d.entities.length; e++) {
    const name = d.entities[e]!.canonical;
    let list = out.get(name);
    if (!list) out.set(name, (list = []));
    list.push(e);
  }
  return out;
}

/** The role word or organisation head just before the trigger ("Menteri Besar itu berkata" -> menteri), or -1. */
function roleBefore(d: Doc, m: TriggerMatch): number {
  const s0 = d.sentStart[d.sentOf[m.start]!]!;
  for (let k = m.start - 1; k >= s0 && k >= m.start - 4; k--) {
    if (d.entAt[k]! >= 0) return -1;
    if (is(d, ROLE, k) || is(d, ORG_HEAD, k)) {
      let h0 = k;
      while (h0 - 1 >= s0 && (is(d, ROLE, h0 - 1) || is(d, ORG_HEAD, h0 - 1)) && d.entAt[h0 - 1] === -1) h0--;
      return h0;
    }
  }
  return -1;
}

/** How many of the mentions (in text order) start before token `at`: a binary search. */
export function countBefore(d: Doc, mentions: readonly number[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.entStart[mentions[mid]!]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether one of the name's first mentions has the role word `w` within the five words before it. */
function hasRole(d: Doc, mentions: readonly number[], w: string, before: number): boolean {
  for (let i = 0; i < mentions.length && i < ROLE_LOOK; i++) {
    const st = d.entStart[mentions[i]!]!;
    if (st >= before) break;
    for (let k = st - 1; k >= 0 && k >= st - 5; k--) if (norm(d, k) === w) return true;
  }
  return false;
}

/**
 * speakerCandidates' working space, made once per document and reused by each of its triggers:
 * the features put, in order, in runs (features put one after the other for the same entity),
 * each run linked to the entity's next, and a table that keeps each name's features once (open addressing; a slot is taken when its generation is the
 * current one, so the table is never cleared). The per-trigger sets (entities with features,
 * names seen, the rules' names) are arrays by entity or by name, stamped with the trigger's
 * generation, so no trigger makes a Map or a Set.
 */
export interface SpeakerScratch {
  /** The document the per-entity answers below are of. */
  doc: Doc | undefined;
  /** The buffers the per-document arrays below are cut from: kept from document to document, grown when too small. */
  byteBuf: Uint8Array;
  hashBuf: Uint32Array;
  intBuf: Int32Array;
  /** The stamps' buffer: it holds nothing but stamps, so what one document leaves in it is stale in the next. */
  stampBuf: Int32Array;
  /** Per entity: subjectable (0 not asked, 1 false, 2 true, 3 'org') and isTitleModifier (0 not asked, 1 false, 2 true). */
  subj: Uint8Array;
  title: Uint8Array;
  /** Per entity: 0 not asked, 1 a dateline, 2 not one (its `base` features made). */
  kind: Uint8Array;
  /** Per entity: the sentence features that do not depend on the trigger, BASE_N for each direction (1 before, 2 after). */
  base: Uint32Array;
  /** Per entity: the hash of its label (labelH). */
  lab: Uint32Array;
  /** Per token: wordClass, and whether it was asked (1). */
  wc: Uint32Array;
  wcSet: Uint8Array;
  /** Per token: how many entity mentions start before it (between counts as a difference). */
  startsBefore: Int32Array;
  /** The tokens where a mention starts (the entity at the token starts there), in text order: the i-th is the token startsBefore counts i before. */
  starts: Int32Array;
  /** Per entity: its name (an index into `names`); per name: its mentions in text order. */
  nameOf: Int32Array;
  names: (readonly number[])[];
  /** Per entity: the trigger generation its list was made in, and the list. */
  entGen: Int32Array;
  entList: Int32Array;
  /** Per name: generation stamps of the trigger's sets, the name's candidate slot, the times it was quoted. */
  nameGen: Int32Array;
  nameSlot: Int32Array;
  histGen: Int32Array;
  prevGen: Int32Array;
  ruleGen: Int32Array;
  spokenGen: Int32Array;
  spoken: Int32Array;
  /** The trigger's generation: counts on from document to document, so the stamps of one are stale in the next. */
  tgen: number;
  /** The trigger's lists, in the order made: entity, first and last run, mentions of the name before the trigger, features. */
  listEnt: number[];
  listHead: number[];
  listTail: number[];
  listBefore: number[];
  listLen: number[];
  lists: number;
  /** Features put for the trigger so far. */
  n: number;
  feats: Int32Array;
  /** The runs of the trigger so far: each the features [runFrom, runEnd) and the entity's next run (-1: none). */
  runs: number;
  runFrom: Int32Array;
  runEnd: Int32Array;
  runNext: Int32Array;
  /** firstTime's table: a generation and a feature per slot, side by side (one cache line a probe). */
  table: Int32Array;
  gen: number;
  /** One candidate's features, masked. */
  out: Int32Array;
}

const BASE_N = 5;

export function speakerScratch(): SpeakerScratch {
  // the feature arrays cut from one buffer (each grows on its own when a trigger needs more)
  const buf = new Int32Array(7 * 1024);
  let at = 0;
  const z = (): Int32Array => buf.subarray(at, (at += 1024));
  const none = new Int32Array(0);
  return {
    doc: undefined,
    byteBuf: new Uint8Array(0),
    hashBuf: new Uint32Array(0),
    intBuf: none,
    stampBuf: none,
    subj: new Uint8Array(0),
    title: new Uint8Array(0),
    kind: new Uint8Array(0),
    base: new Uint32Array(0),
    lab: new Uint32Array(0),
    wc: new Uint32Array(0),
    wcSet: new Uint8Array(0),
    startsBefore: none,
    starts: none,
    nameOf: none,
    names: [],
    entGen: none,
    entList: none,
    nameGen: none,
    nameSlot: none,
    histGen: none,
    prevGen: none,
    ruleGen: none,
    spokenGen: none,
    spoken: none,
    tgen: 0,
    listEnt: [],
    listHead: [],
    listTail: [],
    listBefore: [],
    listLen: [],
    lists: 0,
    n: 0,
    feats: z(),
    runs: 0,
    runFrom: z(),
    runEnd: z(),
    runNext: z(),
    table: buf.subarray(at, (at += 2048)),
    gen: 0,
    out: z(),
  };
}

/**
 * Whether a scratch grew past what a pipeline keeps (kept-buffers.ts): after a very large
 * document its per-document buffers (and the views cut from them) are let go, and the next
 * document starts a new scratch, rather than the pipeline holding them (some 20 MB after a
 * 10 MB text).
 */
export function scratchTooLarge(s: SpeakerScratch): boolean {
  return !keepable(s.byteBuf.length) || !keepable(s.hashBuf.length) || !keepable(s.intBuf.length) || !keepable(s.stampBuf.length);
}

/** Room for `n`: the buffer itself when it holds n, else a new one (twice the size, or n). */
function room<T extends Uint8Array | Uint32Array | Int32Array>(buf: T, n: number, make: (n: number) => T): T {
  return buf.length >= n ? buf : make(Math.max(n, 2 * buf.length));
}

/** Stamps below this: past it, the stamp arrays are cleared and the count starts again. */
const GEN_LIMIT = 0x3fffffff;

/**
 * The scratch's per-document arrays, made for document d (on its first trigger): cut from four
 * buffers kept from document to document. Only the arrays read before they are written are
 * cleared: the per-entity answers and nameOf. The stamps need not be: the generation counts on,
 * and their buffer holds stamps only. The arrays read only under a stamp (entList, nameSlot,
 * spoken) are written before.
 */
function forDoc(s: SpeakerScratch, d: Doc, mentions: ReadonlyMap<string, readonly number[]>): void {
  s.doc = d;
  const ne = d.entities.length;
  const n = d.cols.size;
  // names: the lists of mentionsByName; an entity missing from them is a name of its own
  const names: (readonly number[])[] = [];
  for (const list of mentions.values()) names.push(list);
  const inMaps = names.length;
  const nameLen = inMaps + ne;
  const bytes = (s.byteBuf = room(s.byteBuf, 3 * ne + n, (k) => new Uint8Array(k)));
  bytes.fill(0, 0, 3 * ne + n);
  s.subj = bytes.subarray(0, ne);
  s.title = bytes.subarray(ne, 2 * ne);
  s.kind = bytes.subarray(2 * ne, 3 * ne);
  s.wcSet = bytes.subarray(3 * ne, 3 * ne + n);
  const hashes = (s.hashBuf = room(s.hashBuf, ne * (2 * BASE_N + 1) + n, (k) => new Uint32Array(k)));
  s.base = hashes.subarray(0, ne * 2 * BASE_N);
  s.lab = hashes.subarray(ne * 2 * BASE_N, ne * (2 * BASE_N + 1));
  s.wc = hashes.subarray(ne * (2 * BASE_N + 1), ne * (2 * BASE_N + 1) + n);
  for (let e = 0; e < ne; e++) s.lab[e] = labelH(d.entities[e]!.label);
  const ints = (s.intBuf = room(s.intBuf, n + 1 + 3 * ne + 2 * nameLen, (k) => new Int32Array(k)));
  const stampsNeed = ne + 5 * nameLen;
  if (s.stampBuf.length < stampsNeed || s.tgen >= GEN_LIMIT) {
    // new (zeroed) stamps
    s.stampBuf = new Int32Array(Math.max(stampsNeed, 2 * s.stampBuf.length));
    s.tgen = 0;
  }
  const stamps = s.stampBuf;
  let at = 0;
  const cut = (len: number): Int32Array => ints.subarray(at, (at += len));
  let st = 0;
  const stamp = (len: number): Int32Array => stamps.subarray(st, (st += len));
  const sb = cut(n + 1);
  sb[0] = 0;
  for (let k = 0; k < n; k++) sb[k + 1] = sb[k]! + (d.entAt[k]! >= 0 && d.entStart[d.entAt[k]!] === k ? 1 : 0);
  s.startsBefore = sb;
  // (one start per entity at most: ne ints hold them)
  const starts = cut(ne);
  for (let k = 0; k < n; k++) if (sb[k + 1] !== sb[k]) starts[sb[k]!] = k;
  s.starts = starts;
  const nameOf = cut(ne).fill(-1);
  for (let id = 0; id < inMaps; id++) for (const e of names[id]!) nameOf[e] = id;
  for (let e = 0; e < ne; e++)
    if (nameOf[e] === -1) {
      nameOf[e] = names.length;
      names.push([e]);
    }
  s.nameOf = nameOf;
  s.names = names;
  const nn = names.length;
  s.entList = cut(ne);
  s.nameSlot = cut(nn);
  s.spoken = cut(nn);
  s.entGen = stamp(ne);
  s.nameGen = stamp(nn);
  s.histGen = stamp(nn);
  s.prevGen = stamp(nn);
  s.ruleGen = stamp(nn);
  s.spokenGen = stamp(nn);
}

/** wordClass(d, k), asked once per token of the scratch's document. */
function classOf(s: SpeakerScratch, d: Doc, k: number): number {
  if (k < 0 || k >= d.cols.size) return CLASS_H.edge;
  if (s.wcSet[k] === 0) {
    s.wc[k] = wordClass(d, k);
    s.wcSet[k] = 1;
  }
  return s.wc[k]!;
}

/**
 * Whether entity e is a dateline (isDateline), asked once per entity; when it is not, its
 * sentence features that do not depend on the trigger are made, for both directions.
 */
function datelineOnce(s: SpeakerScratch, d: Doc, trig: Triggers, e: number): boolean {
  const v = s.kind[e]!;
  if (v !== 0) return v === 1;
  if (isDateline(d, e)) {
    s.kind[e] = 1;
    return true;
  }
  s.kind[e] = 2;
  const st = d.entStart[e]!;
  const s0 = d.sentStart[d.sentOf[st]!]!;
  const subj = subjectOnce(s, d, trig, e);
  const p = st - 1;
  const prevW = p >= s0 ? classOf(s, d, p) : CLASS_H.start;
  const prep = p >= s0 && PREPOSITIONS.has(norm(d, p)) ? h(norm(d, p)) : 0;
  const title = titleOnce(s, d, e) ? 1 : 0;
  const nextW = classOf(s, d, d.entEnd[e]!);
  for (let dir = 1; dir <= 2; dir++) {
    const b = (e * 2 + dir - 1) * BASE_N;
    s.base[b] = mix3(103, dir, subj === true ? 1 : subj === 'org' ? 2 : 0);
    s.base[b + 1] = mix3(104, dir, prevW);
    s.base[b + 2] = mix3(105, dir, prep);
    s.base[b + 3] = mix3(106, dir, title);
    s.base[b + 4] = mix3(111, dir, nextW);
  }
  return false;
}

/** subjectable(d, trig, e), asked once per entity of the scratch's document (the triggers do not change during its pass). */
function subjectOnce(s: SpeakerScratch, d: Doc, trig: Triggers, e: number): boolean | 'org' {
  let v = s.subj[e]!;
  if (v === 0) {
    const r = subjectable(d, trig, e);
    v = r === 'org' ? 3 : r ? 2 : 1;
    s.subj[e] = v;
  }
  return v === 3 ? 'org' : v === 2;
}

/** isTitleModifier(d, e), asked once per entity of the scratch's document. */
function titleOnce(s: SpeakerScratch, d: Doc, e: number): boolean {
  if (s.title[e] === 0) s.title[e] = isTitleModifier(d, e) ? 2 : 1;
  return s.title[e] === 2;
}

/** A candidate name: the mention that speaks for it and its mentions' feature lists (indexes into the scratch's lists). */
interface NameFeatures {
  ent: number;
  readonly lists: number[];
  /** How many features its lists hold. */
  size: number;
}

/** What gather found: the names, by the mention that speaks for each, and the features of "nobody named" (unmasked). */
interface Gathered {
  readonly names: readonly NameFeatures[];
  readonly ruled: boolean;
  readonly none: readonly number[];
}

/** The candidates of a statement trigger with their features (buckets masked to `bits`). */
export function speakerCandidates(x: SpeakerInputs, scratch: SpeakerScratch = speakerScratch()): Candidate[] {
  const g = gather(x, scratch);
  const mask = (1 << x.bits) - 1;
  const out: Candidate[] = [];
  for (const c of g.names) out.push({ ent: c.ent, features: scratch.out.slice(0, nameFeatures(scratch, c, g.ruled, mask)) });
  out.push({ ent: -1, features: Int32Array.from(g.none, (f) => f & mask) });
  return out;
}

/**
 * The candidates' mentions (-1 for "nobody named", last) and their scores by the ranker:
 * speakerCandidates and candidateScores in one, without a candidate's features as an array of its own.
 */
export function speakerScores(x: SpeakerInputs, model: LinearModel, scratch: SpeakerScratch): { ents: number[]; scores: Float32Array } {
  const g = gather(x, scratch);
  const mask = (1 << x.bits) - 1;
  const ents: number[] = [];
  const scores = new Float32Array(g.names.length + 1);
  for (const c of g.names) {
    scoreOne(model, scratch.out, nameFeatures(scratch, c, g.ruled, mask), scores, ents.length);
    ents.push(c.ent);
  }
  let n = 0;
  for (const f of g.none) scratch.out[n++] = f & mask;
  scoreInto(model, scratch.out, n, scores, ents.length);
  ents.push(-1);
  return { ents, scores };
}

/**
 * A name's features into scratch.out: its mentions' (each once, in the order first put), then
 * the rules' choice (when `ruled`, the rules' names are stamped in ruleGen) and the bias.
 * Returns how many.
 */
function nameFeatures(s: SpeakerScratch, c: NameFeatures, ruled: boolean, mask: number): number {
  // a table of the name's own size, an eighth full at most (few probes go past the first slot; its last slot at `m`)
  let size = 64;
  while (size < 8 * (c.size + 2)) size *= 2;
  if (s.table.length < 2 * size) {
    s.table = new Int32Array(2 * size);
    s.gen = 0;
  }
  const m = size - 1;
  if (s.gen >= GEN_LIMIT) {
    s.table.fill(0);
    s.gen = 0;
  }
  const gen = ++s.gen;
  const { out, table, feats, runFrom, runEnd, runNext, listHead } = s;
  let k = 0;
  for (const li of c.lists)
    for (let r = listHead[li]!; r >= 0; r = runNext[r]!)
      for (let j = runFrom[r]!, end = runEnd[r]!; j < end; j++) {
        // firstTime, in place
        const f = feats[j]!;
        let at = Math.imul(f, 0x9e3779b1) >>> 0;
        at = ((at ^ (at >>> 16)) & m) << 1;
        let fresh = true;
        while (table[at] === gen) {
          if (table[at + 1] === f) {
            fresh = false;
            break;
          }
          at = (at + 2) & (2 * m + 1);
        }
        if (fresh) {
          table[at] = gen;
          table[at + 1] = f;
          out[k++] = f & mask;
        }
      }
  if (ruled && s.ruleGen[s.nameOf[c.ent]!] === s.tgen && firstTime(s, gen, m, 401)) out[k++] = 401 & mask;
  out[k++] = 1 & mask;
  return k;
}

/** The list of entity e's features for the current trigger, made on its first feature. */
function listOf(s: SpeakerScratch, e: number): number {
  if (s.entGen[e] === s.tgen) return s.entList[e]!;
  const li = s.lists++;
  s.entGen[e] = s.tgen;
  s.entList[e] = li;
  s.listEnt[li] = e;
  s.listHead[li] = -1;
  s.listTail[li] = -1;
  s.listBefore[li] = 0;
  s.listLen[li] = 0;
  return li;
}

/** One feature of entity e. */
function put(s: SpeakerScratch, e: number, f: number): void {
  const a = s.n;
  if (a === s.feats.length) s.feats = grow(s.feats);
  s.feats[a] = f;
  added(s, e, a, 1);
}

/**
 * A feature of entity e, then the feature joined with each of the trigger's context c0..c2: four
 * features in one step. (Joined with the trigger's act and frame as well, they did not pay for
 * themselves: cross-validated STATEMENT unchanged without them.)
 */
function putCtx(s: SpeakerScratch, e: number, f: number, c0: number, c1: number, c2: number): void {
  const a = s.n;
  if (a + 4 > s.feats.length) s.feats = grow(s.feats);
  const fs = s.feats;
  fs[a] = f;
  fs[a + 1] = mix(f, c0);
  fs[a + 2] = mix(f, c1);
  fs[a + 3] = mix(f, c2);
  added(s, e, a, 4);
}

/** The `len` features put at `a` (the last put) added to entity e's list: its last run made longer when they follow it, else a new run. */
function added(s: SpeakerScratch, e: number, a: number, len: number): void {
  const li = listOf(s, e);
  const tail = s.listTail[li]!;
  if (tail >= 0 && s.runEnd[tail] === a) s.runEnd[tail] = a + len;
  else {
    const r = s.runs++;
    if (r === s.runFrom.length) {
      s.runFrom = grow(s.runFrom);
      s.runEnd = grow(s.runEnd);
      s.runNext = grow(s.runNext);
    }
    s.runFrom[r] = a;
    s.runEnd[r] = a + len;
    s.runNext[r] = -1;
    if (tail === -1) s.listHead[li] = r;
    else s.runNext[tail] = r;
    s.listTail[li] = r;
  }
  s.listLen[li] = s.listLen[li]! + len;
  s.n = a + len;
}

/** The features of each candidate, in the scratch: one list per mention, grouped by name. */
function gather(x: SpeakerInputs, scratch: SpeakerScratch): Gathered {
  const { d, trig, m, hist, rule } = x;
  const s = scratch;
  if (s.doc !== d) forDoc(s, d, x.mentions);
  const tg = ++s.tgen;
  s.lists = 0;
  s.n = 0;
  s.runs = 0;
  const nameOf = s.nameOf;
  const t = m.trigger as StatementTrigger;
  const frame = h(t.frame);
  const nya = hasNya(d, m.end - 1) ? 1 : 0;
  const c0 = mix(frame, nya);
  const c1 = mix3(frame, nya, classOf(s, d, m.end));
  const c2 = mix3(frame, nya, classOf(s, d, m.start - 1));
  const c3 = mix(h(t.act), frame);
  const sent = d.sentOf[m.start]!;
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  const sb = s.startsBefore;
  // same sentence: the mentions starting in the window, read from the list of starts (no scan of the tokens)
  let order = 0;
  const starts = s.starts;
  const hi = Math.min(s1, m.end + WINDOW);
  for (let j = sb[Math.max(s0, m.start - WINDOW)]!; j < sb[hi]!; j++) {
    const k = starts[j]!;
    const e = d.entAt[k]!;
    // a dateline ("PYONGYANG, 21 JAN –") stands outside the sentence's clauses: never a party
    if (datelineOnce(s, d, trig, e)) continue;
    const before = d.entEnd[e]! <= m.start;
    const dist = before ? m.start - d.entEnd[e]! : d.entStart[e]! - m.end;
    const lab = s.lab[e]!;
    const dir = before ? 1 : 2;
    const base = (e * 2 + dir - 1) * BASE_N;
    const bs = s.base;
    putCtx(s, e, mix3(101, dir, bucket(dist)), c0, c1, c2);
    putCtx(s, e, bs[base]!, c0, c1, c2);
    putCtx(s, e, bs[base + 1]!, c0, c1, c2);
    putCtx(s, e, bs[base + 2]!, c0, c1, c2);
    putCtx(s, e, bs[base + 3]!, c0, c1, c2);
    putCtx(s, e, mix3(109, order++ === 0 ? 1 : 0, lab), c0, c1, c2);
    putCtx(s, e, mix3(110, dir, mix(lab, bucket(dist))), c0, c1, c2);
    putCtx(s, e, bs[base + 4]!, c0, c1, c2);
  }
  // the parties quoted before
  let rank = 0;
  for (let i = hist.length - 1; i >= 0 && i >= hist.length - HIST_LOOK && rank < MAX_HIST; i--) {
    const turn = hist[i]!;
    const name = nameOf[turn.ent]!;
    if (s.histGen[name] === tg) continue;
    s.histGen[name] = tg;
    const back = sent - turn.sent;
    if (back > 12) break;
    putCtx(s, turn.ent, mix3(201, rank, s.lab[turn.ent]!), c0, c1, c2);
    putCtx(s, turn.ent, mix(202, bucket(back)), c0, c1, c2);
    putCtx(s, turn.ent, mix3(203, rank, bucket(back)), c0, c1, c2);
    rank++;
  }
  // entities named in the sentences before (the nearest mention of each, newest first), from the
  // list of starts (sentOf never falls from token to token: the first too far back ends the search)
  let seen = 0;
  for (let j = sb[s0]! - 1; j >= 0 && seen < MAX_PREV_ENTS; j--) {
    const k = starts[j]!;
    if (k < s0 - BACK_TOKENS) break;
    const back = sent - d.sentOf[k]!;
    if (back > MAX_SENT_BACK) break;
    const e = d.entAt[k]!;
    if (datelineOnce(s, d, trig, e)) continue;
    const name = nameOf[e]!;
    if (s.prevGen[name] === tg) continue;
    s.prevGen[name] = tg;
    const subj = subjectOnce(s, d, trig, e) === true ? 1 : 0;
    const q = d.quoteOf[k]! >= 0 ? 1 : 0;
    const lab = s.lab[e]!;
    putCtx(s, e, mix3(301, seen, lab), c0, c1, c2);
    putCtx(s, e, mix3(302, bucket(back), lab), c0, c1, c2);
    putCtx(s, e, mix3(303, subj, lab), c0, c1, c2);
    putCtx(s, e, mix(304, q), c0, c1, c2);
    putCtx(s, e, mix3(305, Math.min(seen, 3), subj), c0, c1, c2);
    seen++;
  }
  // the rules' choice
  if (rule) for (const e of rule) put(s, e, 401);
  // the most mentioned person so far among the candidates: the one the article is about
  const lists = s.lists;
  let topPer = -1;
  let topCount = 0;
  for (let li = 0; li < lists; li++) {
    const e = s.listEnt[li]!;
    const c = countBefore(d, s.names[nameOf[e]!]!, m.start);
    s.listBefore[li] = c;
    if (d.entities[e]!.label !== 'PER') continue;
    if (c > topCount || (c === topCount && c > 0 && e < topPer)) {
      topCount = c;
      topPer = e;
    }
  }
  if (topPer >= 0) put(s, topPer, 402);
  // how often each name was quoted in the last turns
  for (let i = hist.length - 1; i >= 0 && i >= hist.length - HIST_LOOK; i--) {
    const name = nameOf[hist[i]!.ent]!;
    if (s.spokenGen[name] !== tg) {
      s.spokenGen[name] = tg;
      s.spoken[name] = 0;
    }
    s.spoken[name]!++;
  }
  // features of the name, whichever mention brought it in
  const role = roleBefore(d, m);
  const roleWord = role >= 0 ? norm(d, role) : '';
  for (let li = 0; li < lists; li++) {
    const e = s.listEnt[li]!;
    const name = nameOf[e]!;
    const list = s.names[name]!;
    const before = s.listBefore[li]!;
    const lab = s.lab[e]!;
    const spoken = s.spokenGen[name] === tg ? s.spoken[name]! : 0;
    const first = d.sentOf[d.entStart[list[0]!]!]!;
    putCtx(s, e, mix3(501, bucket(before), lab), c0, c1, c2);
    putCtx(s, e, mix3(502, bucket(spoken), lab), c0, c1, c2);
    putCtx(s, e, mix3(503, first <= 1 ? 1 : 0, lab), c0, c1, c2);
    putCtx(s, e, mix3(504, role >= 0 ? (hasRole(d, list, roleWord, m.start) ? 2 : 1) : 0, lab), c0, c1, c2);
    putCtx(s, e, mix3(505, e === topPer ? 1 : 0, bucket(spoken)), c0, c1, c2);
  }
  // candidates: one per canonical name, its features the union of its mentions' (each once, in
  // the order first put), then the rules' choice and the bias
  const names: NameFeatures[] = [];
  for (let li = 0; li < lists; li++) {
    const e = s.listEnt[li]!;
    const name = nameOf[e]!;
    let c: NameFeatures;
    if (s.nameGen[name] !== tg) {
      s.nameGen[name] = tg;
      s.nameSlot[name] = names.length;
      c = { ent: e, lists: [], size: 0 };
      names.push(c);
    } else c = names[s.nameSlot[name]!]!;
    // the mention nearest the trigger speaks for the name
    if (Math.abs(d.entStart[e]! - m.start) < Math.abs(d.entStart[c.ent]! - m.start)) c.ent = e;
    c.lists.push(li);
    c.size += s.listLen[li]!;
  }
  const n = s.n;
  if (s.out.length < n + 8) s.out = new Int32Array(2 * (n + 8));
  // by mention (an insertion sort: a few names, all different)
  for (let i = 1; i < names.length; i++) {
    const c = names[i]!;
    let j = i - 1;
    while (j >= 0 && names[j]!.ent > c.ent) {
      names[j + 1] = names[j]!;
      j--;
    }
    names[j + 1] = c;
  }
  if (rule) for (const e of rule) s.ruleGen[nameOf[e]!] = tg;
  // nobody named
  const pw = m.start - 1 >= s0 && !isPunct(d, m.start - 1) ? h(norm(d, m.start - 1)) : 0;
  const none = [900, mix(901, rule ? 1 : 0), mix(902, c0), mix(902, c1), mix(902, c2), mix(902, c3)];
  none.push(mix3(903, classOf(s, d, m.start - 1), rule ? 1 : 0), mix(904, pw));
  return { names, ruled: rule !== undefined, none };
}

/**
 * scoreInto for one candidate: a one-class model with integer weights summed in a local number,
 * exact as the Float32Array's sum is (every partial sum below 2^24: fewer than 512 weights of
 * 16 bits); any other model the plain way.
 */
function scoreOne(model: LinearModel, feats: Int32Array, n: number, out: Float32Array, at: number): void {
  const w = model.weights;
  if (!(w instanceof Int16Array) || model.classes.length !== 1 || n >= 512) {
    scoreInto(model, feats, n, out, at);
    return;
  }
  let sum = 0;
  for (let j = 0; j < n; j++) sum += w[feats[j]!]!;
  out[at] = out[at]! + sum;
  if (model.scale !== undefined) out[at]! *= model.scale;
}

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/** Whether f is new to the scratch's table (its first 2^k slots, the last at m) in generation `gen` (and now in it). The table has room: at least eight times the name's features. */
function firstTime(s: SpeakerScratch, gen: number, m: number, f: number): boolean {
  const key = f | 0;
  const table = s.table;
  let at = Math.imul(key, 0x9e3779b1) >>> 0;
  at = ((at ^ (at >>> 16)) & m) << 1;
  while (table[at] === gen) {
    if (table[at + 1] === key) return false;
    at = (at + 2) & (2 * m + 1);
  }
  table[at] = gen;
  table[at + 1] = key;
  return true;
}

/** The score of each candidate. */
export function candidateScores(model: LinearModel, cands: readonly Candidate[]): Float32Array {
  const s = new Float32Array(cands.length);
  for (let i = 0; i < cands.length; i++) scoreInto(model, cands[i]!.features, cands[i]!.features.length, s, i);
  return s;
}

/**
 * The candidate to take: the best scoring, except that the rules' choice (`rule`, an index, or
 * -1) stands unless another beats it by `margin`, and is dropped for "nobody named" (the last
 * candidate) only by `noneMargin`. Ties go to the first.
 */
export function chooseCandidate(scores: Float32Array, rule: number, margin: number, noneMargin: number): number {
  const none = scores.length - 1;
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  if (rule < 0 || best === rule) return best;
  const need = best === none ? noneMargin : margin;
  return scores[best]! - scores[rule]! > need ? best : rule;
}
