// A name never holds half a bracket. The model tags token by token and sometimes starts a span
// inside a bracket ("Majlis Tertinggi (MT) Umno" decided as "Majlis Tertinggi" and "MT) Umno") or
// runs one into a bracket it does not close ("Jabatan Perdana Menteri (Hal Ehwal Islam)" decided
// up to "Islam"). ANNOTATION.md section 4: a bracketed short form inside a name that goes on after
// the bracket is one span with the name; a bracketed note after a complete name is no part of
// it. So a span that starts after "(" and holds its ")" is joined to the name decided just
// before the "(" (with that name's label), or dropped when there is none (a role's or a law's
// short form: "Timbalan Naib Canselor (TNC) ..."); a span holding a "(" it does not close is cut
// before the "(".

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** The first ")" in m before any "(", or -1. */
function strayClose(cols: TokenColumns, m: Mention): number {
  for (let j = m.tokenStart; j < m.tokenEnd; j++) {
    const t = cols.texts[j]!;
    if (t === '(') return -1;
    if (t === ')') return j;
  }
  return -1;
}

/** The last "(" in m with no ")" after it inside m, or -1. */
function strayOpen(cols: TokenColumns, m: Mention): number {
  for (let j = m.tokenEnd - 1; j >= m.tokenStart; j--) {
    const t = cols.texts[j]!;
    if (t === ')') return -1;
    if (t === '(') return j;
  }
  return -1;
}

/** The mentions, in text order, with no half brackets: joined to the name before, cut, or dropped. */
export function withBalancedBrackets(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const open = strayOpen(cols, m);
    const close = open < 0 && m.tokenStart > 0 && cols.texts[m.tokenStart - 1]! === '(' ? strayClose(cols, m) : -1;
    if (open < 0 && close < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    if (open >= 0) {
      if (open > m.tokenStart) out.push(mentionFor(m.tokenStart, open, m.label, m.score));
      continue;
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.tokenEnd === m.tokenStart - 1)
      out[out.length - 1] = mentionFor(prev.tokenStart, m.tokenEnd, prev.label, Math.min(prev.score, m.score));
  }
  return out ?? (mentions as Mention[]);
}
