// Those named as attending a meeting in the sentence right after it: "Mesyuarat itu turut
// dihadiri X, Y dan Z.", "Pertemuan tersebut dihadiri oleh X.", "Yang turut hadir, X dan Y.",
// "Hadir sama ialah X.", "Antara yang hadir dalam sesi itu ialah X.", after a courtesy call
// received, "Delegasi itu turut disertai X." Malay news names a meeting
// first and lists who else sat in it next; the people listed take part in that meeting (in the
// training set the rule changes four meetings, each to exactly its gold participants). Only
// people are taken (a body or place in a title, "Ketua Pemuda Parti X, Datuk Y", is Y's title),
// and only for a meeting already found with two parties, none of them a place: at a meeting of
// states ("Jepun dan Korea mengadakan pertemuan"), the officials who attend stand for their
// states, which are its parties already. A visit is not attended so: those "turut hadir" after a
// visit came along with the visitor. Where they were present must be the meeting ("Turut hadir
// pada sidang media selepas itu, X" is not). A meeting with one side named is not made from the
// attendees (tried: one more gold meeting, three false ones), but for "Antara yang hadir ialah X":
// some of those present, the members of a side left unnamed (membersNamedAfter).
import { DEMONSTRATIVES, type Doc, norm } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import type { Triggers } from './refer.js';

/** Nouns for a visiting party ("Delegasi itu turut disertai X", "Rombongan tersebut diiringi Y"). */
const DELEGATION: ReadonlySet<string> = new Set(['delegasi', 'rombongan']);
/** Passive verbs whose agent attends ("dihadiri oleh X", "disertai X"). */
const ATTENDED: ReadonlySet<string> = new Set(['dihadiri', 'disertai']);
/** Words between the meeting's demonstrative and the passive verb ("itu turut dihadiri"). */
const ALSO: ReadonlySet<string> = new Set(['turut', 'juga', 'telah', 'yang']);
/** Prepositions naming where those attending were ("Turut hadir pada mesyuarat itu ialah X"). */
const AT: ReadonlySet<string> = new Set(['pada', 'dalam', 'di', 'ketika', 'semasa']);
/** Words of a press conference or another gathering where those present met no one ("sidang media itu"). */
const PRESS: ReadonlySet<string> = new Set(['media', 'akhbar', 'pemberita', 'wartawan']);
/** Words after an attendance opener before the list ("Turut hadir ialah X", "Yang hadir sama, X"). */
const COPULA: ReadonlySet<string> = new Set([',', ':', 'ialah', 'adalah', 'termasuk', 'antaranya']);

/** The token where the list of attendees begins in sentence `sent`, if it opens by naming them, else -1. */
function attendanceListAt(d: Doc, trig: Triggers, sent: number): number {
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  let k = s0;
  // "Mesyuarat (berkaitan ...) itu (turut) dihadiri (oleh) X"
  const ti = trig.at[k]!;
  // "Delegasi itu turut disertai X": the visiting party, named again
  const party = DELEGATION.has(norm(d, k));
  if (party || (ti >= 0 && trig.matches[ti]!.trigger.type === 'MEET' && (trig.matches[ti]!.trigger as MeetTrigger).frame === 'noun')) {
    let j = party ? k + 1 : trig.matches[ti]!.end;
    for (const lim = Math.min(s1, j + 10); j < lim && !DEMONSTRATIVES.has(norm(d, j)); j++) if (d.entAt[j]! >= 0) return -1;
    if (j >= s1 || !DEMONSTRATIVES.has(norm(d, j))) return -1;
    j++;
    while (j < s1 && ALSO.has(norm(d, j))) j++;
    if (j >= s1 || !ATTENDED.has(norm(d, j))) return -1;
    j++;
    if (j < s1 && norm(d, j) === 'oleh') j++;
    return j < s1 ? j : -1;
  }
  // "(Yang) turut hadir", "Hadir sama", "Yang hadir sama", "Antara yang (turut) hadir"
  if (norm(d, k) === 'antara' && norm(d, k + 1) === 'yang') k++;
  if (norm(d, k) === 'yang') k++;
  if (norm(d, k) === 'turut' && norm(d, k + 1) === 'hadir') k += 2;
  else if (norm(d, k) === 'hadir') k += norm(d, k + 1) === 'sama' ? 2 : 1;
  else return -1;
  if (k === s0 + 1) return -1; // a bare "Hadir ..." opens no list
  // "Turut hadir pada mesyuarat itu ialah X", "Antara yang hadir dalam sesi itu ialah X": where
  // they were present is the meeting ("Turut hadir pada sidang media selepas itu, X" is not)
  if (AT.has(norm(d, k))) {
    let meeting = false;
    let press = false;
    for (const lim = Math.min(s1, k + 8); k < lim && !COPULA.has(norm(d, k)); k++) {
      const tj = trig.at[k]!;
      if (tj >= 0 && trig.matches[tj]!.trigger.type === 'MEET') meeting = true;
      if (DEMONSTRATIVES.has(norm(d, k))) meeting ||= !press;
      if (PRESS.has(norm(d, k))) press = true;
    }
    if (!meeting || press || k >= s1 || !COPULA.has(norm(d, k))) return -1;
  }
  while (k < s1 && COPULA.has(norm(d, k))) k++;
  return k < s1 ? k : -1;
}

/**
 * The people named as attending, in the sentence after the one of meeting trigger m, when m's
 * meeting may take them (not a visit, no place among its parties).
 */
export function attendeesAfter(d: Doc, trig: Triggers, m: TriggerMatch, parties: readonly number[]): number[] {
  const frame = (m.trigger as MeetTrigger).frame;
  if (frame === 'visit' || frame === 'visit-noun') return [];
  if (parties.some((e) => d.entities[e]!.label === 'LOC')) return [];
  const sent = d.sentOf[m.start]! + 1;
  if (sent >= d.sentStart.length) return [];
  const k = attendanceListAt(d, trig, sent);
  if (k < 0) return [];
  // the rest of the sentence is the list: every person named in it, titles and "timbalannya" between
  const out: number[] = [];
  for (let j = k, s1 = d.sentEnd[sent]!; j < s1; j++) {
    const ti = trig.at[j]!;
    if (ti >= 0 && trig.matches[ti]!.trigger.type === 'STATEMENT') break;
    const e = d.entAt[j]!;
    if (e >= 0 && d.entStart[e] === j && d.entities[e]!.label === 'PER') out.push(e);
  }
  return out;
}

/**
 * Whether the sentence after meeting trigger m opens by naming some of those present ("Antara yang
 * hadir ialah X, Y dan Z", "Antara yang turut hadir dalam sesi itu ialah X"): the members of a side
 * the meeting sentence left unnamed ("bertemu beberapa mufti", "sesi perjumpaan bersama budayawan"),
 * so a meeting with one named side is made from them (both such sentences of the training set
 * follow a meeting with one side named; "Turut hadir, X" names those who came along, and makes none).
 */
export function membersNamedAfter(d: Doc, m: TriggerMatch): boolean {
  const sent = d.sentOf[m.start]! + 1;
  if (sent >= d.sentStart.length) return false;
  const k = d.sentStart[sent]!;
  if (norm(d, k) !== 'antara' || norm(d, k + 1) !== 'yang') return false;
  const j = norm(d, k + 2) === 'turut' ? k + 3 : k + 2;
  return norm(d, j) === 'hadir';
}
