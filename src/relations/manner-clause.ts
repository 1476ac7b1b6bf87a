// A statement verb right after "dengan" (by, with), "selain" (besides) or "sambil" (while)
// heads an adverbial clause with no subject of its own: it shares the subject of the clause it
// hangs on. "X mengarahkan Y mengadakan pemilihan, dengan mendakwa ..." is X's claim, not Y's;
// "X berkata beliau mengarahkan Y ... selain meminta laporan" is X's request; "X mengalu-alukan
// Y ..., dengan memuji ..." is X's praise. No name between the word and the verb can be its
// subject, so the nearest name before is not looked for; the verb continues the statement before
// it in the sentence, as "... dan berkata" does (statement.ts, index.ts).
import { AUXILIARIES, type Doc, norm } from './doc.js';

/** Manner, addition and accompaniment words that take a subjectless verb clause. */
export const SUBJECTLESS_AFTER: ReadonlySet<string> = new Set(['dengan', 'selain', 'sambil']);

const ADVERBS: ReadonlySet<string> = new Set([...AUXILIARIES, 'terus']);

/** Whether the verb at token i stands right after such a word (over auxiliaries: "selain turut meminta") in its sentence. */
export function subjectlessClause(d: Doc, i: number): boolean {
  const s = d.sentOf[i];
  let k = i - 1;
  while (k >= 0 && d.sentOf[k] === s && ADVERBS.has(norm(d, k))) k--;
  return k >= 0 && d.sentOf[k] === s && SUBJECTLESS_AFTER.has(norm(d, k));
}
