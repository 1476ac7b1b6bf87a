// A statement verb in a conditional clause ("jika X membangkitkan perkara itu, ...", "sekiranya
// kerajaan bersetuju ...", "kalau mereka menolak ...") tells of a statement that may be made, not
// one reported as made: the training set annotates almost none. The condition word stands a few
// words before the verb in its clause (no comma, full stop or quote mark between). Applied after
// the speaker ranker: the learned models see the same triggers.
import { type Doc, isPunct, isQuoteMark } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Words opening a condition. */
const CONDITIONS: ReadonlySet<string> = new Set(['jika', 'sekiranya', 'kalau', 'andai', 'andainya', 'seandainya', 'jikalau']);

/** How many words before the verb the condition word may stand. */
const MAX_BEFORE = 5;

/** Whether the statement trigger m stands in a conditional clause. */
export function conditional(d: Doc, m: TriggerMatch): boolean {
  const s = d.sentOf[m.start];
  for (let k = m.start - 1; k >= 0 && k >= m.start - MAX_BEFORE && d.sentOf[k] === s; k--) {
    if (isPunct(d, k) || isQuoteMark(d, k)) return false;
    if (CONDITIONS.has(d.cols.norms[k]!)) return true;
  }
  return false;
}
