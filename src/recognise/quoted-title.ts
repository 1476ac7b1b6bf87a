// The title of a work, written in quote marks after "bertajuk", "berjudul", "tajuk" or "judul"
// (an article, a talk, a book, a forum: "forum bertajuk 'Belia dan Masa Depan Sabah'", "artikel
// bertajuk “Kenapa Ahmad Diam?”"), is the name of a work, and nothing inside it is annotated
// (ANNOTATION.md section 4, "Names inside other names": a work). The model reads the people,
// bodies and places of such a title as it reads a sentence's. A decided mention lying wholly
// between the quote marks is dropped. The title is found from the word before its opening quote
// to the matching closing quote on the same line, at most MAX_TITLE_TOKENS tokens on: a quote
// left open is no title.

import { firstCodeUnit, type TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** Words that introduce a title (Kamus Dewan: tajuk, judul; bertajuk, berjudul "titled"), case-folded. */
const TITLE_WORDS: ReadonlySet<string> = new Set(['bertajuk', 'berjudul', 'tajuk', 'judul', 'bertemakan', 'bertema']);

/** Opening quote marks (code units) with their closing ones. */
const CLOSING_OF: ReadonlyMap<number, number> = new Map([
  [0x22, 0x22], // "
  [0x27, 0x27], // '
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
]);

/** The most tokens of a quoted title. */
const MAX_TITLE_TOKENS = 40;

/** The token ranges [a, b) of quoted titles. */
function quotedTitles(cols: TokenColumns): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < cols.size; k++) {
    if (!TITLE_WORDS.has(cols.norms[k]!)) continue;
    const open = k + 1;
    if (cols.ends[open]! - cols.starts[open]! !== 1) continue;
    const close = CLOSING_OF.get(firstCodeUnit(cols, open));
    if (close === undefined) continue;
    for (let j = open + 1; j < cols.size && j <= open + MAX_TITLE_TOKENS && cols.breaksBefore[j] === 0; j++) {
      if (cols.ends[j]! - cols.starts[j]! === 1 && firstCodeUnit(cols, j) === close) {
        out.push([open + 1, j]);
        k = j;
        break;
      }
    }
  }
  return out;
}

/** The mentions without those inside a quoted title. */
export function withoutNamesInQuotedTitles(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  const titles = quotedTitles(cols);
  if (titles.length === 0) return mentions as Mention[];
  let t = 0;
  return withoutMentions(mentions, (m) => {
    while (t < titles.length && titles[t]![1] <= m.tokenStart) t++;
    const r = titles[t];
    return r !== undefined && r[0] <= m.tokenStart && m.tokenEnd <= r[1];
  });
}
