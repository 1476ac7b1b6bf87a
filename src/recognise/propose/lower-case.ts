// Text written in one case. caseOfText tells whether a text is all in lower case, all in
// capitals, or mixed. Text all in lower case has no capitals to go by: only the gazetteer,
// case-folded, finds names there, less the single words that are also ordinary Malay or English
// words ("kuala lumpur" is a place, "batu" is not). Text all in capitals keeps its titles, head
// nouns and gazetteer matches but makes no guesses from capitalised runs (index.ts).

import type { GazetteerMatch } from '../../gazetteer/index.js';
import type { TokenColumns } from '../../tokenize/columns.js';
import { lowerOf } from '../context.js';
import { type Mention, newMention } from '../mention.js';
import { isCommonWord, isEnglishWord } from '../words.js';

/** Whether a text is written all in lower case, all in capitals, or mixed (sampling its letters). */
export function caseOfText(text: string): 'lower' | 'upper' | 'mixed' {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else continue;
    // both cases seen: mixed, whatever follows (most texts are decided in their first words)
    if (upper > 0 && lower > 0) return 'mixed';
  }
  if (upper === 0 && lower >= 20) return 'lower';
  if (lower === 0 && upper >= 20) return 'upper';
  return 'mixed';
}

/** Lower-case text: gazetteer matches that are not ordinary words (kuala lumpur yes, batu no). */
export function lowerCaseMentions(gaz: readonly GazetteerMatch[], cols: TokenColumns): Mention[] {
  const out: Mention[] = [];
  for (const g of gaz) {
    const best = g.candidates[0];
    if (!best) continue;
    const single = g.tokenEnd - g.tokenStart === 1;
    if (single && (isCommonWord(lowerOf(cols, g.tokenStart)) || isEnglishWord(lowerOf(cols, g.tokenStart)))) continue;
    out.push(newMention(g.start, g.end, g.tokenStart, g.tokenEnd, best.label, 'gazetteer', 0.6, g.alias, best.id));
  }
  return out;
}
