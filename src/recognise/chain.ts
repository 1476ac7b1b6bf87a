// The chain pass: a second pass over the first pass's non-overlapping mentions, with what they
// teach about this document. A person's full name makes its parts names elsewhere ("Jamal" for
// Jamal Md Yunos, "Wan Peng" for Ng Wan Peng); a short form in brackets after a body or place
// names it everywhere (Universiti Selangor (Unisel)); the first words of a body's name stand for
// it (Majlis Keselamatan for Majlis Keselamatan PBB); a compass word alone stands for the place
// it ended ("Utara" for Korea Utara); an acronym spelt out as something that is no entity
// (Perjanjian Perkongsian Trans-Pasifik (TPPA)) is no entity anywhere. A chain mention replaces
// the weak guesses and small places it overlaps, never strong mentions.

import { hasLineBreak } from '../tokenize/chars.js';
import type { Segmentation, Token } from '../types.js';
import { DIRECTION_WORDS, isAllCaps, isNameWord, isUpperStart, type TokenWords, WEAK_PLACE_KINDS } from './context.js';
import { type Mention, newMention, type Recogniser, type RecogniserResources } from './mention.js';
import { INNER_NAME_TITLES, longestPhrase } from './words.js';

const STRONG: ReadonlySet<Recogniser> = new Set(['dateline', 'title', 'org-head', 'place-head', 'company']);

/** The texts of tokens a..b-1 joined by single spaces (a body's name as its prefixes are keyed). */
function joinTexts(tokens: readonly Token[], a: number, b: number): string {
  let s = tokens[a]!.text;
  for (let k = a + 1; k < b; k++) s += ` ${tokens[k]!.text}`;
  return s;
}

/** What the first pass's mentions teach about this document's words (chainPass). */
interface ChainClues {
  /** A word of a person's full name -> the longest such name (Jamal -> Jamal Md Yunos). */
  readonly partOf: ReadonlyMap<string, Mention>;
  /** A short form in brackets after a body or place -> that mention (Universiti Selangor (Unisel)). */
  readonly shortForms: ReadonlyMap<string, Mention>;
  /** The compass word ending a place -> the place (Utara -> Korea Utara). */
  readonly placeByDirection: ReadonlyMap<string, Mention>;
}

// chainPass is cut into phases, each its own function, because of V8: one function of all of
// them took TurboFan 300-480 ms to compile, again after every deoptimisation (six times over the
// corpus in each thread); a deoptimised phase now recompiles alone.
function chainClues(
  seg: Segmentation,
  mentions: readonly Mention[],
  res: RecogniserResources,
  starts: Uint8Array,
  text: string,
  lex: TokenWords,
): ChainClues {
  const { tokens } = seg;
  const partOf = new Map<string, Mention>();
  const shortForms = new Map<string, Mention>();
  // words the first pass used alone as a body or place (Astro): a guessed person's name holding
  // them does not make them names elsewhere
  const aloneAsOther = new Set<string>();
  for (const m of mentions) if (m.label !== 'PER' && m.tokenEnd - m.tokenStart === 1) aloneAsOther.add(tokens[m.tokenStart]!.text);
  const placeByDirection = new Map<string, Mention>();
  for (const m of mentions) {
    const last = tokens[m.tokenEnd - 1]!;
    if (m.label === 'LOC' && m.tokenEnd - m.tokenStart >= 2 && DIRECTION_WORDS.has(last.text) && last.text !== 'Laut')
      placeByDirection.set(last.text, m);
  }
  const holdsAloneWord = (m: Mention): boolean => {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (aloneAsOther.has(tokens[k]!.text)) return true;
    return false;
  };
  for (const m of mentions) {
    if (m.label === 'PER' && m.tokenEnd - m.tokenStart >= 2 && !(m.by === 'name-shape' && holdsAloneWord(m))) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const t = tokens[k]!;
        if (!isNameWord(t) || res.words.particles.has(t.text) || t.text.length < 2 || INNER_NAME_TITLES.has(t.text) || lex.lowercase(k))
          continue;
        if (longestPhrase(res.words.titles, text, tokens, k, k + 1, starts)) continue;
        const prev = partOf.get(t.text);
        if (!prev || prev.tokenEnd - prev.tokenStart < m.tokenEnd - m.tokenStart) partOf.set(t.text, m);
      }
    }
    // "Full Name (Short)": the short form names the same entity
    const open = tokens[m.tokenEnd];
    const inner = tokens[m.tokenEnd + 1];
    const close = tokens[m.tokenEnd + 2];
    if (
      open?.text === '(' &&
      close?.text === ')' &&
      inner &&
      isUpperStart(inner) &&
      m.label !== 'PER' &&
      m.tokenEnd - m.tokenStart >= 2 &&
      !res.words.nonEntities.has(inner.text) &&
      m.score >= 0.7
    ) {
      shortForms.set(inner.text, m);
    }
  }
  return { partOf, shortForms, placeByDirection };
}

/** The mentions less the acronyms spelt out as something that is no entity: "Perjanjian ... (TPPA)", "GST (Cukai Barangan dan Perkhidmatan)". */
function withoutNonEntityAcronyms(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  // no acronym guessed: none to drop, no pass over the tokens
  let acronyms = false;
  for (const m of mentions) if (m.by === 'acronym') acronyms = true;
  if (!acronyms) return mentions.slice();
  const mentionEndingAt = new Set<number>();
  for (const m of mentions) mentionEndingAt.add(m.tokenEnd);
  const notEntities = new Set<string>();
  for (let k = 0; k + 2 < tokens.length; k++) {
    const acr = tokens[k + 1]!;
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !isAllCaps(acr)) continue;
    if (!mentionEndingAt.has(k) && k > 0 && isUpperStart(tokens[k - 1]!)) notEntities.add(acr.text);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.by === 'acronym' && notEntities.has(text.slice(m.start, m.end))) continue;
    out.push(m);
  }
  return out;
}

/**
 * The first words of a body's name, which stand for it (Majlis Keselamatan (PBB)): prefix text ->
 * body (`byText`), and for each prefix's first word the token counts of its prefixes, as bits
 * (`lengths`: bit L for L tokens), so that bodyPrefixAt joins and looks up only the lengths some
 * prefix has (a join and a look-up of each of five lengths cost ~2 us a capitalised word that
 * begins a prefix). A token's text holds no space (the scanner's tokens are atoms): a key of L
 * tokens starting with word w can only be met as the join of L tokens starting with w.
 */
interface BodyPrefixes {
  readonly byText: ReadonlyMap<string, Mention>;
  readonly lengths: ReadonlyMap<string, number>;
}

function bodyPrefixesOf(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  res: RecogniserResources,
  starts: Uint8Array,
): BodyPrefixes {
  const byText = new Map<string, Mention>();
  const lengths = new Map<string, number>();
  for (const m of mentions) {
    if (m.label !== 'ORG' || m.tokenEnd - m.tokenStart < 3) continue;
    for (let e = m.tokenEnd - 1; e >= m.tokenStart + 2; e--) {
      // no head noun within [start, e): none within a shorter prefix either
      if (!longestPhrase(res.words.orgHeads, text, tokens, m.tokenStart, e, starts)) break;
      byText.set(joinTexts(tokens, m.tokenStart, e), m);
      const first = tokens[m.tokenStart]!.text;
      const n = e - m.tokenStart;
      // (bodyPrefixAt tries at most 6 tokens: a longer prefix needs no bit, its first word still counts)
      lengths.set(first, (lengths.get(first) ?? 0) | (n <= MAX_PREFIX_TOKENS ? 1 << n : 0));
    }
  }
  return { byText, lengths };
}

/** The longest body prefix bodyPrefixAt tries, in tokens. */
const MAX_PREFIX_TOKENS = 6;

/** The body prefix starting at token k (longest first), outside the body itself, with its end. */
function bodyPrefixAt(text: string, tokens: readonly Token[], k: number, prefixes: BodyPrefixes): Mention | undefined {
  const lengths = prefixes.lengths.get(tokens[k]!.text) ?? 0;
  for (let e = Math.min(tokens.length, k + MAX_PREFIX_TOKENS); e >= k + 2; e--) {
    // no prefix of this many tokens starts with this word: its look-up would find nothing
    if ((lengths & (1 << (e - k))) === 0) continue;
    const body = prefixes.byText.get(joinTexts(tokens, k, e));
    if (body && !(k >= body.tokenStart && k < body.tokenEnd)) {
      const after = tokens[e];
      // a name word right after it on the same line: a longer name, not the body's short form
      if (after && isNameWord(after) && !hasLineBreak(text, tokens[e - 1]!.end, after.start)) return undefined;
      return newMention(
        tokens[k]!.start,
        tokens[e - 1]!.end,
        k,
        e,
        'ORG',
        'chain',
        0.75,
        undefined,
        undefined,
        text.slice(body.start, body.end),
      );
    }
  }
  return undefined;
}

/** The run of parts of a person's full name starting at token k (Wan Peng for Ng Wan Peng), or undefined. */
function namePartsAt(
  text: string,
  tokens: readonly Token[],
  k: number,
  full: Mention,
  clues: ChainClues,
  res: RecogniserResources,
): Mention {
  // the longest run of parts of the same full name: Wan Peng; never longer than the name
  // itself (unbounded, "A. A. A. ..." made one mention of the whole text, quadratic in link)
  let e = k + 1;
  const maxEnd = Math.min(tokens.length, k + (full.tokenEnd - full.tokenStart));
  while (e < maxEnd && clues.partOf.get(tokens[e]!.text) === full && !hasLineBreak(text, tokens[e - 1]!.end, tokens[e]!.start)) e++;
  // a particle written before it that the full name also has: Wan Peng (Ng Wan Peng)
  let b = k;
  const fullText = text.slice(full.start, full.end);
  while (b > 0 && res.words.particles.has(tokens[b - 1]!.text) && fullText.includes(`${tokens[b - 1]!.text} ${tokens[b]!.text}`)) b--;
  return newMention(tokens[b]!.start, tokens[e - 1]!.end, b, e, 'PER', 'chain', 0.75, undefined, undefined, fullText);
}

/** The chain mentions: words and phrases that stand for a mention of the first pass elsewhere in the text. */
function chainMentions(
  text: string,
  tokens: readonly Token[],
  clues: ChainClues,
  bodyPrefixes: BodyPrefixes,
  res: RecogniserResources,
  capital: Uint8Array,
): Mention[] {
  const { partOf, shortForms, placeByDirection } = clues;
  // the words that begin a body's prefix
  const prefixFirstWords = bodyPrefixes.lengths;
  const chained: Mention[] = [];
  // one look-up per name word instead of four: most words start no chain
  const chainWords = new Set<string>(prefixFirstWords.keys());
  for (const w of placeByDirection.keys()) chainWords.add(w);
  for (const w of shortForms.keys()) chainWords.add(w);
  for (const w of partOf.keys()) chainWords.add(w);
  // nothing learnt: no chain anywhere, no pass over the tokens
  if (chainWords.size === 0) return chained;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (capital[k] === 0 || !isNameWord(t) || !chainWords.has(t.text)) continue;
    if (prefixFirstWords.has(t.text)) {
      const body = bodyPrefixAt(text, tokens, k, bodyPrefixes);
      if (body) {
        chained.push(body);
        k = body.tokenEnd - 1;
        continue;
      }
    }
    // "Utara menyediakan senjata": a compass word alone for the place it ended (Korea Utara)
    const place = placeByDirection.get(t.text);
    if (place && !(k >= place.tokenStart && k < place.tokenEnd) && (k === 0 || tokens[k - 1]!.text !== tokens[place.tokenStart]!.text)) {
      chained.push(newMention(t.start, t.end, k, k + 1, 'LOC', 'chain', 0.7, undefined, undefined, text.slice(place.start, place.end)));
      continue;
    }
    const sf = shortForms.get(t.text);
    if (sf) {
      chained.push(newMention(t.start, t.end, k, k + 1, sf.label, 'chain', 0.8, undefined, undefined, text.slice(sf.start, sf.end)));
      continue;
    }
    const full = partOf.get(t.text);
    if (!full || (k >= full.tokenStart && k < full.tokenEnd)) continue;
    const parts = namePartsAt(text, tokens, k, full, clues, res);
    chained.push(parts);
    k = parts.tokenEnd - 1;
  }
  return chained;
}

/** The mentions with the chain mentions merged in: a chain mention replaces weak guesses and small places it overlaps, never strong mentions. */
function mergeChains(
  tokens: readonly Token[],
  out: readonly Mention[],
  chained: readonly Mention[],
  res: RecogniserResources,
  scratch: Int32Array | undefined,
): Mention[] {
  const lexicon = res.gazetteer.lexicon;
  // the longest chain mention over each token, to test overlaps in time linear in the text
  const chainLen = scratch ?? new Int32Array(tokens.length);
  for (const c of chained) for (let k = c.tokenStart; k < c.tokenEnd; k++) chainLen[k] = Math.max(chainLen[k]!, c.tokenEnd - c.tokenStart);
  const kept: Mention[] = [];
  for (const m of out) {
    // the overlap first (array reads), the kind of a gazetteer mention's entry only then
    const len = m.tokenEnd - m.tokenStart;
    let covered = false;
    for (let k = m.tokenStart; k < m.tokenEnd && !covered; k++) covered = chainLen[k]! >= len;
    if (!covered || !weakMention(m, lexicon)) kept.push(m);
  }
  // chainLen's array again, zeroed (one typed array a document, not two: each costs about a microsecond to make)
  const occupied = chainLen.fill(0);
  // loops, not fill(): a span is a few tokens, and each fill() is a call into a builtin
  for (const m of kept) for (let k = m.tokenStart; k < m.tokenEnd; k++) occupied[k] = 1;
  const added: Mention[] = [];
  for (const c of chained) {
    let free = true;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) if (occupied[k]) free = false;
    if (!free) continue;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) occupied[k] = 1;
    added.push(c);
  }
  return mergeByStart(kept, added);
}

/** Whether a chain mention over all of m replaces it: a weak guess, or a small or unknown place. */
function weakMention(m: Mention, lexicon: RecogniserResources['gazetteer']['lexicon']): boolean {
  if (STRONG.has(m.by)) return false;
  if (m.by !== 'gazetteer') return true;
  const kind = m.kb ? lexicon.byId(m.kb)?.kind : undefined;
  return m.label !== 'PER' && (kind === undefined || WEAK_PLACE_KINDS.has(kind));
}

/**
 * Two lists of mentions merged by start, a's first on a tie: what a stable sort of a's then b's
 * gives, without sorting. Both come in text order (b sorted itself if not: it is made in token order,
 * but a person's parts may reach back over particles).
 */
function mergeByStart(a: readonly Mention[], b: Mention[]): Mention[] {
  for (let j = 1; j < b.length; j++) if (b[j]!.start < b[j - 1]!.start) return [...a, ...b].sort((x, y) => x.start - y.start);
  for (let j = 1; j < a.length; j++) if (a[j]!.start < a[j - 1]!.start) return [...a, ...b].sort((x, y) => x.start - y.start);
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The second pass: what the first pass learnt about this document. A person's full name
 * makes its parts names (Jamal -> Jamal Md Yunos, Wan Peng -> Ng Wan Peng); a short form in
 * brackets after a body or place makes that short form a mention everywhere (Universiti
 * Selangor (Unisel), Badan Amal ... (Bakti)); an acronym spelt out as something that is no
 * entity (Perjanjian Perkongsian Trans-Pasifik (TPPA)) is no entity anywhere. `scratch`, if
 * given: a zeroed number for every token, to work in.
 */
export function chainPass(
  text: string,
  seg: Segmentation,
  mentions: readonly Mention[],
  res: RecogniserResources,
  starts: Uint8Array,
  lex: TokenWords,
  capital: Uint8Array,
  scratch?: Int32Array,
): Mention[] {
  const { tokens } = seg;
  const clues = chainClues(seg, mentions, res, starts, text, lex);
  const out = withoutNonEntityAcronyms(text, tokens, mentions);
  const chained = chainMentions(text, tokens, clues, bodyPrefixesOf(text, tokens, mentions, res, starts), res, capital);
  return chained.length === 0 ? out : mergeChains(tokens, out, chained, res, scratch);
}
