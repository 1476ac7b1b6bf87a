// Gazetteer proposals: lexicon aliases found in the text (longest match, case-sensitive:
// src/gazetteer), each with its best candidate's label and lexicon id, and the care ordinary
// words need. An alias that is also an ordinary word needs a location cue before it ("di ..."),
// not just a capital, at a sentence start or alone; a small place named like an ordinary word
// (Cukai, Surat) needs one too; a country's short form before a dollar sign is a currency
// ("AS $ 130 juta"); a place takes a compass word after it ("Jawa Timur", "California
// Selatan"). A party's match also proposes its wing or chapter (party.ts).

import type { GazetteerMatch } from '../../gazetteer/index.js';
import type { AliasCandidate } from '../../lexicon/index.js';
import { hasLineBreak } from '../../tokenize/chars.js';
import type { Segmentation } from '../../types.js';
import { DIRECTION_WORDS, isUpperStart, type MatchesAt, type TokenWords, WEAK_PLACE_KINDS } from '../context.js';
import { type Mention, newMention, type RecogniserResources } from '../mention.js';
import { isCommonWord, LOCATION_CUES } from '../words.js';
import { partyWingOrChapter } from './party.js';

/** candidates.every((c) => c.ambiguous), as a loop: asked of most gazetteer matches. */
function allAmbiguous(candidates: readonly AliasCandidate[]): boolean {
  for (let i = 0; i < candidates.length; i++) if (!candidates[i]!.ambiguous) return false;
  return true;
}

/** Gazetteer proposals, with the care ordinary words need. */
export function gazetteerProposals(
  text: string,
  seg: Segmentation,
  gaz: readonly GazetteerMatch[],
  gazAt: MatchesAt,
  res: RecogniserResources,
  sentenceStarts: Uint8Array,
  lex: TokenWords,
): Mention[] {
  const cols = seg.columns;
  const out: Mention[] = [];
  for (const g of gaz) {
    const best = g.candidates[0];
    if (!best) continue;
    if (!isUpperStart(cols, g.tokenStart)) continue;
    const single = g.tokenEnd - g.tokenStart === 1;
    const cued = g.tokenStart > 0 && LOCATION_CUES.has(cols.norms[g.tokenStart - 1]!);
    // an alias that is also an ordinary word needs a location cue, not just a capital
    if (!cued && (sentenceStarts[g.tokenStart] === 1 || single) && allAmbiguous(g.candidates)) continue;
    // a sentence-initial ordinary word (Itu, Bukan) is no place
    // one look-up of the best candidate's entry serves every test below
    // (only a single word's tests and a party's need it: a longer place or person asks no entry)
    const kind = single || best.label === 'ORG' ? res.gazetteer.bestKind(g) : undefined;
    if (single && sentenceStarts[g.tokenStart] === 1 && lex.common(g.tokenStart) && !(best.label === 'LOC' && kind === 'country')) continue;
    // a small place named like an ordinary word (Cukai, Surat) needs a cue (the word list asked last: most matches are no small place)
    if (single && kind !== undefined && WEAK_PLACE_KINDS.has(kind) && !cued && lex.lowercase(g.tokenStart)) continue;
    if (g.caseFolded && single && isCommonWord(cols.norms[g.tokenStart]!)) continue;
    if (res.words.nonEntities.has(g.alias)) continue;
    // AS $ 130 juta: a country's short form before a dollar sign is a currency
    const next = g.tokenEnd < cols.size ? cols.texts[g.tokenEnd] : undefined;
    if (next?.startsWith('$') && best.label === 'LOC') continue;
    let end = g.end;
    let tokenEnd = g.tokenEnd;
    // a place with a compass word after it: California Selatan, Jawa Timur
    if (
      best.label === 'LOC' &&
      tokenEnd < cols.size &&
      DIRECTION_WORDS.has(cols.texts[tokenEnd]!) &&
      g.end === cols.ends[tokenEnd - 1]! &&
      !hasLineBreak(text, g.end, cols.starts[tokenEnd]!)
    ) {
      end = cols.ends[tokenEnd]!;
      tokenEnd++;
    }
    const m: Mention = newMention(g.start, end, g.tokenStart, tokenEnd, best.label, 'gazetteer', 0.9, g.alias, best.id);
    if (tokenEnd === g.tokenEnd) out.push(m);
    else out.push(newMention(m.start, end, m.tokenStart, tokenEnd, 'LOC', 'gazetteer', 0.85));
    // party wings and chapters: Wanita BN, UMNO Bahagian Sungai Besar, BN Lembah Pantai
    if (best.label === 'ORG' && (kind === 'party' || kind === 'coalition')) {
      const wing = partyWingOrChapter(text, cols, g, gazAt, res);
      if (wing) out.push(wing);
    }
  }
  return out;
}
