// A country's or state's name after "pasukan" (team) or "penyokong" (supporters) names its
// sports team, a body: "pasukan Kelantan menang 2-1", "penyokong Terengganu memenuhi
// stadium". The training set labels such teams ORG (ANNOTATION.md section 1: a named
// organisation; section 4 leaves a place only for "kerajaan Sabah"), while the model, knowing the
// name as a place, decides a LOC. A decided LOC straight after one of these words is an ORG.
// "skuad" is left out: the training set has "skuad Indonesia" as the place.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** Words before the name of a team (Kamus Dewan: pasukan, penyokong), case-folded. */
const TEAM_WORDS: ReadonlySet<string> = new Set(['pasukan', 'penyokong']);

/** The mentions with each place named as a sports team relabelled a body. */
export function withSportsTeams(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const k = m.tokenStart;
    if (m.label !== 'LOC' || k === 0 || !TEAM_WORDS.has(cols.norms[k - 1]!) || cols.breaksBefore[k]! > 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(k, m.tokenEnd, 'ORG', m.score));
  }
  return out ?? (mentions as Mention[]);
}
