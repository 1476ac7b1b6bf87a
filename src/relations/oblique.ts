// A name that stands as an oblique argument, after a preposition: "bertemu dengan X", and so
// also when a title stands between them, "bertemu dengan Timbalan Perdana Menteri Datuk Seri
// X", "menerima surat daripada Menteri Besar X", "kepada Menteri Kewangan, Tan Sri X". Such a
// name is the object of its clause, not the person a following "beliau" points back to.
import { type Doc, isTitleWord, norm, PREPOSITIONS } from './doc.js';

/** How many title words may stand between the preposition and the name. */
const MAX_TITLE = 8;

/** Whether the entity starting at token `st` follows a preposition, over the words of its title. */
export function afterPreposition(d: Doc, st: number): boolean {
  let k = st - 1;
  // a comma may close the role before the honorifics: "kepada Menteri Kewangan, Tan Sri X"
  while (
    k >= 0 &&
    k >= st - MAX_TITLE &&
    d.entAt[k] === -1 &&
    (isTitleWord(d, k) || (norm(d, k) === ',' && k > 0 && d.entAt[k - 1] === -1 && isTitleWord(d, k - 1)))
  )
    k--;
  return k >= 0 && PREPOSITIONS.has(norm(d, k));
}
