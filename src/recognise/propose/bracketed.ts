// A name that goes on after its bracketed short form is one name: "Barisan Nasional (BN)
// Johor", "Sekolah Kebangsaan (SK) Sungai Rusa", "Parti Pribumi Bersatu Malaysia (PPBM) Bahagian
// Tangga Batu" (ANNOTATION.md section 4). Malay news writes the short form right after the
// body's full name and then the chapter, branch, place or school name that the full name
// needs. Proposed, with its label, over every organisation proposal and every place proposal by
// a place noun (a school is a place or a body by its sentence) followed by "(", one short form, ")" and a
// capitalised word on the same line that no title starts; the span runs to the end of that
// capitalised run (or of a proposal that starts there, when longer). Whether it is one name or a
// name and its short form followed by something else ("Telekom Malaysia Berhad (TM) Datuk ...")
// is the entity model's to learn: this only proposes.

import type { TokenColumns } from '../../tokenize/columns.js';
import type { Sentence } from '../../types.js';
import { sameLine } from '../context.js';
import { type Mention, newMention } from '../mention.js';
import type { WordKnowledge } from '../words.js';
import { longestPhrase } from '../words.js';

/** The longest continuation read after the bracket, in tokens. */
const MAX_TAIL = 6;

const isShortForm = (cols: TokenColumns, k: number): boolean => cols.kinds[k] === 'word' || cols.kinds[k] === 'abbreviation';

/** The bracketed-name proposals (ORG, or LOC after a place noun) over `proposals` (read, not changed), pushed to `out`. */
export function bracketedProposals(
  text: string,
  cols: TokenColumns,
  sentences: readonly Sentence[],
  capital: Uint8Array,
  inUnit: Uint8Array,
  starts: Uint8Array,
  words: WordKnowledge,
  proposals: readonly Mention[],
  out: Mention[],
): void {
  const n = cols.size;
  // the furthest end of a proposal starting at each token, for continuations that are names already
  let longestFrom: Int32Array | undefined;
  // the end of each token's sentence, made at the first candidate (most documents have none)
  let sentenceEnd: Int32Array | undefined;
  const count = proposals.length;
  for (let i = 0; i < count; i++) {
    const m = proposals[i]!;
    const e = m.tokenEnd;
    if (
      !(m.label === 'ORG' || (m.label === 'LOC' && m.by === 'place-head')) ||
      e + 3 >= n ||
      cols.texts[e]! !== '(' ||
      cols.texts[e + 2]! !== ')'
    )
      continue;
    const c = e + 3;
    if (sentenceEnd === undefined) {
      sentenceEnd = new Int32Array(n);
      for (const st of sentences) sentenceEnd.fill(st.tokenEnd, st.tokenStart, st.tokenEnd);
    }
    const end = sentenceEnd[m.tokenStart]!;
    if (c >= end || !isShortForm(cols, e + 1) || capital[e + 1] !== 1 || capital[c] !== 1 || inUnit[c] !== 0) continue;
    if (!sameLine(text, cols, m.tokenStart, c)) continue;
    if (longestPhrase(words.titles, text, cols, c, end, starts)) continue;
    let j = c;
    while (j < end && j - c < MAX_TAIL && capital[j] === 1 && inUnit[j] === 0) j++;
    if (longestFrom === undefined) {
      longestFrom = new Int32Array(n);
      for (let q = 0; q < count; q++) {
        const p = proposals[q]!;
        if (p.tokenEnd > longestFrom[p.tokenStart]!) longestFrom[p.tokenStart] = p.tokenEnd;
      }
    }
    const tail = Math.min(end, Math.max(j, longestFrom[c]!));
    out.push(newMention(m.start, cols.ends[tail - 1]!, m.tokenStart, tail, m.label, 'bracketed', Math.min(m.score, 0.6)));
  }
}
