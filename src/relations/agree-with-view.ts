// "X bersetuju dengan kenyataan Y", "kami setuju dengan pandangan itu": agreeing with what another
// has said is endorsing it, and ANNOTATION.md section 4 makes endorsing verbs ("menyokong",
// "menyambut baik") PRAISE; agreeing to act ("bersetuju untuk", "bersetuju menubuhkan") stays an
// intent (INTEND), and agreeing with a proposal, a request or terms ("bersetuju dengan cadangan
// itu": accepting to carry it out) is left to the act classifier. Applied after the learned
// models: they see the same triggers.
import { type Doc, norm } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Words for what another has said or holds: a statement, a view, a question raised, a rebuke. */
const VIEWS = new Set(['kenyataan', 'pandangan', 'pendapat', 'persoalan', 'pendirian', 'hujah', 'teguran', 'kritikan']);

/** Words allowed between "dengan" and the view: "dengan semua pandangan", "dengan segala teguran". */
const QUANTIFIERS = new Set(['semua', 'segala', 'sebahagian']);

/** Whether the one-word "bersetuju"/"setuju" trigger m agrees with what another has said. */
export function agreeWithView(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1) return false;
  const w = d.cols.norms[m.start];
  if (w !== 'bersetuju' && w !== 'setuju') return false;
  const s = d.sentOf[m.start];
  let k = m.end;
  if (k >= d.cols.size || norm(d, k) !== 'dengan') return false;
  k++;
  if (k < d.cols.size && QUANTIFIERS.has(norm(d, k))) k++;
  return k < d.cols.size && d.sentOf[k] === s && d.entAt[k]! < 0 && VIEWS.has(norm(d, k));
}
