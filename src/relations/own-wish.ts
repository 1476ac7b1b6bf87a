// "Saya berharap untuk melihat lebih ramai pelajar ...", "kami berharap untuk bertemu mereka":
// "berharap untuk" + a verb is a wish about the speaker's own doing, as "ingin" or "mahu" before a
// verb (unsaid.ts): nobody is urged (ANNOTATION.md section 4: "berharap agar" is APPEAL when
// another party is urged to act), and the training set annotates none of them. "Berharap agar",
// "berharap supaya" and "berharap X ..." stay statements. Applied after the speaker ranker: the
// learned models see the same triggers.
import type { Doc } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Whether a one-word "berharap" trigger is followed by "untuk" (the speaker's own wish). */
export function ownWish(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || m.end >= d.cols.size) return false;
  return d.cols.norms[m.start] === 'berharap' && d.cols.norms[m.end] === 'untuk' && d.sentOf[m.end] === d.sentOf[m.start];
}
