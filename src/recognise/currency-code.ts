// "AS$50 juta" is a sum in US dollars: the "AS" (or "US", "HK") written against the dollar sign
// is the currency's code, no mention of the country (ANNOTATION.md section 1 leaves numbers and
// amounts unannotated; the training set annotates no place before "$"). A decided place whose
// last character touches a following "$" (no space between) is dropped.

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** The mentions less the places written as a dollar's currency code (AS$, US$). */
export function withoutCurrencyCodes(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(mentions, (m) => {
    const n = m.tokenEnd;
    return m.label === 'LOC' && n < cols.size && cols.starts[n]! === m.end && cols.texts[n]!.charCodeAt(0) === 36;
  });
}
