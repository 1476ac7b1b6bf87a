// "X meminta kerajaan menyatakan langkahnya", "Y mencabar kerajaan negeri supaya mendedahkan
// senarai itu": a statement verb after an appeal to a party is what the party is urged to say, not
// said: the party has made no statement here, and is not the one speaking from then on. Read at
// run time only, not while the models are trained (their training data stays as it was).
import { type Doc, isPunct, isQuoteMark, norm } from './doc.js';
import type { TriggerMatch } from './match.js';
import type { Triggers } from './refer.js';

/** Verbs urging a party to act: ANNOTATION.md section 2's APPEAL and DEMAND verbs, and "mencabar" (to dare a party to act). */
const URGING: ReadonlySet<string> = new Set(['meminta', 'menggesa', 'mendesak', 'mencabar', 'menyeru', 'merayu', 'mengajak']);

/** How far back the appeal may stand: the party's name and title, "supaya", "agar", "untuk". */
const REACH = 8;

/** Whether statement verb m is what a party is urged to say: an urging verb before it in its clause, no other trigger between. */
export function urgedParty(d: Doc, trig: Triggers, m: TriggerMatch): boolean {
  const s = d.sentOf[m.start];
  for (let k = m.start - 1; k >= 0 && k >= m.start - REACH && d.sentOf[k] === s; k--) {
    if (isPunct(d, k) || isQuoteMark(d, k)) return false;
    // the urging verb, a party's word or more before the verb ("meminta kerajaan menyatakan")
    if (URGING.has(norm(d, k))) return k < m.start - 1;
    const i = trig.at[k]!;
    if (i >= 0 && trig.matches[i]!.trigger.type === 'STATEMENT') return false;
  }
  return false;
}
