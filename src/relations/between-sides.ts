// "Mesyuarat antara X dan Y", "rundingan antara X dengan Y": a meeting noun followed (past the
// words describing it) by "antara" names its sides in the list after it. Where the list names
// fewer than two (a side left as a common noun, "antara kerajaan pusat dan kerajaan negeri"),
// the party model is asked who else takes part and may add the one telling of the meeting ("Saya
// sudah mengarahkan mesyuarat antara X dan kerajaan negeri"); "antara" has said who the sides
// are, and none is added: the parties the model chose before the meeting noun or outside its
// sentence are dropped, after its choice, and a meeting left with one side is none
// (ANNOTATION.md section 4). The rules' own parties stay, and so do names after "antara".
import { type Doc, norm } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';

/** Whether the meeting noun at m is followed, past the words describing it, by "antara". */
export function sidesBetween(d: Doc, m: TriggerMatch): boolean {
  const frame = (m.trigger as MeetTrigger).frame;
  if (frame !== 'noun') return false;
  const s1 = d.sentEnd[d.sentOf[m.start]!]!;
  const k = pastModifiers(d, m.end, s1);
  return k < s1 && norm(d, k) === 'antara';
}

/** The parties without those the model added outside the list after "antara"; `rule`: the frames' parties, kept. */
export function withinBetween(d: Doc, m: TriggerMatch, parties: readonly number[], rule: readonly number[]): readonly number[] {
  if (!sidesBetween(d, m)) return parties;
  const named = new Set(rule.map((e) => d.entities[e]!.canonical));
  const sent = d.sentOf[m.start]!;
  // the list goes on after "antara": a name the model chose there (past a lower-case description,
  // "antara pemimpin majoriti Senat, X dan Y") is in it; one before the meeting noun or outside
  // the sentence is not
  const listed = (e: number): boolean => d.entStart[e]! >= m.end && d.sentOf[d.entStart[e]!] === sent;
  return parties.filter((e) => named.has(d.entities[e]!.canonical) || listed(e));
}
