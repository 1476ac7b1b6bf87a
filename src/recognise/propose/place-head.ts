// Place head nouns: a place noun and its name make a LOC ("Stadium Shah Alam", "Kampung Baru",
// "Hospital Pakar Ampang Puteri"). The name takes known places and bodies and capitalised words
// on the same line, up to an honorific and its name. Where a word heads both a place and a body,
// the longer head decides (index.ts: "Pusat Komuniti" is a place).

import { honorificBeforeName, isNameWord, isUpperStart, MAX_TAIL_TOKENS, mention, type SentenceCtx, sameLine } from '../context.js';
import type { Mention } from '../mention.js';
import { longestPhrase } from '../words.js';

/** A place head noun at k and its name: Stadium Shah Alam, Kampung Baru, Hospital Pakar Ampang Puteri. */
export function placeHeadPattern(ctx: SentenceCtx, k: number): Mention | undefined {
  const { text, cols, words } = ctx;
  if (!isUpperStart(cols, k)) return undefined;
  const head = longestPhrase(words.placeHeads, text, cols, k, ctx.end, ctx.starts);
  if (!head || head.viaStem) return undefined;
  let p = head.end;
  const tailEnd = Math.min(ctx.end, head.end + MAX_TAIL_TOKENS);
  while (p < tailEnd && sameLine(text, cols, p - 1, p)) {
    const at = p;
    const g = ctx.gazAt.at(p);
    if (g && isUpperStart(cols, at) && g.candidates[0]?.label !== 'PER') {
      p = g.tokenEnd;
      continue;
    }
    if (honorificBeforeName(ctx, p)) break;
    if (isNameWord(cols, at) && cols.kinds[at]! === 'word') {
      p++;
      continue;
    }
    break;
  }
  if (p === head.end) return undefined;
  return mention(ctx, k, p, 'LOC', 'place-head', 0.75);
}
