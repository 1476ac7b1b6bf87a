// The learned meeting parties (issue #17): for a MEET trigger, every entity named in its
// sentence (but a place or body inside a person's title, "Presiden Rusia, Vladimir Putin": the
// person is the party), and the current speaker and the person named last before it (for
// "beliau bertemu", "saya berjumpa dengan X" inside a quotation), is a candidate; a linear model says
// of each whether it takes part, from where it stands against the trigger (direction,
// distance, after "dengan", "bersama", "antara", "dan", "ke", "di", "oleh", the word after it:
// "X berkata", "X bersetuju", "X mengadakan"; the words right before and after the trigger:
// "selepas mesyuarat", "mempengerusikan mesyuarat", "pertemuan dengan", "pertemuan itu"), its label, the
// trigger word and frame, whether it heads the subject, stands inside a title, is a place
// after "di" (where, not who), what kind of place it is (a country takes part, a town is where),
// and whether the rules' frames chose it. Trained by
// train/relations.ts on the training set's meetings.
import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
import { type Doc, hasNya, is, isQuoteMark, norm, PRONOUN_FIRST, PRONOUN_PERSON, PRONOUN_PLURAL, ROLE } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { peopleOfPlace } from './people-of-place.js';
import { placeKind } from './place-kind.js';
import { isTitleModifier, subjectable, type Triggers } from './refer.js';
import { countBefore, isDateline, WINDOW } from './speaker.js';

export interface PartyCandidate {
  readonly ent: number;
  readonly features: Int32Array;
}

const h = (s: string): number => hashText(s);
const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 9 ? 5 : n <= 19 ? 6 : 7);

/** The hashes of prevWord's classes and of the labels (h(label), h(`#${label}`)), made once. */
const START_H = h('<start>');
const QUOTE_H = h('<quote>');
const ROLE_H = h('<role>');
const LABEL_H: Readonly<Record<string, number>> = { PER: h('PER'), ORG: h('ORG'), LOC: h('LOC') };
const labelH = (label: string): number => LABEL_H[label] ?? h(label);
const CLASS_H: Readonly<Record<string, number>> = { PER: h('#PER'), ORG: h('#ORG'), LOC: h('#LOC') };
const labelClass = (label: string): number => CLASS_H[label] ?? h(`#${label}`);

function prevWord(d: Doc, k: number, s0: number): number {
  if (k < s0) return START_H;
  if (d.entAt[k]! >= 0) return labelClass(d.entities[d.entAt[k]!]!.label);
  if (isQuoteMark(d, k)) return QUOTE_H;
  if (is(d, ROLE, k)) return ROLE_H;
  return h(norm(d, k));
}

/** The word after a candidate: what it does next ("X berkata", "X bersetuju"), or where the sentence goes on. */
function nextWord(d: Doc, k: number, s1: number): number {
  if (k >= s1) return h('<end>');
  if (d.entAt[k]! >= 0) return labelClass(d.entities[d.entAt[k]!]!.label);
  if (isQuoteMark(d, k)) return QUOTE_H;
  return h(norm(d, k));
}

export interface PartyInputs {
  readonly d: Doc;
  readonly trig: Triggers;
  readonly m: TriggerMatch;
  /** The parties the rules' frames found (possibly fewer than two). */
  readonly rule: readonly number[];
  /** The current speaker and the last person named before the trigger's sentence, if any. */
  readonly context: readonly number[];
  readonly bits: number;
  /** How often names are mentioned, made once per document (mentionCounts). */
  readonly counts: MentionCounts;
}

/** A document's mention counts: each name's mentions in text order, and the most mentions of one person before each mention. */
export interface MentionCounts {
  /** Canonical name -> its mentions in text order (mentionsByName). */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** topPer[i]: the most mentions of one person name among mentions 0..i-1. */
  readonly topPer: Int32Array;
}

export function mentionCounts(d: Doc, byName: ReadonlyMap<string, readonly number[]>): MentionCounts {
  const n = d.entities.length;
  const topPer = new Int32Array(n + 1);
  const seen = new Map<string, number>();
  let top = 0;
  for (let e = 0; e < n; e++) {
    topPer[e] = top;
    const c = (seen.get(d.entities[e]!.canonical) ?? 0) + 1;
    seen.set(d.entities[e]!.canonical, c);
    if (d.entities[e]!.label === 'PER') top = Math.max(top, c);
  }
  topPer[n] = top;
  return { byName, topPer };
}

/** How many mentions start before token `at` (mentions are in text order): a binary search. */
function mentionsBefore(d: Doc, at: number): number {
  let lo = 0;
  let hi = d.entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.entStart[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The candidate parties of a MEET trigger, one per canonical name, with their features. */
export function partyCandidates(x: PartyInputs): PartyCandidate[] {
  const { d, trig, m, rule, context, bits } = x;
  const mask = (1 << bits) - 1;
  const t = m.trigger as MeetTrigger;
  const sent = d.sentOf[m.start]!;
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  const tw = h(t.words.join(' '));
  const frame = h(t.frame);
  // a pronoun or first person before the trigger in its sentence: the subject is someone named before
  let pron = 0;
  for (let k = m.start - 1; k >= s0 && k >= m.start - 8; k--) {
    if (is(d, PRONOUN_PERSON, k)) pron = 1;
    else if (is(d, PRONOUN_FIRST, k)) pron = 2;
    else if (is(d, PRONOUN_PLURAL, k)) pron = 3;
    if (pron) break;
  }
  const inQuote = d.quoteOf[m.start]! >= 0 ? 1 : 0;
  // the words right before and after the trigger: "selepas mesyuarat X", "ke mesyuarat X", "mempengerusikan
  // mesyuarat", "pertemuan dengan", "pertemuan itu", "mesyuarat [ORG]"
  const tPrev = prevWord(d, m.start - 1, s0);
  const tNext = nextWord(d, m.end, s1);
  const byName = new Map<string, { ent: number; feats: Set<number> }>();
  const put = (e: number, fs: readonly number[]): void => {
    const name = d.entities[e]!.canonical;
    let c = byName.get(name);
    if (!c) byName.set(name, (c = { ent: e, feats: new Set() }));
    if (Math.abs(d.entStart[e]! - m.start) < Math.abs(d.entStart[c.ent]! - m.start)) c.ent = e;
    for (const f of fs) {
      c.feats.add(f);
      c.feats.add(mix(f, frame));
      c.feats.add(mix(f, tw));
    }
  };
  for (let k = Math.max(s0, m.start - WINDOW); k < s1 && k < m.end + WINDOW; k++) {
    const e = d.entAt[k]!;
    // a place or body inside a person's title ("Presiden [Rusia], Vladimir Putin") is no party: the person is
    // nor is a place qualifying its people ("media [Malaysia]"): the people are
    if (e < 0 || d.entStart[e] !== k || isDateline(d, e) || isTitleModifier(d, e) || peopleOfPlace(d, e)) continue;
    const ent = d.entities[e]!;
    const before = d.entEnd[e]! <= m.start;
    const dist = before ? m.start - d.entEnd[e]! : d.entStart[e]! - m.end;
    const dir = before ? 1 : 2;
    const lab = labelH(ent.label);
    const pw = prevWord(d, d.entStart[e]! - 1, s0);
    const pw2 = prevWord(d, d.entStart[e]! - 2, s0);
    const [a, b] = before ? [d.entEnd[e]!, m.start] : [m.end, d.entStart[e]!];
    let between = 0;
    // a statement verb or a clause break between it and the trigger: "X berkata, Y bertemu Z"
    let say = 0;
    let comma = 0;
    for (let j = a; j < b; j++) {
      if (d.entAt[j]! >= 0 && d.entStart[d.entAt[j]!] === j) between++;
      const ti = trig.at[j]!;
      if (ti >= 0 && trig.matches[ti]!.trigger.type === 'STATEMENT') say = 1;
      const n = norm(d, j);
      if (n === ',' || n === 'bahawa') comma = 1;
    }
    const subj = subjectable(d, trig, e) === true ? 1 : 0;
    const kind = placeKind(ent);
    put(e, [
      mix3(25, dir, kind),
      mix3(26, mix(dir, kind), pw),
      mix3(11, dir, bucket(dist)),
      mix3(12, dir, lab),
      mix3(13, dir, pw),
      mix3(14, dir, mix(pw, pw2)),
      mix3(15, dir, Math.min(between, 4)),
      mix3(16, dir, subj),
      // once whether it modifies a title; always 0 since such names are no candidates (above): a bias by direction now
      mix3(17, dir, 0),
      mix3(18, mix(dir, lab), bucket(dist)),
      mix3(19, mix(dir, lab), pw),
      mix3(20, d.quoteOf[k]! >= 0 ? 1 : 0, inQuote),
      mix3(21, dir, mix(lab, subj)),
      mix3(22, dir, mix(say, comma)),
      mix3(23, mix(dir, say), mix(lab, subj)),
      mix3(24, mix(dir, say), bucket(dist)),
      mix3(27, dir, nextWord(d, d.entEnd[e]!, s1)),
      mix3(28, mix(dir, lab), nextWord(d, d.entEnd[e]!, s1)),
      mix3(50, dir, tPrev),
      mix3(51, dir, tNext),
      mix3(52, mix(dir, lab), tPrev),
      mix3(53, mix(dir, lab), tNext),
    ]);
  }
  // a party from outside the sentence must be referred to inside it: a pronoun, or -nya on the trigger
  if (pron || hasNya(d, m.end - 1))
    context.forEach((e, i) => {
      put(e, [mix3(31, i, labelH(d.entities[e]!.label)), mix3(32, i, pron), mix3(33, pron, inQuote)]);
    });
  for (const e of rule) put(e, [41]);
  // how often each is named before the trigger: the article's protagonist takes part more often
  // (counted from the document's mention lists by binary search: linear in the document overall)
  const top = x.counts.topPer[mentionsBefore(d, m.start)]!;
  for (const [name, c] of byName) {
    const list = x.counts.byName.get(name);
    const n = list ? countBefore(d, list, m.start) : 0;
    const lab = labelH(d.entities[c.ent]!.label);
    put(c.ent, [mix3(44, lab, bucket(n)), mix3(45, lab, n > 0 && n === top ? 1 : 0)]);
  }
  // the current speaker (else the person named last), with the word before the trigger ("katanya selepas mesyuarat X")
  const cur = context[0];
  if (cur !== undefined) {
    const pw = prevWord(d, m.start - 1, s0);
    for (const c of byName.keys()) if (c === d.entities[cur]!.canonical) put(byName.get(c)!.ent, [mix(42, pw), mix3(43, pron, inQuote)]);
  }
  const out: PartyCandidate[] = [];
  for (const c of byName.values()) {
    const features = new Int32Array(c.feats.size + 1);
    let i = 0;
    for (const f of c.feats) features[i++] = f & mask;
    features[i] = 1 & mask;
    out.push({ ent: c.ent, features });
  }
  return out.sort((a, b) => a.ent - b.ent);
}

/** The candidates the model takes as parties (score of IN above OUT by more than `margin`). */
export function chooseParties(model: LinearModel, cands: readonly PartyCandidate[], margin: number): number[] {
  const s = new Float32Array(2);
  const out: number[] = [];
  for (const c of cands) {
    s.fill(0);
    scoreInto(model, c.features, c.features.length, s, 0);
    if (s[1]! - s[0]! > margin) out.push(c.ent);
  }
  return out;
}
