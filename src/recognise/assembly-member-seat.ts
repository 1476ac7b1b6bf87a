// The capitalised words after "ADUN" / "Adun" (a member of a state assembly) name the member's
// constituency: "Adun Tanjung Rambai, Lim Siew Mei" -> LOC "Tanjung Rambai" (ANNOTATION.md
// section 4, Constituencies: "ADUN [Tambun Tulang]", the word before left out). The model knows
// the pattern after "Ahli Parlimen" and "ADUN" in capitals, but often leaves the seat after
// "Adun" unannotated. When no mention covers the words straight after the role, the run of
// capitalised words there (one space apart, up to a title, a listed non-entity, a decided
// mention or anything else) becomes a place.
import type { EntityLabel, Token } from '../types.js';
import { isUpperStart } from './context.js';
import type { Mention } from './mention.js';
import { longestPhrase, type WordKnowledge } from './words.js';

/** The role words: a member of a state legislative assembly (Ahli Dewan Undangan Negeri). */
const ROLES: ReadonlySet<string> = new Set(['ADUN', 'Adun']);

/** The end of the constituency after the role at token r (r+1 when there is none). */
function seatEnd(text: string, tokens: readonly Token[], r: number, words: WordKnowledge, nextStart: number): number {
  let e = r + 1;
  while (e < tokens.length && e < nextStart) {
    const t = tokens[e]!;
    if (t.kind !== 'word' || !isUpperStart(t) || t.start !== tokens[e - 1]!.end + 1) break;
    if (words.nonEntities.has(t.text) || longestPhrase(words.titles, text, tokens, e) !== undefined) break;
    e++;
  }
  return e;
}

/** The mentions, in text order, with the constituencies after "ADUN" / "Adun" added as places. */
export function withAssemblySeats(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words: WordKnowledge,
  mentionFor: (k: number, e: number, label: EntityLabel, score: number) => Mention,
): Mention[] {
  let out: Mention[] | undefined;
  let i = 0;
  for (let r = 0; r + 1 < tokens.length; r++) {
    if (!ROLES.has(tokens[r]!.text)) continue;
    while (i < mentions.length && mentions[i]!.tokenEnd <= r + 1 && mentions[i]!.tokenStart <= r) {
      out?.push(mentions[i]!);
      i++;
    }
    const next = mentions[i];
    if (next !== undefined && next.tokenStart <= r + 1) continue;
    const e = seatEnd(text, tokens, r, words, next?.tokenStart ?? tokens.length);
    if (e === r + 1) continue;
    out ??= mentions.slice(0, i);
    out.push(mentionFor(r + 1, e, 'LOC', 0.5));
  }
  if (out === undefined) return mentions as Mention[];
  while (i < mentions.length) out.push(mentions[i++]!);
  return out;
}
