// "kerusi DUN" and "kerusi Parlimen" with no constituency after them name a kind of seat (a
// state or a federal seat), not the assembly as a body: "PAS menang tiga kerusi DUN" counts
// seats. ANNOTATION.md section 4 annotates the constituency after "kerusi" (LOC) and leaves the
// word before it out; with no constituency there is nothing to annotate. A one-word body the
// model decided straight after "kerusi" is dropped when it is such a word and no capitalised
// word follows it ("kerusi DUN Bukit Indah": the model's reading stands).

import type { TokenColumns } from '../tokenize/columns.js';
import { isUpperStart } from './context.js';
import { type Mention, withoutMentions } from './mention.js';

/** The assemblies whose seats are counted: the state assembly and Parliament. */
const SEAT_KINDS: ReadonlySet<string> = new Set(['DUN', 'Parlimen', 'PARLIMEN']);

/** The mentions less the assemblies written after "kerusi" as the kind of seat. */
export function withoutSeatKinds(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(mentions, (m) => {
    const next = m.tokenEnd;
    return (
      m.label === 'ORG' &&
      m.tokenEnd - m.tokenStart === 1 &&
      m.tokenStart > 0 &&
      cols.norms[m.tokenStart - 1]! === 'kerusi' &&
      SEAT_KINDS.has(cols.texts[m.tokenStart]!) &&
      !(next < cols.size && cols.kinds[next] === 'word' && isUpperStart(cols, next))
    );
  });
}
