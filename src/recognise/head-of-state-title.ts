// "Yang di-Pertuan Agong" (the King), "Yang di-Pertua Negeri" (a state's governor) are titles,
// not names (ANNOTATION.md section 1: titles and roles are not annotated; section 4, "Seri Paduka
// Baginda"). Written with a space for the hyphen, "Yang di Pertuan Agong", the model reads
// "Pertuan Agong" as a capitalised name. A decided mention whose first word is "Pertuan" or
// "Pertua" straight after "di" is the tail of the title and is dropped ("Yang di Pertua Dewan
// Rakyat" is no exception: the model decides "Dewan Rakyat" there, which is kept).

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** Second halves of the titles Yang di-Pertuan / Yang di-Pertua, case-folded. */
const TITLE_TAILS: ReadonlySet<string> = new Set(['pertuan', 'pertua']);

/** The mentions less the tails of "Yang di Pertuan Agong" / "Yang di Pertua Negeri" decided as names. */
export function withoutHeadOfStateTitles(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(
    mentions,
    (m) => m.tokenStart > 0 && TITLE_TAILS.has(cols.norms[m.tokenStart]!) && cols.norms[m.tokenStart - 1] === 'di',
  );
}
