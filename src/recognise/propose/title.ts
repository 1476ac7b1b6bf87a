// Titles: a chain of honorifics and roles before a name makes the name a person, the title left
// outside the span: "Presiden Rusia, Vladimir Putin", "Timbalan Menterinya Teo Nie Ching",
// "Datuk Seri Najib Tun Razak". A role takes its complement into the title (a place, a body,
// portfolio words: "Ketua Pegawai Eksekutif MDEC", "Menteri Pelancongan, Seni dan Budaya"), and
// a body found there, or between commas before the name ("..., Deutsche Post DHL Group,
// Alexander Pilar"), is proposed as an ORG too. A role before a known place or body names no
// person: "Menteri Kewangan Malaysia".

import type { GazetteerMatch } from '../../gazetteer/index.js';
import { isAllCaps, isNameWord, isUpperStart, mention, nameRun, personShaped, type SentenceCtx, sameLine } from '../context.js';
import type { Mention } from '../mention.js';
import { longestPhrase } from '../words.js';
import { orgHeadPattern } from './org-head.js';

/** A gazetteer match at k whose best candidate is a place or organisation. */
function gazPlaceOrOrg(ctx: SentenceCtx, k: number): GazetteerMatch | undefined {
  const g = ctx.gazAt.at(k);
  if (!g || g.end !== ctx.cols.ends[g.tokenEnd - 1]!) return undefined;
  const best = g.candidates[0];
  return best && best.label !== 'PER' ? g : undefined;
}

/** A role's complement at p: a place or body (Presiden Rusia, Ketua Pegawai Eksekutif MDEC), or portfolio words. */
function complementAt(ctx: SentenceCtx, p: number): number {
  const { cols, words } = ctx;
  const g = gazPlaceOrOrg(ctx, p);
  if (g) return g.tokenEnd;
  const org = orgHeadPattern(ctx, p);
  if (org) return org.tokenEnd;
  if (
    isUpperStart(cols, p) &&
    cols.kinds[p]! === 'word' &&
    (ctx.lex.portfolio(p) || words.orgModifiers.has(cols.texts[p]!) || (isAllCaps(cols, p) && cols.texts[p]!.length <= 6))
  )
    return p + 1;
  return p;
}

/** What titlePattern found: one shape for every result (mention undefined when no name follows). */
export interface TitleResult {
  readonly mention: Mention | undefined;
  readonly bodies: Mention[];
  readonly end: number;
}

/**
 * A title chain at k (honorifics and roles, with a role's complement: place, body, portfolio)
 * and the name after it. Returns the PER mention and where the title chain ended.
 */
export function titlePattern(ctx: SentenceCtx, k: number): TitleResult | undefined {
  const { text, cols, words } = ctx;
  // asked at every capitalised word: no title can start here, so nothing to set up
  if ((ctx.starts[k]! & words.titles.bit) === 0) return undefined;
  const bodies: Mention[] = [];
  let p = k;
  let sawTitle = false;
  let inRole = false;
  let roleOnly = true;
  let lastKind: 'role' | 'honorific' = 'role';
  const titleAt = (q: number) =>
    q < ctx.end && isUpperStart(cols, q) ? longestPhrase(words.titles, text, cols, q, ctx.end, ctx.starts) : undefined;
  // whether token q is the one-character mark `code` ('(' 40, ')' 41, ',' 44), false past the
  // last token: a read past the end of the array (the `tokens[q]?.text === ','` this replaces)
  // threw this function's optimised code away once per place it happened ("out of bounds":
  // three recompiles of it in a fresh pass over the corpus), and comparing the texts as strings
  // once more when a text of another string type came
  const markAt = (q: number, code: number): boolean => {
    if (q >= cols.size) return false;
    const s = cols.texts[q]!;
    return s.length === 1 && s.charCodeAt(0) === code;
  };
  for (let guard = 0; p < ctx.end && guard < 40; guard++) {
    const m = titleAt(p);
    if (m) {
      sawTitle = true;
      inRole = m.value.kind === 'role' && !m.viaStem; // "Menterinya": the clitic closes the title
      lastKind = m.value.kind;
      if (m.value.kind === 'honorific') roleOnly = false;
      p = m.end;
      continue;
    }
    if (!sawTitle) break;
    // "Naib Pengerusi Eksekutif dan Pengarah Urusan", "Raja Perlis, Tuanku ..."
    if ((cols.texts[p]! === 'dan' || cols.texts[p]! === ',') && titleAt(p + 1)) {
      p++;
      continue;
    }
    if (!inRole) break;
    const c = complementAt(ctx, p);
    if (c > p) {
      const body = orgHeadPattern(ctx, p);
      if (body && body.tokenEnd === c) bodies.push(body);
      p = c;
      // an acronym in brackets after the body: (MDEC)
      if (markAt(p, 40) && markAt(p + 2, 41)) p += 3;
      continue;
    }
    if ((cols.texts[p]! === ',' || cols.texts[p]! === 'dan' || cols.texts[p]! === '&') && p + 1 < ctx.end) {
      if (isUpperStart(cols, p + 1) && cols.kinds[p + 1]! === 'word' && ctx.lex.portfolio(p + 1)) {
        p += 2;
        continue;
      }
      // an appositive body between commas: "..., Deutsche Post DHL Group, Alexander Pilar"
      if (cols.texts[p]! === ',') {
        const c2 = complementAt(ctx, p + 1);
        if (c2 > p + 1 && markAt(c2, 44)) {
          p = c2;
          continue;
        }
      }
    }
    break;
  }
  if (!sawTitle) return undefined;
  // the name, possibly after an appositive body: "..., Deutsche Post DHL Group, Alexander Pilar"
  for (let guard = 0; guard < 4; guard++) {
    let q = p;
    if (q < ctx.end && cols.texts[q]! === ',' && q + 1 < ctx.end && isNameWord(cols, q + 1)) q++;
    if (q >= ctx.end || !sameLine(text, cols, p > k ? p - 1 : p, q)) return { mention: undefined, bodies, end: p };
    const n = nameRun(ctx, q);
    if (n === q) return { mention: undefined, bodies, end: p };
    // a role before a known place or body is no person: "Menteri Kewangan Malaysia"
    const g = ctx.gazAt.at(q);
    const known = g && g.tokenEnd >= n && g.candidates[0]?.label !== 'PER';
    if (!known && personShaped(ctx, q, n, lastKind)) {
      const score = roleOnly ? 0.85 : 0.9;
      return { mention: mention(ctx, q, n, 'PER', 'title', score), bodies, end: p };
    }
    // not a person: a body between commas, then look again for the name
    if (!markAt(n, 44) || !inRole) return { mention: undefined, bodies, end: known ? g!.tokenEnd : p };
    if (!known) bodies.push(mention(ctx, q, n, 'ORG', 'context', 0.5));
    p = n;
  }
  return { mention: undefined, bodies, end: p };
}
