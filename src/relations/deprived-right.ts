// "menafikan hak X", "menidakkan hak penduduk", "X dinafikan hak": depriving a party of a right is
// an act, not a denial said (ANNOTATION.md section 2: DENY is denying an accusation or a report);
// the training set annotates none. A denial verb with "hak" right after it makes no statement.
// Applied after the speaker ranker: the learned models see the same triggers.
import type { Doc } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Denial verbs that take a right as their object. */
const DENY_VERBS: ReadonlySet<string> = new Set(['menafikan', 'menidakkan', 'dinafikan', 'dinidakkan']);

/** Whether the one-word trigger m is a denial verb with "hak" (a right) right after it. */
export function deprivedRight(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || m.end >= d.cols.size || d.sentOf[m.end] !== d.sentOf[m.start]) return false;
  return DENY_VERBS.has(d.cols.stems[m.start]!) && d.cols.norms[m.end] === 'hak';
}
