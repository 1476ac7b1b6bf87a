// A statement verb right after a word of purpose, intent, need or ability, or of a time clause,
// names a statement that is not reported as made here: "datang untuk menjelaskan", "bagi
// menjawab soalan", "akan mengumumkan keputusan", "mahu menegaskan", "perlu memberitahu",
// "boleh memohon", "ketika berucap", "tanpa meminta". The training set annotates almost none
// of them (ANNOTATION.md section 2: a statement is a party saying, urging, denying ...).
// Nouns ("untuk kenyataan") are not verbs and are left to their own frame.
import type { Doc } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Purpose ("untuk", "bagi"), future, intent, need and ability, and time-clause words. */
export const UNSAID_AFTER: ReadonlySet<string> = new Set([
  'untuk',
  'bagi',
  'akan',
  'bakal',
  'mahu',
  'hendak',
  'perlu',
  'harus',
  'mesti',
  'boleh',
  'dapat',
  'ketika',
  'semasa',
  'sewaktu',
  'tanpa',
]);

/** Whether a statement trigger with a verb frame stands right after such a word in its sentence. */
export function unsaid(d: Doc, m: TriggerMatch): boolean {
  const f = m.trigger.frame;
  if (f !== 'subject' && f !== 'passive') return false;
  const p = m.start - 1;
  if (p < 0 || d.sentOf[p] !== d.sentOf[m.start]) return false;
  return UNSAID_AFTER.has(d.cols.norms[p]!);
}
