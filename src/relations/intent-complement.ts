// A one-word intent trigger ("bersedia", "bersetuju", "setuju", "komited", "sedia", "berjanji")
// reports an intent only with what is intended after it: "bersedia menerima", "bersetuju
// menubuhkan", "komited memperjuangkan", "berjanji akan membantu". Standing alone at the end of
// its clause it describes a state ("pemain sudah bersedia.", "semua pihak bersetuju, katanya"):
// no statement. Phrases ("bersetuju untuk") carry their complement already.
import { CLAUSE_OPENERS, type Doc, isPunct } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Whether a one-word INTEND trigger has no complement after it in its clause. */
export function intentWithoutComplement(d: Doc, m: TriggerMatch): boolean {
  const t = m.trigger;
  if (t.type !== 'STATEMENT' || t.act !== 'INTEND' || m.end - m.start !== 1 || t.frame !== 'subject') return false;
  const k = m.end;
  if (k >= d.cols.size || d.sentOf[k] !== d.sentOf[m.start] || isPunct(d, k)) return true;
  return CLAUSE_OPENERS.has(d.cols.norms[k]!) && d.cols.norms[k]! !== 'supaya' && d.cols.norms[k]! !== 'agar';
}
