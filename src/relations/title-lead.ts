// A title before a name reaches further than its capitalised words. "bekas" / "mantan" before it
// ("dikritik oleh bekas Ketua Hakim Negara, Tun X") makes it a former holder's, and "Yang" opens
// an honorific ("disambut baik oleh Yang Dipertua Persatuan Y, X"), though "bekas" is lower case
// and "yang" opens a relative clause anywhere else. Both are read as part of the title where the
// argument of an inverted verb, a statement noun or "oleh" is looked for (refer.ts findAfter,
// statement.ts's noun frame); a body's name inside the title lets the search reach the person
// after it (findAfter).
import { type Doc, isCapWord, isTitleWord, norm } from './doc.js';

/** Words before a title that make it a former holder's. */
const FORMER: ReadonlySet<string> = new Set(['bekas', 'mantan']);

/** Whether token i leads a title: "bekas" / "mantan", or a capitalised "Yang", right before a title word. */
export function titleLead(d: Doc, i: number): boolean {
  if (i + 1 >= d.cols.size || d.sentOf[i + 1] !== d.sentOf[i] || d.entAt[i + 1]! >= 0) return false;
  const n = norm(d, i);
  if (FORMER.has(n)) return isTitleWord(d, i + 1);
  return n === 'yang' && isCapWord(d, i) && isCapWord(d, i + 1) && isTitleWord(d, i + 1);
}
