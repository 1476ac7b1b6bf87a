// The learned meeting parties (issue #17): for a MEET trigger, every entity named in its
// sentence, and the current speaker and the person named last before it (for "beliau
// bertemu", "saya berjumpa dengan X" inside a quotation), is a candidate; a linear model says
// of each whether it takes part, from where it stands against the trigger (direction,
// distance, after "dengan", "bersama", "antara", "dan", "ke", "di", "oleh"), its label, the
// trigger word and frame, whether it heads the subject, stands inside a title, is a place
// after "di" (where, not who), and whether the rules' frames chose it. Trained by
// train/relations.ts on the training set's meetings.
import { hashText, mix, mix3 } from '../learn/hash.js';
import { type LinearModel, scoreInto } from '../learn/linear.js';
import { type Doc, hasNya, is, isQuoteMark, norm, PRONOUN_FIRST, PRONOUN_PERSON, PRONOUN_PLURAL, ROLE } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { isTitleModifier, subjectable, type Triggers } from './refer.js';
import { isDateline } from './speaker.js';

export interface PartyCandidate {
  readonly ent: number;
  readonly features: Int32Array;
}

const h = (s: string): number => hashText(s);
/** Tokens either side of the trigger read in its sentence. */
const WINDOW = 60;
const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 9 ? 5 : n <= 19 ? 6 : 7);

function prevWord(d: Doc, k: number, s0: number): number {
  if (k < s0) return h('<start>');
  if (d.entAt[k]! >= 0) return h(`#${d.entities[d.entAt[k]!]!.label}`);
  if (isQuoteMark(d, k)) return h('<quote>');
  if (is(d, ROLE, k)) return h('<role>');
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
    if (e < 0 || d.entStart[e] !== k || isDateline(d, e)) continue;
    const ent = d.entities[e]!;
    const before = d.entEnd[e]! <= m.start;
    const dist = before ? m.start - d.entEnd[e]! : d.entStart[e]! - m.end;
    const dir = before ? 1 : 2;
    const lab = h(ent.label);
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
    put(e, [
      mix3(11, dir, bucket(dist)),
      mix3(12, dir, lab),
      mix3(13, dir, pw),
      mix3(14, dir, mix(pw, pw2)),
      mix3(15, dir, Math.min(between, 4)),
      mix3(16, dir, subj),
      mix3(17, dir, isTitleModifier(d, e) ? 1 : 0),
      mix3(18, mix(dir, lab), bucket(dist)),
      mix3(19, mix(dir, lab), pw),
      mix3(20, d.quoteOf[k]! >= 0 ? 1 : 0, inQuote),
      mix3(21, dir, mix(lab, subj)),
      mix3(22, dir, mix(say, comma)),
      mix3(23, mix(dir, say), mix(lab, subj)),
      mix3(24, mix(dir, say), bucket(dist)),
    ]);
  }
  // a party from outside the sentence must be referred to inside it: a pronoun, or -nya on the trigger
  if (pron || hasNya(d, m.end - 1))
    context.forEach((e, i) => {
      put(e, [mix3(31, i, h(d.entities[e]!.label)), mix3(32, i, pron), mix3(33, pron, inQuote)]);
    });
  for (const e of rule) put(e, [41]);
  const out: PartyCandidate[] = [];
  for (const c of byName.values()) out.push({ ent: c.ent, features: Int32Array.from([...c.feats, 1].map((f) => f & mask)) });
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

export interface MeetingInputs {
  readonly d: Doc;
  readonly m: TriggerMatch;
  /** The meeting's parties, one mention each. */
  readonly parties: readonly number[];
  /** The current speaker, if any. */
  readonly speaker: number | undefined;
  readonly bits: number;
}

/**
 * The features of a meeting the frames found, for the learned meeting gate: the trigger word
 * and frame, the words before it (future, condition, negation, time adjuncts) and after it,
 * inside a quotation, how many parties and of which labels, where they stand against the
 * trigger, and whether the current speaker is one of them.
 */
export function meetingFeatures(x: MeetingInputs): Int32Array {
  const { d, m, parties, speaker, bits } = x;
  const mask = (1 << bits) - 1;
  const t = m.trigger as MeetTrigger;
  const tw = h(t.words.join(' '));
  const frame = h(t.frame);
  const sent = d.sentOf[m.start]!;
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  const fs: number[] = [1, mix(51, tw), mix(52, frame)];
  for (let k = m.start - 1, i = 0; k >= s0 && i < 4; k--, i++) {
    const w = prevWord(d, k, s0);
    fs.push(mix3(53, i, w), mix(54, w), mix3(55, tw, w));
  }
  for (let k = m.end, i = 0; k < s1 && i < 2; k++, i++) {
    const w = prevWord(d, k, s0);
    fs.push(mix3(56, i, w), mix3(57, tw, mix(i, w)));
  }
  const inQuote = d.quoteOf[m.start]! >= 0 ? 1 : 0;
  const labels = parties.map((e) => d.entities[e]!.label).sort();
  const lab = h(labels.join('+'));
  const n = Math.min(parties.length, 4);
  let before = 0;
  let outside = 0;
  let far = 0;
  for (const e of parties) {
    const st = d.entStart[e]!;
    if (st < m.start) before++;
    if (d.sentOf[st] !== sent) outside++;
    far = Math.max(far, st < m.start ? m.start - d.entEnd[e]! : st - m.end);
  }
  const cur = speaker !== undefined && parties.some((e) => d.entities[e]!.canonical === d.entities[speaker]!.canonical) ? 1 : 0;
  fs.push(
    mix(58, inQuote),
    mix3(59, inQuote, tw),
    mix(60, lab),
    mix3(61, tw, lab),
    mix(62, n),
    mix3(63, tw, n),
    mix3(64, Math.min(before, 2), Math.min(outside, 2)),
    mix(65, bucket(far)),
    mix3(66, frame, bucket(far)),
    mix(67, cur),
    mix3(68, cur, frame),
    mix3(69, Math.min(before, 2), frame),
    mix(70, bucket(sent)),
  );
  return Int32Array.from(fs.map((f) => f & mask));
}

/** Whether the gate keeps a meeting: IN above OUT by more than `margin`. */
export function keepMeeting(model: LinearModel, features: Int32Array, margin: number): boolean {
  const s = new Float32Array(2);
  scoreInto(model, features, features.length, s, 0);
  return s[1]! - s[0]! > margin;
}
