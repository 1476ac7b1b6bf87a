// The outcome of a meeting, not a meeting held here: a word for what a meeting produced before
// the meeting noun ("hasil perbincangan dalam usaha mencari penyelesaian", "hasil pertemuan
// dijangka diumumkan minggu depan", "keputusan mesyuarat semalam") speaks of a meeting's result;
// when the noun names no side of its own after the words describing it (no "dengan", "antara",
// "bersama", no name, no pronoun, no -nya), those named near it are not shown meeting there, and
// the party model's guesses from the rest of the sentence make no meeting (in the training set,
// such mentions carry no gold meeting; those naming a side do). "hasil perbincangan antara
// kementeriannya dengan X", "hasil rundingan bersama pemimpin Y", "hasil perbincangannya dengan
// Z", "keputusan mesyuarat Kabinet" and "hasil lawatan kerja beliau" keep their meeting.
// Applied after the party model (meeting.ts), so training is unchanged.
import { type Doc, hasNya, is, norm, PRONOUN_FIRST, PRONOUN_PERSON, PRONOUN_PLURAL } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';

/** Words for what a meeting produced, before the meeting noun. */
const OUTCOME: ReadonlySet<string> = new Set(['hasil', 'keputusan', 'dapatan', 'kesimpulan', 'rumusan']);

/** Words after the meeting noun that go on to name its sides. */
const SIDES: ReadonlySet<string> = new Set(['dengan', 'antara', 'bersama', 'bersama-sama', 'oleh']);

/** Whether the meeting noun at m tells only the outcome of a meeting, naming no side of it. */
export function outcomeOnly(d: Doc, m: TriggerMatch): boolean {
  const frame = (m.trigger as MeetTrigger).frame;
  if (frame !== 'noun' && frame !== 'visit-noun') return false;
  const sent = d.sentOf[m.start]!;
  const s0 = d.sentStart[sent]!;
  const s1 = d.sentEnd[sent]!;
  if (m.start - 1 < s0 || !OUTCOME.has(norm(d, m.start - 1)) || hasNya(d, m.end - 1)) return false;
  const k = pastModifiers(d, m.end, s1);
  for (let j = m.end; j <= k && j < s1; j++) if (hasNya(d, j)) return false;
  if (k >= s1) return true;
  if (d.entAt[k]! >= 0 || SIDES.has(norm(d, k))) return false;
  return !is(d, PRONOUN_PERSON, k) && !is(d, PRONOUN_PLURAL, k) && !is(d, PRONOUN_FIRST, k);
}
