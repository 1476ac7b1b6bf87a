// "X berharap kerajaan akan ...", "Y berharap agar semua pihak ...", "Z berharap beliau dapat ...":
// a hope whose clause opens with a party (a name, a person pronoun, a role, group or organisation
// word, a quantifier before them, "pihak", "negara", "kedua-dua") hopes that party will act: the
// speaker urges it, and ANNOTATION.md section 4 makes "berharap agar" APPEAL when another party is
// urged to act. In the training gold, 24 of 26 such hopes are APPEAL; the act classifier left a
// third of them SAY. A hope about a thing ("berharap masalah itu selesai", "berharap dapat ...")
// is left to the act classifier. Applied after the learned models: they see the same triggers.
import { type Doc, GROUP, norm, ORG_HEAD, PRONOUN_PERSON, PRONOUN_PLURAL, QUANTIFIER, ROLE } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Words between the verb and the clause's subject: a comma, "agar", "supaya", "bahawa". */
const OPENERS = new Set([',', 'agar', 'supaya', 'bahawa']);

/** Nouns naming a party that the word classes leave out. */
const PARTY_WORDS = new Set(['pihak', 'negara', 'kedua', 'kedua-dua', 'setiap', 'seluruh']);

/** The word classes naming a party or people: roles, groups, quantifiers, organisation heads, person pronouns. */
const PARTY_CLASSES = ROLE | GROUP | QUANTIFIER | ORG_HEAD | PRONOUN_PERSON | PRONOUN_PLURAL;

/** Whether the one-word "berharap" trigger m hopes that a party will act. */
export function hopeAddressee(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || d.cols.norms[m.start] !== 'berharap') return false;
  const s = d.sentOf[m.start];
  let k = m.end;
  while (k < d.cols.size && k < m.end + 2 && OPENERS.has(norm(d, k))) k++;
  if (k >= d.cols.size || d.sentOf[k] !== s) return false;
  if (d.entAt[k]! >= 0) return true;
  // "negara-negara", "parti-parti": a reduplicated plural is read as its single word
  const w = single(norm(d, k));
  return PARTY_WORDS.has(w) || ((d.lex.classMask.get(w) ?? 0) & PARTY_CLASSES) !== 0;
}

/** "negara-negara" -> "negara": a reduplicated plural as its single word; anything else as it is. */
function single(w: string): string {
  const h = w.indexOf('-');
  return h > 0 && w.length === 2 * h + 1 && w.slice(0, h) === w.slice(h + 1) ? w.slice(0, h) : w;
}
