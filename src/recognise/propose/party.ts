// Party wings and chapters: around a gazetteer match of a party or coalition, a wing before it
// or a chapter after it makes a longer ORG: "Wanita BN", "Pemuda UMNO", "UMNO Bahagian Sungai
// Besar", "PKR Cawangan Ampang", "BN Lembah Pantai". A place after the party is no chapter of it
// after "kerajaan": "kerajaan BN Pahang" is the government. Proposed by gazetteer.ts, under the
// org-head recogniser's name.

import type { GazetteerMatch } from '../../gazetteer/index.js';
import { hasLineBreak } from '../../tokenize/chars.js';
import type { TokenColumns } from '../../tokenize/columns.js';
import { isNameWord, lowerOf, MAX_NAME_TOKENS, type MatchesAt } from '../context.js';
import { type Mention, newMention, type RecogniserResources } from '../mention.js';
import { isCommonWord } from '../words.js';

/** Wings of a party: Wanita BN, Pemuda UMNO. */
const PARTY_WINGS: ReadonlySet<string> = new Set(['Wanita', 'Pemuda', 'Puteri', 'Putera', 'Srikandi', 'Angkatan Muda']);
/** Chapters of a party: UMNO Bahagian Sungai Besar, PKR Cawangan Ampang. */
const PARTY_UNITS: ReadonlySet<string> = new Set(['Bahagian', 'Cawangan', 'Negeri']);

/** A party's wing or chapter around a gazetteer match of the party: Wanita BN, UMNO Bahagian Sungai Besar, BN Lembah Pantai. */
export function partyWingOrChapter(
  text: string,
  cols: TokenColumns,
  g: GazetteerMatch,
  gazAt: MatchesAt,
  res: RecogniserResources,
): Mention | undefined {
  // reads within the tokens only: a party at the start or end of the text read tokens[-1] or
  // tokens[length], "out of bounds" deopts of gazetteerProposals, where this is inlined
  const { texts } = cols;
  const n = cols.size;
  const wing = g.tokenStart > 0 && PARTY_WINGS.has(texts[g.tokenStart - 1]!) ? g.tokenStart - 1 : g.tokenStart;
  let q = g.tokenEnd;
  if (q < n && PARTY_UNITS.has(texts[q]!)) q++;
  let r = q;
  while (
    r < n &&
    r < q + MAX_NAME_TOKENS &&
    isNameWord(cols, r) &&
    !hasLineBreak(text, cols.ends[r - 1]!, cols.starts[r]!) &&
    !res.words.nonEntities.has(texts[r]!)
  )
    r++;
  const before = wing > 0 ? texts[wing - 1] : undefined;
  const placeLike = r > q && (gazAt.at(q)?.candidates[0]?.label === 'LOC' || allCommonWords(cols, q, r));
  const chapter = r > q && (q > g.tokenEnd || placeLike) && before !== 'Kerajaan' && before !== 'kerajaan';
  if (wing === g.tokenStart && !chapter) return undefined;
  const b = chapter ? r : g.tokenEnd;
  return newMention(cols.starts[wing]!, cols.ends[b - 1]!, wing, b, 'ORG', 'org-head', 0.85);
}

/** Whether every token of [q, r) is a common word. */
function allCommonWords(cols: TokenColumns, q: number, r: number): boolean {
  for (let k = q; k < r; k++) if (!isCommonWord(lowerOf(cols, k))) return false;
  return true;
}
