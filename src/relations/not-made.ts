// More statement verbs not reported as made, read after the speaker ranker (unsaid.ts reads its
// own list before the models; these were left out of it so that the models learn from the same
// triggers): a verb right after a word of willingness or daring ("sanggup menafikan", "tidak
// berani membantah"), of expectation or schedule ("dijangka mengumumkan", "dijadual
// menyampaikan"), of being urged or asked ("digesa menegur", "diminta menjelaskan": the subject is
// the one urged, and says nothing yet), "dalam" (in the course of: "dalam mengulas kes itu") or
// "usaha" (an effort to: "dalam usaha menuntut royalti", a purpose, as unsaid.ts's "untuk");
// and a verb after one of unsaid.ts's words with an adverb between ("akan terus menyuarakan",
// "perlu juga menjelaskan").
import type { Doc } from './doc.js';
import type { TriggerMatch } from './match.js';
import { UNSAID_AFTER } from './unsaid.js';

/** Words of willingness, daring, expectation, schedule, being urged, "dalam" and "usaha". */
const NOT_MADE_AFTER: ReadonlySet<string> = new Set(['sanggup', 'berani', 'dijangka', 'dijadual', 'digesa', 'diminta', 'dalam', 'usaha']);

/** Adverbs that may stand between an unsaid.ts word and the verb. */
const BETWEEN: ReadonlySet<string> = new Set(['terus', 'juga', 'turut']);

/** Whether a statement trigger with a verb frame stands right after such a word, or after an unsaid.ts word and an adverb. */
export function notMade(d: Doc, m: TriggerMatch): boolean {
  const f = m.trigger.frame;
  if (f !== 'subject' && f !== 'passive') return false;
  const p = m.start - 1;
  if (p < 0 || d.sentOf[p] !== d.sentOf[m.start]) return false;
  const n = d.cols.norms[p]!;
  if (NOT_MADE_AFTER.has(n)) return true;
  return BETWEEN.has(n) && p - 1 >= 0 && d.sentOf[p - 1] === d.sentOf[m.start] && UNSAID_AFTER.has(d.cols.norms[p - 1]!);
}
