// A host verb that names no guest: "menyambut" welcomes someone arriving ("menyambut Presiden X
// di lapangan terbang", "menyambut ketibaan X"), but with no name after it the same verb
// celebrates or welcomes a thing ("menyambut Aidilfitri", "menyambut ulang tahun pertamanya",
// "menyambut dengan baik"), and "menjadi tuan rumah" hosts an event ("menjadi tuan rumah
// sidang kemuncak itu"): no visit is received, and no guest is looked for elsewhere. Host
// phrases built on a visit noun ("menerima kunjungan hormat", "menerima lawatan") tell of a
// visit whoever the guest is, and are left alone. In the training set these two host words
// are no gold meeting trigger, and without a named guest after them gave only false meetings.
import { type Doc, norm } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Nouns of arriving between the host verb and its guest ("menyambut ketibaan X"). */
const ARRIVAL: ReadonlySet<string> = new Set(['kedatangan', 'ketibaan', 'kunjungan', 'lawatan', 'rombongan', 'delegasi']);
/** Words of a host phrase that name the visit itself. */
const VISIT: ReadonlySet<string> = new Set(['kunjungan', 'lawatan', 'menghadap', 'mengadap']);

/** Whether host trigger m needs a named guest right after it (no visit noun in its words). */
export function needsGuest(m: TriggerMatch): boolean {
  return !m.trigger.words.some((w) => VISIT.has(w));
}

/** The token where the guest's name may begin after a host verb ending at k: past the nouns of arriving. */
export function guestAt(d: Doc, k: number): number {
  let j = k;
  while (j < d.cols.size && d.entAt[j]! < 0 && ARRIVAL.has(norm(d, j))) j++;
  return j;
}
