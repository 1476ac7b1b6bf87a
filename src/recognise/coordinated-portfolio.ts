// A body's name may list its portfolios, joined by commas and a last "dan": "Kementerian
// Pelancongan, Seni dan Budaya", "Jabatan Tanah dan Galian", "Majlis Sukan, Belia dan Kebudayaan
// Negeri". The whole is one ORG (ANNOTATION.md section 1: the outermost name; section 4 keeps a
// name whole up to its end). The model tags token by token and often stops the name at the first
// comma or "dan", leaving "Kementerian Pelancongan" and dropping the rest or taking its tail for a
// name of its own. A decided ORG headed by an organisation noun (lexicons' org heads), ending
// straight before ", Word" or "dan Word" with a capital, is carried on through the list: commas
// and one "dan", each followed by capitalised words, the name ending with the capitalised run
// after the "dan". A portfolio is a word or two after the head ("Majlis Pembangunan, ..."): a
// longer name, or one closed by "Negara" or "Malaysia" ("Bank Negara Malaysia dan ..."), is
// complete, and what follows its "dan" is another party. The list is also left alone when a
// joined part starts with an organisation noun or repeats the head ("Jabatan Hutan dan Jabatan
// Laut": two bodies, listed-bodies.ts), starts with a title ("Majlis Peguam dan Peguam Negara")
// or is an acronym (another body's short form), when it would run through a person's name or
// past a line's end, or when no "dan" closes it.

import type { OrgHeadWord, TitleWord } from '../lexicon/index.js';
import type { TokenColumns } from '../tokenize/columns.js';
import { isAllCaps, isUpperStart } from './context.js';
import type { Mention, MentionFor } from './mention.js';
import { longestPhrase, type PhraseRoot } from './words.js';

/** The most commas a list of portfolios has before its "dan". */
const MAX_COMMAS = 4;
/** The most capitalised words in one joined part ("Pembangunan Wilayah Sarawak"). */
const MAX_PART_WORDS = 4;
/** The most words of the body's own portfolio, after its head or its last comma. */
const MAX_OWN_WORDS = 2;
/** Last words that close a body's name (Bank Negara Malaysia, Majlis Profesor Negara). */
const CLOSERS: ReadonlySet<string> = new Set(['Negara', 'Malaysia', 'Nasional', 'Kebangsaan']);

/** Whether the decided body m may go on into a list: a word or two after its head or last comma, not closed by CLOSERS. */
function portfolioOpen(cols: TokenColumns, m: Mention): boolean {
  if (CLOSERS.has(cols.texts[m.tokenEnd - 1]!)) return false;
  let from = m.tokenStart + 1;
  for (let k = m.tokenStart + 1; k < m.tokenEnd; k++) if (cols.texts[k] === ',') from = k + 1;
  return m.tokenEnd - from <= MAX_OWN_WORDS;
}

/** The capitalised words from token k (at most MAX_PART_WORDS), on k's line: where they end (k when none). */
function capitalisedWords(cols: TokenColumns, k: number): number {
  let j = k;
  while (
    j < cols.size &&
    j - k < MAX_PART_WORDS &&
    cols.kinds[j] === 'word' &&
    isUpperStart(cols, j) &&
    (j === k || cols.breaksBefore[j]! === 0)
  )
    j++;
  return j;
}

/**
 * Where the list of portfolios after a body's name ends (token index), or -1 when the tokens
 * from `end` are no such list. `head`: the body's first word.
 */
function portfolioListEnd(
  text: string,
  cols: TokenColumns,
  end: number,
  head: string,
  orgHeads: PhraseRoot<OrgHeadWord>,
  titles: PhraseRoot<TitleWord>,
): number {
  let k = end;
  for (let commas = 0; commas <= MAX_COMMAS; commas++) {
    if (k + 1 >= cols.size || cols.breaksBefore[k]! > 0 || cols.breaksBefore[k + 1]! > 0) return -1;
    const joiner = cols.texts[k]!;
    if (joiner !== ',' && joiner !== 'dan') return -1;
    const part = k + 1;
    if (
      cols.texts[part] === head ||
      isAllCaps(cols, part) ||
      longestPhrase(orgHeads, text, cols, part) !== undefined ||
      longestPhrase(titles, text, cols, part) !== undefined
    )
      return -1;
    const e = capitalisedWords(cols, part);
    if (e === part) return -1;
    if (joiner === 'dan') return e;
    k = e;
  }
  return -1;
}

/** The mentions, in text order, with each body's name carried on through the portfolios it lists. */
export function withCoordinatedPortfolios(
  text: string,
  cols: TokenColumns,
  mentions: readonly Mention[],
  orgHeads: PhraseRoot<OrgHeadWord>,
  titles: PhraseRoot<TitleWord>,
  mentionFor: MentionFor,
): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const end =
      m.label === 'ORG' && portfolioOpen(cols, m) && longestPhrase(orgHeads, text, cols, m.tokenStart) !== undefined
        ? portfolioListEnd(text, cols, m.tokenEnd, cols.texts[m.tokenStart]!, orgHeads, titles)
        : -1;
    // the mentions the list runs into: joined when none is a person's name
    let j = i + 1;
    while (end >= 0 && j < mentions.length && mentions[j]!.tokenStart < end) j++;
    let ok = end >= 0;
    for (let q = i + 1; ok && q < j; q++) ok = mentions[q]!.label !== 'PER' && mentions[q]!.tokenEnd <= end;
    if (!ok) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(m.tokenStart, end, 'ORG', m.score));
    i = j - 1;
  }
  return out ?? (mentions as Mention[]);
}
