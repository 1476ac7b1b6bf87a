// Overlap resolution: entity spans are flat, so overlapping proposals are settled by named,
// tested policies, applied in order:
//   confident-first      proposals scored 0.7 or more are placed before the guesses below it
//   longest-span         among those, a longer span wins: an ORG containing a place
//                        ("Kementerian Luar Korea Utara") beats the place inside it
//   recogniser-priority  for spans of equal length: gazetteer > dateline > title > org-head >
//                        place-head > company > acronym > name-shape > context
import type { Mention, Recogniser } from './index.js';

export const RECOGNISER_PRIORITY: readonly Recogniser[] = [
  'gazetteer', 'dateline', 'title', 'org-head', 'place-head', 'chain', 'company', 'acronym', 'name-shape', 'context',
];
const CONFIDENT = 0.7;
/** Rank of each recogniser in RECOGNISER_PRIORITY, read by the sort's comparator. */
const RANK: Readonly<Record<Recogniser, number>> = Object.fromEntries(RECOGNISER_PRIORITY.map((r, i) => [r, i])) as Record<Recogniser, number>;

export function compareProposals(a: Mention, b: Mention): number {
  const ca = a.score >= CONFIDENT ? 1 : 0;
  const cb = b.score >= CONFIDENT ? 1 : 0;
  if (ca !== cb) return cb - ca;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return lb - la;
  const pa = RANK[a.by];
  const pb = RANK[b.by];
  if (pa !== pb) return pa - pb;
  return a.start - b.start;
}

/** A non-overlapping subset of the proposals, in text order. `scratch`, if given: zeroed, a byte for every token the proposals cover. */
export function resolveOverlaps(proposals: readonly Mention[], scratch?: Uint8Array): Mention[] {
  const ordered = [...proposals].sort(compareProposals);
  const kept: Mention[] = [];
  // token occupancy: spans cover whole tokens (a span ending at a stem still owns its token)
  let taken = scratch;
  if (taken === undefined) {
    let size = 0;
    for (const m of proposals) size = Math.max(size, m.tokenEnd);
    taken = new Uint8Array(size);
  }
  for (const m of ordered) {
    if (m.end <= m.start) continue;
    let free = true;
    for (let k = m.tokenStart; k < m.tokenEnd && free; k++) free = taken[k] === 0;
    if (!free) continue;
    kept.push(m);
    taken.fill(1, m.tokenStart, m.tokenEnd);
  }
  return kept.sort((a, b) => a.start - b.start);
}
