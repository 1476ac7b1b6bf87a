// Party wings and chapters: around a gazetteer match of a party or coalition, a wing before it
// or a chapter after it makes a longer ORG: "Wanita BN", "Pemuda UMNO", "UMNO Bahagian Sungai
// Besar", "PKR Cawangan Ampang", "BN Lembah Pantai". A place after the party is no chapter of it
// after "kerajaan": "kerajaan BN Pahang" is the government. Proposed by gazetteer.ts, under the
// org-head recogniser's name.

import type { GazetteerMatch } from '../../gazetteer/index.js';
import { hasLineBreak } from '../../tokenize/chars.js';
import type { Token } from '../../types.js';
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
  tokens: readonly Token[],
  g: GazetteerMatch,
  gazAt: MatchesAt,
  res: RecogniserResources,
): Mention | undefined {
  // reads within the tokens only: a party at the start or end of the text read tokens[-1] or
  // tokens[length], "out of bounds" deopts of gazetteerProposals, where this is inlined
  const prev = g.tokenStart > 0 ? tokens[g.tokenStart - 1] : undefined;
  const wing = prev && PARTY_WINGS.has(prev.text) ? g.tokenStart - 1 : g.tokenStart;
  let q = g.tokenEnd;
  const unit = q < tokens.length ? tokens[q] : undefined;
  if (unit && PARTY_UNITS.has(unit.text)) q++;
  let r = q;
  while (
    r < tokens.length &&
    r < q + MAX_NAME_TOKENS &&
    isNameWord(tokens[r]!) &&
    !hasLineBreak(text, tokens[r - 1]!.end, tokens[r]!.start) &&
    !res.words.nonEntities.has(tokens[r]!.text)
  )
    r++;
  const before = wing > 0 ? tokens[wing - 1] : undefined;
  const placeLike = r > q && (gazAt.at(q)?.candidates[0]?.label === 'LOC' || tokens.slice(q, r).every((x) => isCommonWord(lowerOf(x))));
  const chapter = r > q && (q > g.tokenEnd || placeLike) && before?.text !== 'Kerajaan' && before?.text !== 'kerajaan';
  if (wing === g.tokenStart && !chapter) return undefined;
  const b = chapter ? r : g.tokenEnd;
  return newMention(tokens[wing]!.start, tokens[b - 1]!.end, wing, b, 'ORG', 'org-head', 0.85);
}
