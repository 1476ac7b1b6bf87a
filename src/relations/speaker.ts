// The learned speaker ranker (issue #17): for a statement trigger, the candidates are the
// entities named in its sentence, the parties quoted before (the current speaker and the ones
// before it), the entities named in the sentences before, and "nobody named" (sumber, pihak
// polis, mereka). Each is scored by a linear model over features of where it stands against
// the trigger (direction, distance, label, subject position, after "oleh" or another
// preposition, inside a title, inside the same quotation), of the trigger's frame and of the
// words around it ("katanya", "kata beliau", "Menteri itu berkata"), and of what the rules
// chose; the best scoring wins. Trained by train/relations.ts from the training set's speakers.
import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
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

/** A place written in capitals at the head of its sentence, before a comma or a date: a dateline. */
export function isDateline(d: Doc, e: number): boolean {
  const ent = d.entities[e]!;
  if (ent.label !== 'LOC' || ent.text.toUpperCase() !== ent.text || ent.text.toLowerCase() === ent.text) return false;
  const st = d.entStart[e]!;
  if (st !== d.sentStart[d.sentOf[st]!]) return false;
  const after = d.entEnd[e]!;
  return norm(d, after) === ',' || d.tokens[after]?.kind === 'date';
}

/** What kind of word stands at token k, for context features. */
function wordClass(d: Doc, k: number): number {
  if (k < 0 || k >= d.tokens.length) return CLASS_H.edge;
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

/** The trigger's context: features every candidate's features are joined with. */
function triggerContext(d: Doc, m: TriggerMatch): number[] {
  const t = m.trigger as StatementTrigger;
  const frame = h(t.frame);
  const nya = hasNya(d, m.end - 1) ? 1 : 0;
  const next = wordClass(d, m.end);
  const prev = wordClass(d, m.start - 1);
  return [mix(frame, nya), mix3(frame, nya, next), mix3(frame, nya, prev), mix(h(t.act), frame)];
}

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
 * the features put, in order, each linked to the next put for the same entity, and a table that
 * keeps each name's features once (open addressing; a slot is taken when its generation is the
 * current one, so the table is never cleared).
 */
export interface SpeakerScratch {
  /** The document the per-entity answers below are of. */
  doc: Doc | undefined;
  /** Per entity: subjectable (0 not asked, 1 false, 2 true, 3 'org') and isTitleModifier (0 not asked, 1 false, 2 true). */
  subj: Uint8Array;
  title: Uint8Array;
  feats: Int32Array;
  next: Int32Array;
  keys: Int32Array;
  gens: Int32Array;
  gen: number;
  /** One candidate's features, masked. */
  out: Int32Array;
}

export function speakerScratch(): SpeakerScratch {
  const z = (): Int32Array => new Int32Array(1024);
  return {
    doc: undefined,
    subj: new Uint8Array(0),
    title: new Uint8Array(0),
    feats: z(),
    next: z(),
    keys: z(),
    gens: z(),
    gen: 0,
    out: z(),
  };
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

/** The features of one entity: a list in the scratch, from head to tail. */
interface EntFeatures {
  readonly ent: number;
  head: number;
  tail: number;
}

/** A candidate name: the mention that speaks for it and the feature lists of its mentions. */
interface NameFeatures {
  ent: number;
  readonly lists: EntFeatures[];
}

/** What gather found: the names, by the mention that speaks for each, and the features of "nobody named" (unmasked). */
interface Gathered {
  readonly names: readonly NameFeatures[];
  readonly ruleNames: ReadonlySet<string> | undefined;
  readonly none: readonly number[];
}

/** The candidates of a statement trigger with their features (buckets masked to `bits`). */
export function speakerCandidates(x: SpeakerInputs, scratch: SpeakerScratch = speakerScratch()): Candidate[] {
  const g = gather(x, scratch);
  const mask = (1 << x.bits) - 1;
  const out: Candidate[] = [];
  for (const c of g.names) out.push({ ent: c.ent, features: scratch.out.slice(0, nameFeatures(x.d, scratch, c, g.ruleNames, mask)) });
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
    scoreInto(model, scratch.out, nameFeatures(x.d, scratch, c, g.ruleNames, mask), scores, ents.length);
    ents.push(c.ent);
  }
  let n = 0;
  for (const f of g.none) scratch.out[n++] = f & mask;
  scoreInto(model, scratch.out, n, scores, ents.length);
  ents.push(-1);
  return { ents, scores };
}

/** A name's features into scratch.out: its mentions' (each once, in the order first put), then the rules' choice and the bias. Returns how many. */
function nameFeatures(d: Doc, s: SpeakerScratch, c: NameFeatures, ruleNames: ReadonlySet<string> | undefined, mask: number): number {
  const gen = ++s.gen;
  const out = s.out;
  let k = 0;
  for (const list of c.lists)
    for (let j = list.head; j >= 0; j = s.next[j]!) if (firstTime(s, gen, s.feats[j]!)) out[k++] = s.feats[j]! & mask;
  if (ruleNames?.has(d.entities[c.ent]!.canonical) && firstTime(s, gen, 401)) out[k++] = 401 & mask;
  out[k++] = 1 & mask;
  return k;
}

/** The features of each candidate, in the scratch: one list per mention, grouped by name. */
function gather(x: SpeakerInputs, scratch: SpeakerScratch): Gathered {
  const { d, trig, m, hist, rule } = x;
  const ctx = triggerContext(d, m);
  const [c0, c1, c2, c3] = ctx as [number, number, number, number];
  const sent = d.sentOf[m.start]!;
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  const trigQuote = d.quoteOf[m.start]!;
  // entities in the order they get their first feature, each with its features in order
  const byEnt = new Map<number, EntFeatures>();
  const canonicalSeen = new Map<string, number>();
  const s = scratch;
  if (s.doc !== d) {
    s.doc = d;
    s.subj = new Uint8Array(d.entities.length);
    s.title = new Uint8Array(d.entities.length);
  }
  let n = 0;
  // the list of the entity put last: the puts come in runs of one entity
  let last: EntFeatures | undefined;
  const put = (e: number, f: number): void => {
    if (n === s.feats.length) {
      s.feats = grow(s.feats);
      s.next = grow(s.next);
    }
    s.feats[n] = f;
    s.next[n] = -1;
    const list = last?.ent === e ? last : byEnt.get(e);
    if (!list) byEnt.set(e, (last = { ent: e, head: n, tail: n }));
    else {
      s.next[list.tail] = n;
      list.tail = n;
      last = list;
    }
    n++;
  };
  // a feature, then the feature joined with each of the trigger's context
  // (put five times over, in one step: TurboFan inlines few of the many calls in gather)
  const putCtx = (e: number, f: number): void => {
    if (n + 5 > s.feats.length) {
      s.feats = grow(s.feats);
      s.next = grow(s.next);
    }
    const a = n;
    const fs = s.feats;
    const next = s.next;
    fs[a] = f;
    fs[a + 1] = mix(f, c0);
    fs[a + 2] = mix(f, c1);
    fs[a + 3] = mix(f, c2);
    fs[a + 4] = mix(f, c3);
    next[a] = a + 1;
    next[a + 1] = a + 2;
    next[a + 2] = a + 3;
    next[a + 3] = a + 4;
    next[a + 4] = -1;
    const list = last?.ent === e ? last : byEnt.get(e);
    if (!list) byEnt.set(e, (last = { ent: e, head: a, tail: a + 4 }));
    else {
      next[list.tail] = a;
      list.tail = a + 4;
      last = list;
    }
    n += 5;
  };
  // same sentence
  let order = 0;
  for (let k = Math.max(s0, m.start - WINDOW); k < s1 && k < m.end + WINDOW; k++) {
    const e = d.entAt[k]!;
    // a dateline ("PYONGYANG, 21 JAN –") stands outside the sentence's clauses: never a party
    if (e < 0 || d.entStart[e] !== k || isDateline(d, e)) continue;
    const ent = d.entities[e]!;
    const before = d.entEnd[e]! <= m.start;
    const dist = before ? m.start - d.entEnd[e]! : d.entStart[e]! - m.end;
    const lab = labelH(ent.label);
    const dir = before ? 1 : 2;
    const subj = subjectOnce(s, d, trig, e);
    const p = d.entStart[e]! - 1;
    const prevW = p >= s0 ? wordClass(d, p) : CLASS_H.start;
    const prep = p >= s0 && PREPOSITIONS.has(norm(d, p)) ? h(norm(d, p)) : 0;
    const inQuote = d.quoteOf[k]! >= 0 ? (d.quoteOf[k] === trigQuote ? 1 : 2) : 0;
    // entities standing between the candidate and the trigger
    let between = 0;
    const a = before ? d.entEnd[e]! : m.end;
    const b = before ? m.start : d.entStart[e]!;
    for (let j = a; j < b; j++) if (d.entAt[j]! >= 0 && d.entStart[d.entAt[j]!] === j) between++;
    putCtx(e, mix3(101, dir, bucket(dist)));
    putCtx(e, mix3(102, dir, lab));
    putCtx(e, mix3(103, dir, subj === true ? 1 : subj === 'org' ? 2 : 0));
    putCtx(e, mix3(104, dir, prevW));
    putCtx(e, mix3(105, dir, prep));
    putCtx(e, mix3(106, dir, titleOnce(s, d, e) ? 1 : 0));
    putCtx(e, mix3(107, dir, inQuote));
    putCtx(e, mix3(108, dir, Math.min(between, 3)));
    putCtx(e, mix3(109, order++ === 0 ? 1 : 0, lab));
    putCtx(e, mix3(110, dir, mix(lab, bucket(dist))));
    putCtx(e, mix3(111, dir, wordClass(d, d.entEnd[e]!)));
    putCtx(e, mix(112, mix3(dir, lab, subj === true ? 1 : 0)));
  }
  // the parties quoted before
  let rank = 0;
  const seenHist = new Set<string>();
  for (let i = hist.length - 1; i >= 0 && i >= hist.length - HIST_LOOK && rank < MAX_HIST; i--) {
    const t = hist[i]!;
    const ent = d.entities[t.ent]!;
    if (seenHist.has(ent.canonical)) continue;
    seenHist.add(ent.canonical);
    const back = sent - t.sent;
    if (back > 12) break;
    putCtx(t.ent, mix3(201, rank, labelH(ent.label)));
    putCtx(t.ent, mix(202, bucket(back)));
    putCtx(t.ent, mix3(203, rank, bucket(back)));
    rank++;
  }
  // entities named in the sentences before (the nearest mention of each, newest first)
  let seen = 0;
  for (let k = s0 - 1; k >= 0 && k >= s0 - BACK_TOKENS && seen < MAX_PREV_ENTS; k--) {
    const back = sent - d.sentOf[k]!;
    if (back > MAX_SENT_BACK) break;
    const e = d.entAt[k]!;
    if (e < 0 || d.entStart[e] !== k || isDateline(d, e)) continue;
    const ent = d.entities[e]!;
    if (canonicalSeen.has(ent.canonical)) continue;
    canonicalSeen.set(ent.canonical, e);
    const subj = subjectOnce(s, d, trig, e) === true ? 1 : 0;
    const q = d.quoteOf[k]! >= 0 ? 1 : 0;
    const lab = labelH(ent.label);
    putCtx(e, mix3(301, seen, lab));
    putCtx(e, mix3(302, bucket(back), lab));
    putCtx(e, mix3(303, subj, lab));
    putCtx(e, mix(304, q));
    putCtx(e, mix3(305, Math.min(seen, 3), subj));
    seen++;
  }
  // the rules' choice
  if (rule) for (const e of rule) put(e, 401);
  // the most mentioned person so far among the candidates: the one the article is about
  const mentionsBefore = (e: number): number => countBefore(d, x.mentions.get(d.entities[e]!.canonical) ?? [e], m.start);
  let topPer = -1;
  let topCount = 0;
  for (const e of byEnt.keys()) {
    if (d.entities[e]!.label !== 'PER') continue;
    const c = mentionsBefore(e);
    if (c > topCount || (c === topCount && c > 0 && e < topPer)) {
      topCount = c;
      topPer = e;
    }
  }
  if (topPer >= 0) put(topPer, 402);
  // features of the name, whichever mention brought it in
  const role = roleBefore(d, m);
  const roleWord = role >= 0 ? norm(d, role) : '';
  for (const e of byEnt.keys()) {
    const list = x.mentions.get(d.entities[e]!.canonical) ?? [e];
    const before = countBefore(d, list, m.start);
    const lab = labelH(d.entities[e]!.label);
    let spoken = 0;
    for (let i = hist.length - 1; i >= 0 && i >= hist.length - HIST_LOOK; i--)
      if (d.entities[hist[i]!.ent]!.canonical === d.entities[e]!.canonical) spoken++;
    const first = d.sentOf[d.entStart[list[0]!]!]!;
    putCtx(e, mix3(501, bucket(before), lab));
    putCtx(e, mix3(502, bucket(spoken), lab));
    putCtx(e, mix3(503, first <= 1 ? 1 : 0, lab));
    putCtx(e, mix3(504, role >= 0 ? (hasRole(d, list, roleWord, m.start) ? 2 : 1) : 0, lab));
    putCtx(e, mix3(505, e === topPer ? 1 : 0, bucket(spoken)));
  }
  // candidates: one per canonical name, its features the union of its mentions' (each once, in
  // the order first put), then the rules' choice and the bias
  const byName = new Map<string, NameFeatures>();
  for (const list of byEnt.values()) {
    const e = list.ent;
    const name = d.entities[e]!.canonical;
    let c = byName.get(name);
    if (!c) byName.set(name, (c = { ent: e, lists: [] }));
    // the mention nearest the trigger speaks for the name
    if (Math.abs(d.entStart[e]! - m.start) < Math.abs(d.entStart[c.ent]! - m.start)) c.ent = e;
    c.lists.push(list);
  }
  // room for any name's features: the table at most half full
  if (s.keys.length < 2 * (n + 2)) {
    let size = s.keys.length;
    while (size < 2 * (n + 2)) size *= 2;
    s.keys = new Int32Array(size);
    s.gens = new Int32Array(size);
    s.gen = 0;
  }
  if (s.out.length < n + 8) s.out = new Int32Array(2 * (n + 8));
  const names = [...byName.values()].sort((a, b) => a.ent - b.ent);
  const ruleNames = rule ? new Set(rule.map((e) => d.entities[e]!.canonical)) : undefined;
  // nobody named
  const pw = m.start - 1 >= s0 && !isPunct(d, m.start - 1) ? h(norm(d, m.start - 1)) : 0;
  const none = [900, mix(901, rule ? 1 : 0), mix(902, c0), mix(902, c1), mix(902, c2), mix(902, c3)];
  none.push(mix3(903, wordClass(d, m.start - 1), rule ? 1 : 0), mix(904, pw));
  return { names, ruleNames, none };
}

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/** Whether f is new to the scratch's table in generation `gen` (and now in it). The table has room: at least twice the features put. */
function firstTime(s: SpeakerScratch, gen: number, f: number): boolean {
  const key = f | 0;
  const m = s.keys.length - 1;
  let at = Math.imul(key, 0x9e3779b1) >>> 0;
  at = (at ^ (at >>> 16)) & m;
  while (s.gens[at] === gen) {
    if (s.keys[at] === key) return false;
    at = (at + 1) & m;
  }
  s.gens[at] = gen;
  s.keys[at] = key;
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
