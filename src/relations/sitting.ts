// A sitting of a court or of a legislature is no meeting between sides: "panel tiga hakim yang
// bersidang bersama X dan Y" (judges hearing a case together), "Mesyuarat Kedua Penggal Ketiga
// Parlimen" (the formal name of a parliamentary sitting, "penggal" = a legislature's term). The
// judges of a bench or the members of a house sit as one body; ANNOTATION.md section 2 annotates
// meetings between parties, and the training set's gold has none on such a sitting. Read after
// the party model's choice: the meeting word "bersidang" with a court noun ("hakim", "mahkamah",
// "panel", "juri", "korum") a few words before it in its sentence, or a meeting noun with
// "penggal" a few words after it.
import { type Doc, isPunct, norm } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Nouns of a court's bench. */
const COURT: ReadonlySet<string> = new Set(['hakim', 'mahkamah', 'panel', 'juri', 'korum', 'kuorum']);
/** Meeting nouns a legislature's sitting is named with. */
const SITTING_NOUNS: ReadonlySet<string> = new Set(['mesyuarat', 'persidangan', 'sidang']);
/** How many words the court noun or "penggal" may stand from the meeting word. */
const SPAN = 8;

/** Whether the meeting word at m is a court's or a legislature's sitting. */
export function isSitting(d: Doc, m: TriggerMatch): boolean {
  const first = norm(d, m.start);
  const sent = d.sentOf[m.start]!;
  if (first === 'bersidang') {
    const s0 = d.sentStart[sent]!;
    for (let j = m.start - 1; j >= s0 && j >= m.start - SPAN; j--) if (COURT.has(norm(d, j))) return true;
    return false;
  }
  if (!SITTING_NOUNS.has(norm(d, m.end - 1))) return false;
  const s1 = d.sentEnd[sent]!;
  for (let k = m.end; k < s1 && k < m.end + 4; k++) {
    if (isPunct(d, k)) return false;
    if (norm(d, k) === 'penggal') return true;
  }
  return false;
}
