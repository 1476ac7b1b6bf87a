// "Kita" is the inclusive "we": the speaker together with those spoken to, a people, a party, a
// government ("kita berharap semua pihak ...", "kita bersetuju dengan cadangan itu", "kita sedia
// membantu"). A statement whose subject is "kita" is said by no named party alone, and the
// training set annotates almost none of them (ANNOTATION.md section 2: the speaker is a named
// entity); the exclusive "kami" and "saya" stay the quotation's speaker. The statement is not
// added, but it is still a statement: it keeps its place in who is speaking, so a later
// "katanya" is read as before (applied after the speaker ranker: the learned models see the
// same triggers).
import type { Doc } from './doc.js';
import type { StatementParts } from './statement.js';

/** Whether the subject a statement's frame found is the inclusive first person "kita". */
export function inclusiveWe(d: Doc, parts: StatementParts): boolean {
  const r = parts.referent;
  return r?.kind === 'pronoun' && r.cls === 'first' && d.cols.norms[r.at] === 'kita';
}
