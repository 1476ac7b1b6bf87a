// A short form in brackets straight after a decided body or place is its own mention, with the
// name's label (ANNOTATION.md section 4: "Telekom Malaysia Berhad (TM)" -> ORG "Telekom Malaysia
// Berhad" and ORG "TM"). The model decides each token from its neighbours, and a short form it
// has rarely seen ("Persekutuan Majikan-Majikan Malaysia (MEF)", "Lembaga ... (Pada)",
// "Gabungan ... (GPA-IPT)") is often left out although the name before it was taken: in
// cross-validation on the training set, about 16 of the 21 short forms this adds are gold mentions.
// The short form is one written word: one to three tokens with no space between them
// (GPA-IPT, iGuru), starting with a capital or a lower-case letter before a capital; a word the
// lexicon calls no entity (NGO, PBT, MoU) is left alone, and so is one a mention already covers.

import type { TokenColumns } from '../tokenize/columns.js';
import { isUpperStart } from './context.js';
import type { Mention, MentionFor } from './mention.js';

/** The most tokens a bracketed short form is made of (GPA-IPT: three). */
const MAX_SHORT_TOKENS = 3;

/** The mentions, in text order, with the bracketed short forms after their bodies and places added. */
export function withBracketedShortForms(
  cols: TokenColumns,
  mentions: readonly Mention[],
  nonEntities: ReadonlySet<string>,
  mentionFor: MentionFor,
): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const e = shortFormEnd(cols, m, nonEntities);
    const next = mentions[i + 1];
    const add = e >= 0 && !(next !== undefined && next.tokenStart < e);
    if (add) out ??= mentions.slice(0, i);
    out?.push(m);
    if (add) out!.push(mentionFor(m.tokenEnd + 1, e, m.label, m.score));
  }
  return out ?? (mentions as Mention[]);
}

/**
 * The closing bracket's token (the short form's end) after mention m, "(" short ")", or -1: m a
 * body or place of two tokens or more, the short form one written word that is no listed
 * non-entity.
 */
function shortFormEnd(cols: TokenColumns, m: Mention, nonEntities: ReadonlySet<string>): number {
  if (m.label === 'PER' || m.tokenEnd - m.tokenStart < 2) return -1;
  if (m.tokenEnd + 1 >= cols.size || cols.texts[m.tokenEnd] !== '(') return -1;
  const first = m.tokenEnd + 1;
  if (cols.kinds[first] !== 'word' || !startsLikeAName(cols, first)) return -1;
  let e = m.tokenEnd + 2;
  while (e < cols.size && e - m.tokenEnd - 1 < MAX_SHORT_TOKENS && cols.texts[e]! !== ')' && cols.starts[e]! === cols.ends[e - 1]!) e++;
  if (e >= cols.size || cols.texts[e] !== ')' || cols.starts[e]! !== cols.ends[e - 1]!) return -1;
  if (e - m.tokenEnd - 1 === 1 ? nonEntities.has(cols.texts[first]!) : cols.kinds[e - 1]! !== 'word') return -1;
  return e;
}

/** A capital first (MEF, Exco), or a lower-case letter before a capital (iGuru). */
function startsLikeAName(cols: TokenColumns, k: number): boolean {
  if (isUpperStart(cols, k)) return true;
  const s = cols.texts[k]!;
  const c0 = s.charCodeAt(0);
  const c1 = s.length > 1 ? s.charCodeAt(1) : 0;
  return c0 >= 97 && c0 <= 122 && c1 >= 65 && c1 <= 90;
}
