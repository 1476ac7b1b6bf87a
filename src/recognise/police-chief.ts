// "Ketua Polis Daerah Kangar", "Ketua Polis Johor": "Ketua Polis (Daerah/Negeri/Kontinjen)" is a
// role, the police chief of a place, and the place after it is annotated on its own, as in
// "Presiden Rusia" (ANNOTATION.md section 1: a place inside a title is annotated on its own;
// section 4: roles are not names). The model decides "Polis Daerah Kangar" as a body. A decided
// ORG straight after "Ketua" whose first word is "Polis" loses "Polis" and the unit word after
// it; what is left is a LOC. "Ketua Polis Negara" (the national police chief) has no place and
// is not touched.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** Words for the level of a police command written between "Polis" and its place, as written. */
const LEVELS: ReadonlySet<string> = new Set(['Daerah', 'Negeri', 'Kontinjen']);

/** The mentions with the place of each "Ketua Polis ... X" decided as a body made a place. */
export function withPoliceChiefPlaces(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const k = m.tokenStart;
    let s = k + 1;
    if (s < m.tokenEnd && LEVELS.has(cols.texts[s]!)) s++;
    const chief =
      m.label === 'ORG' &&
      k > 0 &&
      cols.texts[k] === 'Polis' &&
      cols.norms[k - 1] === 'ketua' &&
      s < m.tokenEnd &&
      cols.norms[s] !== 'negara';
    if (!chief) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(s, m.tokenEnd, 'LOC', m.score));
  }
  return out ?? (mentions as Mention[]);
}
