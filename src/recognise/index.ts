// Recognition: proposes entity mentions from several recognisers, then keeps a
// non-overlapping set by named policies (resolve.ts). Gazetteers support; context finds:
//   dateline     the place of a dateline is a LOC (PYONGYANG, 21 JAN –)
//   title        titles and roles before a name make it PER, the title outside the span
//                (Presiden Rusia, Vladimir Putin; Timbalan Menterinya Teo Nie Ching)
//   org-head     a head noun and its proper-name tail make an ORG (Kementerian Luar Korea Utara)
//   place-head   a place noun and its name make a LOC (Stadium Shah Alam, Kampung Baru)
//   gazetteer    lexicon aliases, longest match, case-sensitive
//   acronym      an unknown ALL-CAPS word is an ORG (UMNO, SPR, PDRM)
//   company      a capitalised run ending in Sdn Bhd / Berhad / Inc. is an ORG
//   name-shape   an unknown capitalised run of words that are not ordinary Malay words is a
//                person (Rosmah Mansor, Ng Wan Peng); other unknown capitalised runs get a
//                label from their context (a location cue before it, an ORG or LOC word in it)
// In-document chains (a later "Putin" for "Vladimir Putin") are the linker's (src/link).

import type { Gazetteer, GazetteerMatch } from '../gazetteer/index.js';
import { matchGazetteer } from '../gazetteer/index.js';
import type { EntityLabel, Segmentation, Token } from '../types.js';
import { resolveOverlaps } from './resolve.js';
import { INNER_NAME_TITLES, LOCATION_CUES, isCommonWord, isLowercaseUsage, longestPhrase, type WordKnowledge } from './words.js';

export type Recogniser = 'dateline' | 'title' | 'org-head' | 'place-head' | 'gazetteer' | 'acronym' | 'company' | 'name-shape' | 'context';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly label: EntityLabel;
  readonly by: Recogniser;
  readonly score: number;
  /** The gazetteer alias that matched, when the lexicon knows the mention. */
  readonly alias?: string;
  /** Lexicon id chosen for this mention. */
  readonly kb?: string;
  /** A name to link to, when the recogniser knows it better than the surface (KUALA LUMPUR -> Kuala Lumpur). */
  readonly canonical?: string;
}

export interface RecogniserResources {
  readonly gazetteer: Gazetteer;
  readonly words: WordKnowledge;
}

const isUpperStart = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return t.text.length > 1 && /^[0-9]+[A-Z]/.test(t.text); // 1MDB
  return c > 127 && t.text[0] !== t.text[0]!.toLowerCase();
};
const isAllCaps = (t: Token): boolean => {
  let letters = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
};
/** A capitalised word token that can be part of a name. */
const isNameWord = (t: Token): boolean =>
  (t.kind === 'word' || (t.kind === 'abbreviation' && /^[A-Z]\.$/.test(t.text))) && isUpperStart(t);
const lowerOf = (t: Token): string => (t.stem ?? t.norm).replace(/\.$/, '');

/** Whether tokens a and b are on the same line. */
function sameLine(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (gap.includes('\n')) return false;
  }
  return true;
}

interface SentenceCtx {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  readonly words: WordKnowledge;
  /** Gazetteer matches by their first token. */
  readonly gazAt: ReadonlyMap<number, GazetteerMatch>;
  /** Tokens inside date/time/money units. */
  readonly inUnit: Uint8Array;
}

function mention(ctx: SentenceCtx, a: number, b: number, label: EntityLabel, by: Recogniser, score: number, extra: Partial<Mention> = {}): Mention {
  return { start: ctx.tokens[a]!.start, end: ctx.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b, label, by, score, ...extra };
}

/** A gazetteer match at k whose best candidate is a place or organisation. */
function gazPlaceOrOrg(ctx: SentenceCtx, k: number): GazetteerMatch | undefined {
  const g = ctx.gazAt.get(k);
  if (!g || g.end !== ctx.tokens[g.tokenEnd - 1]!.end) return undefined;
  const best = g.candidates[0];
  return best && best.label !== 'PER' ? g : undefined;
}

/** Tokens of a person's name from k: capitalised words, particles, initials, inner titles. */
function nameRun(ctx: SentenceCtx, k: number): number {
  const { tokens, words } = ctx;
  let q = k;
  let last = k;
  while (q < ctx.end) {
    const t = tokens[q]!;
    if (q > k && !sameLine(ctx.text, tokens, q - 1, q)) break;
    if (ctx.inUnit[q]) break;
    if (isNameWord(t) && !longestPhrase(words.titles, ctx.text, tokens, q, ctx.end) ) {
      q++;
      last = q;
      continue;
    }
    // inner titles and particles need a name word after them: Najib Tun Razak, Ali bin Abu
    if (q > k && (words.particles.has(t.text) || INNER_NAME_TITLES.has(t.text)) && q + 1 < ctx.end && isNameWord(tokens[q + 1]!)) {
      q++;
      continue;
    }
    // hyphen glued between two name parts (Jean-Claude)
    if (q > k && t.text === '-' && tokens[q - 1]!.end === t.start && q + 1 < ctx.end && tokens[q + 1]!.start === t.end && isNameWord(tokens[q + 1]!)) {
      q++;
      continue;
    }
    // particles that open a name: Mohd, Syed, Wan, Nik, Che
    if (q === k && words.particles.has(t.text) && q + 1 < ctx.end && isNameWord(tokens[q + 1]!)) {
      q++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * A title chain at k (honorifics and roles, with a role's complement: place, portfolio) and
 * the name after it. Returns the PER mention and where the title chain ended.
 */
function titlePattern(ctx: SentenceCtx, k: number): { mention?: Mention; end: number } | undefined {
  const { text, tokens, words } = ctx;
  let p = k;
  let sawTitle = false;
  let inRole = false;
  let roleOnly = true;
  for (let guard = 0; p < ctx.end && guard < 40; guard++) {
    const m = longestPhrase(words.titles, text, tokens, p, ctx.end);
    if (m && isUpperStart(tokens[p]!)) {
      sawTitle = true;
      inRole = m.value.kind === 'role';
      if (m.value.kind === 'honorific') roleOnly = false;
      p = m.end;
      // "Menterinya": the clitic closes the title
      if (m.viaStem) inRole = false;
      continue;
    }
    if (!inRole) break;
    const t = tokens[p]!;
    // a role's complement: a place or body (Presiden Rusia, Menteri Besar Selangor) ...
    const g = gazPlaceOrOrg(ctx, p);
    if (g) {
      p = g.tokenEnd;
      continue;
    }
    // ... or portfolio words (Menteri Pelancongan, Kesenian dan Kebudayaan)
    if (isUpperStart(t) && t.kind === 'word' && (isLowercaseUsage(lowerOf(t)) || words.orgModifiers.has(t.text))) {
      p++;
      continue;
    }
    if ((t.text === ',' || t.text === 'dan' || t.text === '&') && p + 1 < ctx.end) {
      const n = tokens[p + 1]!;
      if (isUpperStart(n) && n.kind === 'word' && isLowercaseUsage(lowerOf(n)) && !longestPhrase(words.titles, text, tokens, p + 1, ctx.end)) {
        p += 2;
        continue;
      }
    }
    break;
  }
  if (!sawTitle) return undefined;
  let q = p;
  if (q < ctx.end && tokens[q]!.text === ',' && q + 1 < ctx.end && isNameWord(tokens[q + 1]!)) q++;
  if (q >= ctx.end || !sameLine(text, tokens, p > k ? p - 1 : p, q)) return { end: p };
  const n = nameRun(ctx, q);
  if (n === q) return { end: p };
  // a role alone before a capitalised body is no person: "Menteri Kewangan Malaysia" ends in a place
  const g = ctx.gazAt.get(q);
  if (g && g.tokenEnd >= n && g.candidates[0]?.label !== 'PER') return { end: p };
  const score = roleOnly ? 0.85 : 0.9;
  return { mention: mention(ctx, q, n, 'PER', 'title', score), end: p };
}

/** An organisation head noun at k and its proper-name tail. */
function orgHeadPattern(ctx: SentenceCtx, k: number): Mention | undefined {
  const { text, tokens, words } = ctx;
  if (!isUpperStart(tokens[k]!)) return undefined;
  const head = longestPhrase(words.orgHeads, text, tokens, k, ctx.end);
  if (!head || head.viaStem) return undefined;
  let p = head.end;
  let sawPlace = false;
  while (p < ctx.end) {
    if (!sameLine(text, tokens, p - 1, p)) break;
    const t = tokens[p]!;
    const g = ctx.gazAt.get(p);
    if (g && g.candidates[0]?.label !== 'PER' && isUpperStart(t)) {
      sawPlace = sawPlace || g.candidates[0]?.label === 'LOC';
      p = g.tokenEnd;
      if (g.end !== tokens[g.tokenEnd - 1]!.end) break; // ended at a stem: the clitic closes the name
      continue;
    }
    if (longestPhrase(words.titles, text, tokens, p, ctx.end)?.value.kind === 'honorific') break;
    if (isNameWord(t) && t.kind === 'word') {
      // after a place, a run of unknown names is a person: Persatuan Bola Sepak Selangor Subahan Kamal
      if (sawPlace && !isCommonWord(lowerOf(t)) && p + 1 < ctx.end && isNameWord(tokens[p + 1]!) && !isCommonWord(lowerOf(tokens[p + 1]!))) break;
      p++;
      if (t.clitics?.some((c) => c.position === 'enclitic')) break;
      continue;
    }
    if ((t.text === ',' || t.text === 'dan' || t.text === '&') && p + 1 < ctx.end && p > head.end) {
      const n = tokens[p + 1]!;
      if (isUpperStart(n) && n.kind === 'word' && (isLowercaseUsage(lowerOf(n)) || t.text !== ',')) {
        p += 2;
        continue;
      }
    }
    // "Isteri-isteri": a reduplicated word written with a capital first part
    break;
  }
  if (p === head.end) return undefined;
  return mention(ctx, k, p, 'ORG', 'org-head', 0.8);
}

/** A place head noun at k and its name: Stadium Shah Alam, Kampung Baru, Hospital Pakar Ampang Puteri. */
function placeHeadPattern(ctx: SentenceCtx, k: number): Mention | undefined {
  const { text, tokens, words } = ctx;
  if (!isUpperStart(tokens[k]!)) return undefined;
  const head = longestPhrase(words.placeHeads, text, tokens, k, ctx.end);
  if (!head || head.viaStem) return undefined;
  let p = head.end;
  while (p < ctx.end && sameLine(text, tokens, p - 1, p)) {
    const t = tokens[p]!;
    const g = ctx.gazAt.get(p);
    if (g && isUpperStart(t) && g.candidates[0]?.label !== 'PER') {
      p = g.tokenEnd;
      continue;
    }
    if (isNameWord(t) && t.kind === 'word' && !longestPhrase(words.titles, text, tokens, p, ctx.end)) {
      p++;
      continue;
    }
    break;
  }
  if (p === head.end) return undefined;
  return mention(ctx, k, p, 'LOC', 'place-head', 0.7);
}

/** An unknown capitalised run from k, classified by its shape and context. */
function capitalisedRun(ctx: SentenceCtx, k: number): { mention?: Mention; end: number } {
  const { tokens, words } = ctx;
  const t0 = tokens[k]!;
  // acronym: UMNO, SPR, 1MDB
  if (isAllCaps(t0) && t0.kind === 'word' && t0.text.length <= 8 && !longestPhrase(words.titles, ctx.text, tokens, k, ctx.end)) {
    const next = tokens[k + 1];
    const headline = next !== undefined && isAllCaps(next) && isCommonWord(next.norm);
    if (!headline && !(k === ctx.start && isCommonWord(t0.norm))) return { mention: mention(ctx, k, k + 1, 'ORG', 'acronym', 0.6), end: k + 1 };
  }
  const n = nameRun(ctx, k);
  if (n === k) return { end: k + 1 };
  const run = tokens.slice(k, n);
  const content = run.filter((t) => isNameWord(t) && !words.particles.has(t.text));
  const commonCount = content.filter((t) => isCommonWord(lowerOf(t))).length;
  // company: ... Sdn Bhd / Berhad / Inc.
  const suffix = n < ctx.end ? longestPhrase(words.orgSuffixes, ctx.text, tokens, n, ctx.end) : undefined;
  if (suffix) return { mention: mention(ctx, k, suffix.end, 'ORG', 'company', 0.75), end: suffix.end };
  // sentence-initial ordinary word: not a name on its own
  if (k === ctx.start && isCommonWord(lowerOf(t0))) {
    return { end: k + 1 };
  }
  if (content.length >= 2 && commonCount === 0) return { mention: mention(ctx, k, n, 'PER', 'name-shape', 0.6), end: n };
  if (content.length === 1) {
    const lower = lowerOf(t0);
    if (isCommonWord(lower)) return { end: n };
    const prev = k > ctx.start ? tokens[k - 1]! : undefined;
    if (prev && LOCATION_CUES.has(prev.norm)) return { mention: mention(ctx, k, n, 'LOC', 'context', 0.45), end: n };
    return { mention: mention(ctx, k, n, 'PER', 'name-shape', 0.4), end: n };
  }
  // a mixed run of ordinary and unknown words: a body or a place without a head noun
  if (commonCount < content.length) return { mention: mention(ctx, k, n, 'ORG', 'context', 0.35), end: n };
  return { end: n };
}

/** The mentions of a segmented text, non-overlapping, in text order. */
export function recognise(text: string, seg: Segmentation, res: RecogniserResources): Mention[] {
  const { tokens, sentences, units } = seg;
  const gaz = matchGazetteer(text, tokens, res.gazetteer);
  const gazAt = new Map<number, GazetteerMatch>();
  for (const g of gaz) gazAt.set(g.tokenStart, g);
  const inUnit = new Uint8Array(tokens.length);
  for (const u of units) if (u.kind !== 'dateline') for (let k = u.tokenStart; k < u.tokenEnd; k++) inUnit[k] = 1;

  const proposals: Mention[] = [];
  // dateline places
  for (const u of units) {
    if (u.kind !== 'dateline') continue;
    let a = u.tokenStart;
    while (tokens[a]!.start < u.place.start) a++;
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= u.place.end) b++;
    const g = gazAt.get(a);
    const extra: Partial<Mention> = g && g.tokenEnd === b ? { alias: g.alias } : {};
    proposals.push({ start: u.place.start, end: u.place.end, tokenStart: a, tokenEnd: b, label: 'LOC', by: 'dateline', score: 0.95, ...extra });
  }
  // gazetteer
  for (const g of gaz) {
    const best = g.candidates[0];
    if (!best) continue;
    const t = tokens[g.tokenStart]!;
    if (!isUpperStart(t)) continue;
    // an alias that is also an ordinary word needs more than a capital at a sentence start
    const ambiguous = g.candidates.every((c) => c.ambiguous);
    const sentenceStart = sentences.some((s) => s.tokenStart === g.tokenStart);
    if (ambiguous && (sentenceStart || g.tokenEnd - g.tokenStart === 1)) {
      const prev = tokens[g.tokenStart - 1];
      if (!prev || !LOCATION_CUES.has(prev.norm)) continue;
    }
    if (g.caseFolded && g.tokenEnd - g.tokenStart === 1 && isCommonWord(t.norm)) continue;
    proposals.push({ start: g.start, end: g.end, tokenStart: g.tokenStart, tokenEnd: g.tokenEnd, label: best.label, by: 'gazetteer', score: 0.9, alias: g.alias, kb: best.id });
  }
  // patterns, sentence by sentence
  for (const s of sentences) {
    const ctx: SentenceCtx = { text, tokens, start: s.tokenStart, end: s.tokenEnd, words: res.words, gazAt, inUnit };
    for (let k = s.tokenStart; k < s.tokenEnd; ) {
      const t = tokens[k]!;
      if (inUnit[k] || !isUpperStart(t)) {
        k++;
        continue;
      }
      const title = titlePattern(ctx, k);
      if (title) {
        if (title.mention) {
          proposals.push(title.mention);
          k = title.mention.tokenEnd;
        } else k = Math.max(title.end, k + 1);
        continue;
      }
      const org = orgHeadPattern(ctx, k);
      if (org) proposals.push(org);
      const place = placeHeadPattern(ctx, k);
      if (place) proposals.push(place);
      if (org || place) {
        k++;
        continue;
      }
      const g = gazAt.get(k);
      if (g && g.candidates.length > 0) {
        k = g.tokenEnd;
        continue;
      }
      const run = capitalisedRun(ctx, k);
      if (run.mention) proposals.push(run.mention);
      k = Math.max(run.end, k + 1);
    }
  }
  return resolveOverlaps(proposals);
}
