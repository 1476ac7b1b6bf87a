// Bodies listed one after another are separate names: "Kementerian Kesihatan, Kementerian
// Pendidikan dan Kementerian Belia" is three ministries, "Jabatan Hutan dan MPOB" two bodies. The
// model tags token by token and, with "dan" and commas common inside ministries' names
// ("Kementerian Belia dan Sukan"), runs a list of them into one. A decided body is cut before a
// comma or "dan" when the word after it repeats the body's first word (the same head noun
// starting a second name) or is an acronym ending the span (a second body's short form); a name
// whose "dan" joins two portfolios ("Kementerian Perumahan dan Kerajaan Tempatan") has neither.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** An acronym: two capitals or more and nothing else (MPOB, LKIM). */
function isAcronym(cols: TokenColumns, k: number): boolean {
  const s = cols.texts[k]!;
  if (cols.kinds[k] !== 'word' || s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Where a second body starts inside m (the token after a comma or "dan"), in order. */
function listCuts(cols: TokenColumns, m: Mention): number[] {
  const head = cols.texts[m.tokenStart]!;
  const cuts: number[] = [];
  for (let j = m.tokenStart + 1; j + 1 < m.tokenEnd; j++) {
    const t = cols.texts[j]!;
    if (t !== ',' && t !== 'dan') continue;
    if (cols.texts[j + 1]! === head || (j + 2 === m.tokenEnd && isAcronym(cols, j + 1))) cuts.push(j + 1);
  }
  return cuts;
}

/** The mentions, in text order, with the bodies listed in one decided span cut apart. */
export function withListedBodiesApart(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const cuts = m.label === 'ORG' ? listCuts(cols, m) : [];
    if (cuts.length === 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    let k = m.tokenStart;
    for (const c of cuts) {
      out.push(mentionFor(k, c - 1, 'ORG', m.score));
      k = c;
    }
    out.push(mentionFor(k, m.tokenEnd, 'ORG', m.score));
  }
  return out ?? (mentions as Mention[]);
}
