// Datelines: the place of a dateline is a LOC ("PYONGYANG, 21 JAN –"), with the gazetteer's
// alias when a match covers exactly that place. The tokenizer finds datelines
// (src/tokenize/units.ts); their place tokens are marked 2 in inUnit, so that no gazetteer
// proposal starts inside them.

import type { TokenColumns } from '../../tokenize/columns.js';
import type { Unit } from '../../types.js';
import type { MatchesAt } from '../context.js';
import { type Mention, newMention } from '../mention.js';

/** The places of the datelines among `units`, pushed to `proposals`; their tokens marked 2 in `inUnit`. */
export function datelineProposals(
  cols: TokenColumns,
  units: readonly Unit[],
  gazAt: MatchesAt,
  inUnit: Uint8Array,
  proposals: Mention[],
): void {
  for (const u of units) {
    if (u.kind !== 'dateline') continue;
    let a = u.tokenStart;
    while (cols.starts[a]! < u.place.start) a++;
    let b = a;
    while (b < cols.size && cols.ends[b]! <= u.place.end) b++;
    const g = gazAt.at(a);
    proposals.push(newMention(u.place.start, u.place.end, a, b, 'LOC', 'dateline', 0.95, g && g.tokenEnd === b ? g.alias : undefined));
    for (let k = a; k < b; k++) inUnit[k] = 2;
  }
}
