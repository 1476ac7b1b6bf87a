// A school, college, polytechnic or institute is a body, like the university ANNOTATION.md
// section 1 lists among organisations, also where the sentence names it as the place something
// happens ("majlis itu diadakan di Sekolah Kebangsaan Seri Mawar"): the training set labels such
// names ORG about three times as often as LOC. The model, reading "di" before a building's name,
// decides many of them as places. A decided LOC whose first word is a noun for a place of study
// is an ORG; the span is kept.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/** First words of the name of a place of study (Malaysian school types and their short forms, general knowledge), as written. */
const STUDY_HEADS: ReadonlySet<string> = new Set([
  'Sekolah',
  'SEKOLAH',
  'SK',
  'SMK',
  'SJK',
  'SJKC',
  'SJKT',
  'SMJK',
  'SMA',
  'SBP',
  'MRSM',
  'Maktab',
  'Kolej',
  'Politeknik',
  'Institut',
  'Akademi',
  'Universiti',
]);

/** The mentions with each place of study decided as a place relabelled a body. */
export function withPlacesOfStudyAsBodies(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.label !== 'LOC' || !STUDY_HEADS.has(cols.texts[m.tokenStart]!)) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(m.tokenStart, m.tokenEnd, 'ORG', m.score));
  }
  return out ?? (mentions as Mention[]);
}
