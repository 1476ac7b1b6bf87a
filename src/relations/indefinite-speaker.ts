// "Seorang pegawai kanan AS mengakui ...", "Seorang pemimpin parti itu memberitahu ...", "salah
// seorang kakitangan yang enggan dikenali berkata ...": a subject opened by "seorang" (one, a) is
// an unnamed person, and a statement whose speaker is no named entity is not annotated
// (ANNOTATION.md section 2: "sumber, pihak polis, penduduk"). A place or body inside the
// description ("AS", "parti itu") only says where the person serves. Read over the few words
// before the verb, inside its clause: "seorang" must open the clause (after the sentence start,
// punctuation, a clause opener or a reporting verb), so a predicate "X yang juga seorang peguam
// berkata" keeps X, and so does a person named inside ("seorang pengguna yang dikenali sebagai
// X menyokong"). Frames that name the speaker after the verb are left alone ("kata seorang
// penganalisis, Dr X" names X). Applied after the speaker ranker, the learned models see the
// same triggers.
import { type Doc, isPunct } from './doc.js';
import type { TriggerMatch } from './match.js';
import type { Triggers } from './refer.js';

/** Words after which "seorang" opens a clause: "salah seorang", "Sementara itu, seorang", "bahawa seorang", "dan seorang". */
const OPENS_BEFORE: ReadonlySet<string> = new Set(['salah', 'itu', 'bahawa', 'dan', 'manakala', 'tetapi', 'namun', 'malah', 'sementara']);

/** How far before the verb "seorang" may open its subject. */
const MAX_BACK = 8;

/** Whether a statement verb's subject is an unnamed person opened by "seorang" ("salah seorang"). */
export function indefiniteSpeaker(d: Doc, trig: Triggers, m: TriggerMatch): boolean {
  if (m.trigger.frame !== 'subject') return false;
  const s0 = d.sentStart[d.sentOf[m.start]!]!;
  for (let k = m.start - 1; k >= s0 && k >= m.start - MAX_BACK; k--) {
    if (isPunct(d, k) || trig.at[k]! >= 0) return false;
    // "seorang pengguna yang dikenali sebagai X": the person is named after all
    if (d.entAt[k]! >= 0 && d.entities[d.entAt[k]!]!.label === 'PER') return false;
    if (d.cols.norms[k] !== 'seorang') continue;
    const p = k - 1;
    if (p < s0 || isPunct(d, p) || trig.at[p]! >= 0) return true;
    return OPENS_BEFORE.has(d.cols.norms[p]!);
  }
  return false;
}
