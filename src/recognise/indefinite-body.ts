// A body introduced with the classifier "sebuah" or "satu" ("a", "one") is one of a kind being
// described, not a named body: "mencadangkan sebuah Jawatankuasa Khas Reformasi Media
// ditubuhkan", "satu Tabung Bantuan Mangsa dilancarkan". Capitals there mark the proposed
// name of a body that does not yet exist, and ANNOTATION.md section 1 leaves generic nouns
// without a name unannotated (in the training set, 3 bodies decided after lower-case
// "sebuah"/"satu" are all unannotated; one body after "satu" is annotated). A decided ORG straight after lower-case "sebuah", "satu" or
// "sesebuah" is dropped; "Satu" capitalised begins a name ("Satu Komuniti Satu Sekolah") and is
// not read.

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** Lower-case classifiers for one body (Kamus Dewan: sebuah, satu, sesebuah), as written. */
const INDEFINITE: ReadonlySet<string> = new Set(['sebuah', 'satu', 'sesebuah']);

/** The mentions less the bodies written after "sebuah" / "satu". */
export function withoutIndefiniteBodies(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(
    mentions,
    (m) => m.label === 'ORG' && m.tokenStart > 0 && INDEFINITE.has(cols.texts[m.tokenStart - 1]!) && cols.breaksBefore[m.tokenStart]! === 0,
  );
}
