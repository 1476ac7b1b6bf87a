// "ahli Parlimen" / "anggota Parlimen" is the role of a member of parliament, not the body:
// ANNOTATION.md section 4 ("Roles are not names": Ahli Parlimen; "Constituencies" after "Ahli
// Parlimen" are LOC, the word before them left out). The model sometimes decides "Parlimen" after
// the member word as the body: alone it is dropped ("beberapa anggota Parlimen pembangkang"),
// and with the constituency after it ("anggota Parlimen Kota Tinggi") the constituency alone is
// kept, as a place.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** Words for a member written before "Parlimen" (ahli Parlimen, anggota Parlimen), case-folded. */
const MEMBER_WORDS: ReadonlySet<string> = new Set(['ahli', 'anggota', 'ahli-ahli', 'anggota-anggota']);

/** The mentions, in text order, with "Parlimen" after a member word read as the role, its constituency a place. */
export function withMembersOfParliament(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const k = m.tokenStart;
    const role =
      m.label === 'ORG' && k > 0 && cols.norms[k] === 'parlimen' && MEMBER_WORDS.has(cols.norms[k - 1]!) && cols.breaksBefore[k] === 0;
    if (!role) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    if (m.tokenEnd > k + 1) out.push(mentionFor(k + 1, m.tokenEnd, 'LOC', m.score));
  }
  return out ?? (mentions as Mention[]);
}
