// The capitalised words after "ADUN" / "Adun" / "(ADUN)" / "Ahli Dewan Undangan Negeri" (a member
// of a state assembly) name the member's constituency: "Adun Tanjung Rambai, Lim Siew Mei" -> LOC "Tanjung Rambai" (ANNOTATION.md
// section 4, Constituencies: "ADUN [Tambun Tulang]", the word before left out). The model knows
// the pattern after "Ahli Parlimen" and "ADUN" in capitals, but often leaves the seat after
// "Adun" unannotated. When no mention covers the words straight after the role, the run of
// capitalised words there (one space apart, up to a title, a listed non-entity, a decided
// mention or anything else) becomes a place.

import type { TokenColumns } from '../tokenize/columns.js';
import { isUpperStart } from './context.js';
import type { Mention, MentionFor } from './mention.js';
import { longestPhrase, type WordKnowledge } from './words.js';

/** The role words: a member of a state legislative assembly (Ahli Dewan Undangan Negeri). */
const ROLES: ReadonlySet<string> = new Set(['ADUN', 'Adun']);

/** Where the seat starts after a role at token r, or -1: "ADUN", "(ADUN)", "Ahli/Anggota Dewan Undangan Negeri". */
function roleEnd(cols: TokenColumns, r: number): number {
  if (ROLES.has(cols.texts[r]!)) return cols.texts[r - 1] === '(' && cols.texts[r + 1] === ')' ? r + 2 : r + 1;
  if (cols.norms[r] !== 'ahli' && cols.norms[r] !== 'anggota') return -1;
  const full = MEMBER_OF.every((w, j) => cols.norms[r + 1 + j] === w);
  return full && cols.texts[r + 1 + MEMBER_OF.length] !== '(' ? r + 1 + MEMBER_OF.length : -1;
}

/** "Ahli / Anggota Dewan Undangan Negeri": a member of a state assembly, spelt out. */
const MEMBER_OF: readonly string[] = ['dewan', 'undangan', 'negeri'];

/** The end of the constituency starting at token s (s when there is none). */
function seatEnd(text: string, cols: TokenColumns, s: number, words: WordKnowledge, nextStart: number): number {
  let e = s;
  while (e < cols.size && e < nextStart) {
    if (cols.kinds[e] !== 'word' || !isUpperStart(cols, e) || cols.starts[e]! !== cols.ends[e - 1]! + 1) break;
    if (words.nonEntities.has(cols.texts[e]!) || longestPhrase(words.titles, text, cols, e) !== undefined) break;
    e++;
  }
  return e;
}

/** The mentions, in text order, with the constituencies after "ADUN" / "Adun" added as places. */
export function withAssemblySeats(
  text: string,
  cols: TokenColumns,
  mentions: readonly Mention[],
  words: WordKnowledge,
  mentionFor: MentionFor,
): Mention[] {
  let out: Mention[] | undefined;
  let i = 0;
  for (let r = 0; r + 1 < cols.size; r++) {
    // every role word starts with "A" or "a": the other tokens are passed over on one character
    const c = text.charCodeAt(cols.starts[r]!);
    if (c !== 65 && c !== 97) continue;
    const s = roleEnd(cols, r);
    if (s < 0 || s >= cols.size) continue;
    while (i < mentions.length && mentions[i]!.tokenStart < s) {
      out?.push(mentions[i]!);
      i++;
    }
    const prev = out !== undefined ? out[out.length - 1] : mentions[i - 1];
    const next = mentions[i];
    if ((prev !== undefined && prev.tokenEnd > s) || (next !== undefined && next.tokenStart <= s)) continue;
    const e = seatEnd(text, cols, s, words, next?.tokenStart ?? cols.size);
    if (e === s) continue;
    out ??= mentions.slice(0, i);
    out.push(mentionFor(s, e, 'LOC', 0.5));
  }
  if (out === undefined) return mentions as Mention[];
  while (i < mentions.length) out.push(mentions[i++]!);
  return out;
}
