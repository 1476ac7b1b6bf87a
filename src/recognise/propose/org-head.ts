// Organisation head nouns: a head noun and its proper-name tail make an ORG ("Kementerian Luar
// Korea Utara", "Persatuan Bola Sepak Selangor", "Kementerian Pelancongan, Seni dan Budaya").
// The tail takes known places and bodies and capitalised words on the same line; it stops
// before an honorific and its name, and before a run of unknown names after a place (a person:
// "Persatuan Bola Sepak Selangor Subahan Kamal"). Some heads need the right word after them:
// "Kerajaan" only as Kerajaan Negeri or Kerajaan Persekutuan; "Majlis" before a nominalised
// verb is a ceremony (Majlis Perasmian), not a council.

import { HAS_ENCLITIC } from '../../tokenize/columns.js';
import { honorificBeforeName, isNameWord, isUpperStart, MAX_TAIL_TOKENS, mention, type SentenceCtx, sameLine } from '../context.js';
import type { Mention } from '../mention.js';
import { longestPhrase } from '../words.js';

/** Nominalised verbs after "Majlis" make it a ceremony, not a council: Majlis Penyampaian, Majlis Perasmian. */
const isEventNoun = (lower: string): boolean => /^(pe|pen|pem|peng|peny|per)[a-z]+an$/.test(lower) && !lower.startsWith('perbandaran');

/** An organisation head noun at k and its proper-name tail. */
export function orgHeadPattern(ctx: SentenceCtx, k: number): Mention | undefined {
  const { text, cols, words } = ctx;
  if (!isUpperStart(cols, k)) return undefined;
  const head = longestPhrase(words.orgHeads, text, cols, k, ctx.end, ctx.starts);
  if (!head || head.viaStem) return undefined;
  const headWord = cols.texts[k]!;
  // (read within the tokens only: a head noun ending the text read tokens[length], an "out of
  // bounds" deopt)
  const first = head.end;
  if (head.end === k + 1 && first < cols.size) {
    // "Kerajaan" heads a body only as Kerajaan Negeri / Kerajaan Persekutuan (ANNOTATION: "kerajaan Malaysia" is LOC)
    if (headWord === 'Kerajaan' && cols.texts[first] !== 'Negeri' && cols.texts[first] !== 'Persekutuan') return undefined;
    if (headWord === 'Majlis' && isEventNoun(cols.norms[first]!)) return undefined;
  }
  let p = head.end;
  let sawPlace = false;
  const tailEnd = Math.min(ctx.end, head.end + MAX_TAIL_TOKENS);
  while (p < tailEnd) {
    if (!sameLine(text, cols, p - 1, p)) break;
    const at = p;
    const g = ctx.gazAt.at(p);
    if (g && g.candidates[0]?.label !== 'PER' && isUpperStart(cols, at)) {
      sawPlace = sawPlace || g.candidates[0]?.label === 'LOC';
      p = g.tokenEnd;
      if (g.end !== cols.ends[g.tokenEnd - 1]!) break; // ended at a stem: the clitic closes the name
      continue;
    }
    if (honorificBeforeName(ctx, p)) break;
    if (isNameWord(cols, at) && cols.kinds[at]! === 'word') {
      // after a place, a run of unknown names is a person: Persatuan Bola Sepak Selangor Subahan Kamal
      if (sawPlace && !ctx.lex.lowercase(p) && p + 1 < ctx.end && isNameWord(cols, p + 1) && !ctx.lex.lowercase(p + 1)) break;
      p++;
      if ((cols.flags[at]! & HAS_ENCLITIC) !== 0) break;
      continue;
    }
    if ((cols.texts[at]! === ',' || cols.texts[at]! === 'dan' || cols.texts[at]! === '&') && p + 1 < ctx.end && p > head.end) {
      if (
        isUpperStart(cols, p + 1) &&
        cols.kinds[p + 1]! === 'word' &&
        (ctx.lex.portfolio(p + 1) || cols.texts[at]! !== ',') &&
        !honorificBeforeName(ctx, p + 1)
      ) {
        p += 2;
        continue;
      }
    }
    break;
  }
  if (p === head.end) return undefined;
  return mention(ctx, k, p, 'ORG', 'org-head', 0.8);
}
