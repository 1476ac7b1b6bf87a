// A clause may begin after a sentence adverbial or connective standing before its subject:
// "Jadi saya minta ...", "Maka kami berharap ...", "Sebenarnya beliau menafikan ...", and after
// a demonstrative that closes a noun phrase: "Sehubungan itu beliau berharap ...", "Oleh itu
// kita menggesa ...", "Selepas ini kami akan ...". A pronoun right after a noun is its owner
// ("rumah dia", "mesyuarat mereka"), but one after "itu"/"ini" is not: the demonstrative ends the
// phrase (the owner stands before it, "rumah dia itu"), so what follows starts a new clause.
import { DEMONSTRATIVES, type Doc, norm } from './doc.js';

/** Connectives and sentence adverbials that stand before a clause's subject. */
const ADVERBIALS: ReadonlySet<string> = new Set([
  'jadi',
  'maka',
  'lantas',
  'akhirnya',
  'sebenarnya',
  'sesungguhnya',
  'seterusnya',
  'memang',
  'tadi',
  'kelmarin',
]);

/** Whether a clause may begin right after token p: a connective, sentence adverbial or a demonstrative ending a phrase. */
export function adverbialOpens(d: Doc, p: number): boolean {
  const n = norm(d, p);
  return ADVERBIALS.has(n) || DEMONSTRATIVES.has(n);
}
