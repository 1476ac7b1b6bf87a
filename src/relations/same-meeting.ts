// One meeting told with two meeting words close together in a clause: "dalam pertemuan dua hala
// dengan wakil X di luar mesyuarat Y itu, Z membangkitkan ...", "X telah menghubungi beliau
// supaya hadir di mesyuarat khas Y", "mengadakan lawatan kerja ... termasuk mesyuarat dengan Z".
// Each word finds some of the parties; sharing one of them, a few words apart in the same
// sentence, they are one event (ANNOTATION.md section 2: each distinct event once), so the second
// joins its parties to the first instead of making a meeting of its own. The second word must
// be a meeting noun ("mesyuarat", "sidang kemuncak"): a second verb has a clause of its own and
// may tell another meeting ("X bertemu Z semalam dan kemudian Y bertemu Z"), and a visit
// ("lawatan", "kunjungan") is an event of its own beside the talks held during it (the training
// set annotates "lawatan rasmi ke X" and "pertemuan dengan Y" there apart). Applied as meetings
// are added, after the party model.
import type { Doc } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/** How many tokens may stand between the end of the first meeting word and the second. */
export const SAME_MEETING_GAP = 8;

/** Where a meeting was told: its trigger's tokens. */
export interface ToldAt {
  readonly start: number;
  readonly end: number;
}

/** Whether the meeting at m, with parties `names`, is the one told at `prev` with parties `prevNames`. */
export function sameMeeting(d: Doc, prev: ToldAt, prevNames: readonly string[], m: TriggerMatch, names: readonly string[]): boolean {
  if (d.sentOf[prev.start] !== d.sentOf[m.start] || m.start < prev.end || m.start - prev.end > SAME_MEETING_GAP) return false;
  if ((m.trigger as MeetTrigger).frame !== 'noun') return false;
  return names.some((n) => prevNames.includes(n));
}
