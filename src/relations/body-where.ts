// A body named as the place where a meeting is held takes no part in it: "bertemu X di bangunan
// Yayasan Y", "mengadakan pertemuan di ibu pejabat Parti Z", "sesi dialog di Universiti W". As a
// place after "di" is where and not who (meeting.ts, neverParty), so is an organisation after
// "di" or after "di" and a word for its premises ("bangunan", "ibu pejabat", "pejabat",
// "kediaman", "perkarangan", "dewan", "kampus", "istana", "premis", "markas", "sekretariat").
// In the training set's gold, 117 of 124 organisations so named are no meeting's party in their
// article (the others take part through another mention: "hadir di kampus X untuk bertemu pihak
// pengurusan X"). Read after the party model, on the sides it chose: such a mention is dropped,
// another mention of the same body may still be a side.
import { type Doc, norm } from './doc.js';

/** Words for a body's premises between "di" and its name: "di bangunan X", "di ibu pejabat Y". */
const PREMISES: ReadonlySet<string> = new Set([
  'bangunan',
  'pejabat',
  'kediaman',
  'perkarangan',
  'dewan',
  'kampus',
  'istana',
  'premis',
  'markas',
  'sekretariat',
  'ibupejabat',
]);

/** Whether the entity e is an organisation named as where: "di X", "di bangunan X", "di ibu pejabat X". */
export function bodyWhere(d: Doc, e: number): boolean {
  if (d.entities[e]!.label !== 'ORG') return false;
  let k = d.entStart[e]! - 1;
  if (k >= 0 && PREMISES.has(norm(d, k))) {
    // "ibu pejabat": two words
    if (norm(d, k) === 'pejabat' && k > 0 && norm(d, k - 1) === 'ibu') k--;
    k--;
  }
  return k >= 0 && norm(d, k) === 'di';
}
