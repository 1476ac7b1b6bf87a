// A dateline: the place in capitals heading an article's first sentence, before a comma, a dash,
// a colon or a date ("KUALA LUMPUR, 3 Jan -", "JASIN 13 Dis. -", "SEREMBAN –", "PETALING JAYA:").
// It stands outside the sentence's clauses: never a subject, a speaker or a party.
import { type Doc, norm } from './doc.js';

/** A place written in capitals at the head of its sentence, before a comma, a dash, a colon or a date: a dateline. */
export function isDateline(d: Doc, e: number): boolean {
  const ent = d.entities[e]!;
  // the tests by position first: most places stand inside their sentence (no copies of the text made)
  if (ent.label !== 'LOC') return false;
  const st = d.entStart[e]!;
  if (st !== d.sentStart[d.sentOf[st]!]) return false;
  const after = d.entEnd[e]!;
  // "KUALA LUMPUR, 3 Jan", "KUALA LUMPUR 2 Dis.", "SEREMBAN – ...", "PETALING JAYA: ..." (dashes are "-" normalised)
  const n = norm(d, after);
  if (!(n === ',' || n === '-' || n === ':' || d.cols.kinds[after] === 'date')) return false;
  return ent.text.toUpperCase() === ent.text && ent.text.toLowerCase() !== ent.text;
}
