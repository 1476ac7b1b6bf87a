// A user's lexicon is authoritative: a span its entries name (`--lexicon my.tsv`,
// `createPipeline({ lexicons })`) is an entity whatever the model says, since the model never saw
// those names and a user who lists "GV" as a person means it. Such gazetteer proposals replace
// any decided mention they overlap. Linear after sorting the user's matches.
import type { Mention } from './mention.js';

export function withUserEntries(decided: readonly Mention[], proposals: readonly Mention[], isUserId: (kb: string) => boolean): Mention[] {
  const named = proposals.filter((m) => m.by === 'gazetteer' && m.kb !== undefined && isUserId(m.kb));
  if (named.length === 0) return decided as Mention[];
  // in text order, the longest first where two start together; overlapping ones dropped
  named.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const forced: Mention[] = [];
  let lastEnd = -1;
  for (const m of named) {
    if (m.tokenStart < lastEnd) continue;
    forced.push(m);
    lastEnd = m.tokenEnd;
  }
  if (forced.length === 0) return decided as Mention[];
  const out: Mention[] = [];
  let f = 0;
  for (const m of decided) {
    while (f < forced.length && forced[f]!.tokenEnd <= m.tokenStart) out.push(forced[f++]!);
    const g = forced[f];
    if (g !== undefined && g.tokenStart < m.tokenEnd) continue; // overlaps a user's entry: the entry wins
    out.push(m);
  }
  while (f < forced.length) out.push(forced[f++]!);
  return out;
}
