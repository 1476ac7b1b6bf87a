// A match, not a meeting: sports news says players and teams "meet" ("bertemu", "berjumpa") the
// opponent they play ("X akan bertemu Y di final", "jika dia bertemu Z di pusingan kedua, dia
// akan kalah"). A meeting verb in a sentence that speaks of the contest (a match, a round, a
// final, a tournament, a cup, a goal, a league) tells of a game: no meeting (ANNOTATION.md section
// 2: parties meet, talk, visit or call). Checked after the party model (meeting.ts). A meeting
// noun ("mesyuarat", "pertemuan dengan pemain") is not read so: only the verbs a match is told with.
import { type Doc, norm } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Verbs of meeting that sports news also uses for playing an opponent. */
const MEET_IN_PLAY: ReadonlySet<string> = new Set(['bertemu', 'berjumpa']);

/**
 * Words of a contest: a match, its rounds, a final, a tournament, a cup, a goal, a league. Not
 * "pemain" (also "pemain industri", industry players), "pasukan" (also a task force or the
 * police), "saingan" (rivals in politics too).
 */
const CONTEST: ReadonlySet<string> = new Set(['perlawanan', 'pusingan', 'final', 'kejohanan', 'piala', 'gol', 'liga']);

/** The first word of two-word rounds ("suku akhir", "separuh akhir"). */
const ROUND: ReadonlySet<string> = new Set(['suku', 'separuh']);

/** Whether the meeting verb at m tells of playing an opponent: a contest word in its sentence. */
export function sportsMatch(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || !MEET_IN_PLAY.has(norm(d, m.start))) return false;
  const sent = d.sentOf[m.start]!;
  for (let k = d.sentStart[sent]!, s1 = d.sentEnd[sent]!; k < s1; k++) {
    const n = norm(d, k);
    if (CONTEST.has(n) || (ROUND.has(n) && k + 1 < s1 && norm(d, k + 1) === 'akhir')) return true;
  }
  return false;
}
