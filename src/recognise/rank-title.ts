// Ranks and honorifics are not part of a person's span (ANNOTATION.md section 1: "Titles,
// honorifics, ranks and roles are NOT part of a PER span"). The title list the proposers read
// holds the civil titles; police and military ranks ("Superintendan", "Asisten Komisioner",
// "Jen" for Jeneral), the honorific "Pahlawan" of "Datuk Pahlawan", and "Allahyarham" /
// "Almarhum" (the late) are sometimes decided as the first word of a person. A decided PER
// whose first words are such words loses them, when a word of the name is left.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/**
 * Ranks of the Malaysian police and armed forces with their usual short forms, "Pahlawan" and
 * the words for the late (general knowledge: PDRM and ATM rank names; Kamus Dewan), as written.
 */
const RANKS: ReadonlySet<string> = new Set([
  'Superintendan',
  'Supt',
  'Asisten',
  'Komisioner',
  'Inspektor',
  'Sarjan',
  'Koperal',
  'Konstabel',
  'Jeneral',
  'Jen',
  'Leftenan',
  'Kapten',
  'Mejar',
  'Kolonel',
  'Brigedier',
  'Laksamana',
  'Pahlawan',
  'Allahyarham',
  'Allahyarhamah',
  'Almarhum',
  'Almarhumah',
]);

/** The mentions with each person's leading ranks left out of its span. */
export function withoutLeadingRanks(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    let k = m.tokenStart;
    if (m.label === 'PER') while (k < m.tokenEnd - 1 && RANKS.has(cols.texts[k]!)) k++;
    if (k === m.tokenStart) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(k, m.tokenEnd, 'PER', m.score));
  }
  return out ?? (mentions as Mention[]);
}
