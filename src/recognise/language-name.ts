// A country's or people's name after "bahasa" names a language: "bahasa Jepun", "Bahasa
// Malaysia", "bahasa Inggeris". ANNOTATION.md section 1 leaves languages unannotated, and the
// training set annotates no name after "bahasa". A decided place that starts straight after the
// word "bahasa" (any case) is dropped; a name after "berbahasa" or "bahasa ibunda" is not
// touched (the word before the name must be "bahasa" itself).

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** The mentions less the places named as a language after "bahasa". */
export function withoutLanguageNames(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(
    mentions,
    (m) => m.label === 'LOC' && m.tokenStart > 0 && cols.norms[m.tokenStart - 1]! === 'bahasa' && cols.breaksBefore[m.tokenStart]! === 0,
  );
}
