// A meeting told by someone who took no part in it: "X berkata, Y akan bertemu Z", "X menegaskan
// Y tidak akan berunding dengan Z", "X berkata, kelantangan Y pada sidang kemuncak Z". The one
// who reports stands before a statement verb; the reported clause names its own party after the
// verb and before the meeting word, and that party is who met. The reporter is dropped from
// the parties, after the party model's choice, unless the reported clause points back at them
// ("X berkata beliau bertemu Y", "X berkata Y menghubunginya", "X berkata pihaknya ...": a person
// pronoun, a first-person pronoun or -nya after the statement verb). A meeting left with one
// side is then no meeting.
import { type Doc, GROUP, hasNya, is, isPunct, isTitleWord, norm, ORG_HEAD, PRONOUN_FIRST, PRONOUN_PERSON, ROLE } from './doc.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';
import type { Triggers } from './refer.js';

/** The end of the last statement trigger between tokens a and b (exclusive), or -1. */
function statementEnd(trig: Triggers, a: number, b: number): number {
  let end = -1;
  for (let j = a; j < b; j++) {
    const ti = trig.at[j]!;
    if (ti < 0) continue;
    const s = trig.matches[ti]!;
    if (s.trigger.type === 'STATEMENT' && s.start >= a && s.end <= b) end = s.end;
  }
  return end;
}

/** Whether a person, first-person pronoun or -nya stands in tokens [a, b). */
function pointsBack(d: Doc, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (is(d, PRONOUN_PERSON, j) || is(d, PRONOUN_FIRST, j) || hasNya(d, j)) return true;
  return false;
}

/** The token after an attribution opening its sentence ("Menurut X, ..."): past the comma after X, or -1. */
function afterAttribution(d: Doc, trig: Triggers, x: number): number {
  const j = d.entStart[x]! - 1;
  const ti = j >= 0 ? trig.at[j]! : -1;
  if (ti < 0) return -1;
  const s = trig.matches[ti]!;
  if (s.trigger.type !== 'STATEMENT' || s.end !== d.entStart[x]!) return -1;
  const k = d.entEnd[x]!;
  return norm(d, k) === ',' ? k + 1 : -1;
}

/** Whether the clause from a to the meeting word opens with a subject of its own ("X berkata, anggota kumpulan itu
 * bertemu"), or with the meeting noun naming whose meeting it is ("X berkata, lawatan Perdana Menteri ke ..."). */
function ownSubject(d: Doc, a: number, m: TriggerMatch): boolean {
  let j = a;
  while (j < m.start && (isPunct(d, j) || norm(d, j) === 'bahawa')) j++;
  if (j < m.start) return d.entAt[j]! >= 0 || is(d, ROLE, j) || is(d, GROUP, j) || is(d, ORG_HEAD, j);
  if (m.trigger.frame !== 'noun' && m.trigger.frame !== 'visit-noun') return false;
  const k = pastModifiers(d, m.end, d.sentEnd[d.sentOf[m.start]!]!);
  return k < d.cols.size && (d.entAt[k]! >= 0 || isTitleWord(d, k) || norm(d, k) === 'antara');
}

/** The end of the last statement verb (frame "subject": "berkata", "memaklumkan") between tokens a and b, or -1. */
function sayingVerbEnd(trig: Triggers, a: number, b: number): number {
  let end = -1;
  for (let j = a; j < b; j++) {
    const ti = trig.at[j]!;
    if (ti < 0) continue;
    const s = trig.matches[ti]!;
    if (s.trigger.type === 'STATEMENT' && s.trigger.frame === 'subject' && s.start >= a && s.end <= b) end = s.end;
  }
  return end;
}

/** The parties (entity indexes) without one who only reports the meeting another party of it holds. */
export function withoutTeller(d: Doc, trig: Triggers, m: TriggerMatch, parties: readonly number[]): readonly number[] {
  if (parties.length < 2) return parties;
  const sent = d.sentOf[m.start]!;
  const s1 = d.sentEnd[sent]!;
  const before = parties.filter((e) => d.sentOf[d.entStart[e]!] === sent && d.entEnd[e]! <= m.start);
  if (before.length < 1) return parties;
  const drop = new Set<number>();
  for (const x of before) {
    // the statement verb after the reporter, before the next party
    let next = m.start;
    for (const y of before) if (d.entStart[y]! >= d.entEnd[x]! && d.entStart[y]! < next) next = d.entStart[y]!;
    if (next === m.start) {
      // "X berkata, anggota kumpulan itu bertemu Y", "Menurut X, pegawai kita berunding dengan Z":
      // the reported clause opens with a subject of its own
      const a = sayingVerbEnd(trig, d.entEnd[x]!, m.start);
      const say = a >= 0 ? a : afterAttribution(d, trig, x);
      if (say >= 0 && ownSubject(d, say, m) && !pointsBack(d, say, s1)) drop.add(x);
      continue;
    }
    const say = statementEnd(trig, d.entEnd[x]!, next);
    if (say < 0) continue;
    if (!pointsBack(d, say, s1)) drop.add(x);
  }
  return drop.size === 0 ? parties : parties.filter((e) => !drop.has(e));
}
