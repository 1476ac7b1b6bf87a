// The chain pass: a second pass over the first pass's non-overlapping mentions, with what they
// teach about this document. A person's full name makes its parts names elsewhere ("Jamal" for
// Jamal Md Yunos, "Wan Peng" for Ng Wan Peng); a short form in brackets after a body or place
// names it everywhere (Universiti Selangor (Unisel)); the first words of a body's name stand for
// it (Majlis Keselamatan for Majlis Keselamatan PBB); a compass word alone stands for the place
// it ended ("Utara" for Korea Utara); an acronym spelt out as something that is no entity
// (Perjanjian Perkongsian Trans-Pasifik (TPPA)) is no entity anywhere. A chain mention replaces
// the weak guesses and small places it overlaps, never strong mentions.

import { hasLineBreak } from '../tokenize/chars.js';
import type { TokenColumns } from '../tokenize/columns.js';
import type { Segmentation } from '../types.js';
import { DIRECTION_WORDS, isAllCaps, isNameWord, isUpperStart, type TokenWords, WEAK_PLACE_KINDS } from './context.js';
import { type Mention, newMention, type Recogniser, type RecogniserResources } from './mention.js';
import { INNER_NAME_TITLES, longestPhrase } from './words.js';

const STRONG: ReadonlySet<Recogniser> = new Set(['dateline', 'title', 'org-head', 'place-head', 'company']);

/** The texts of tokens a..b-1 joined by single spaces (a body's name as its prefixes are keyed). */
function joinTexts(cols: TokenColumns, a: number, b: number): string {
  let s = cols.texts[a]!;
  for (let k = a + 1; k < b; k++) s += ` ${cols.texts[k]!}`;
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
  const cols = seg.columns;
  const partOf = new Map<string, Mention>();
  const shortForms = new Map<string, Mention>();
  // words the first pass used alone as a body or place (Astro): a guessed person's name holding
  // them does not make them names elsewhere
  const aloneAsOther = new Set<string>();
  for (const m of mentions) if (m.label !== 'PER' && m.tokenEnd - m.tokenStart === 1) aloneAsOther.add(cols.texts[m.tokenStart]!);
  const placeByDirection = new Map<string, Mention>();
  for (const m of mentions) {
    const last = cols.texts[m.tokenEnd - 1]!;
    if (m.label === 'LOC' && m.tokenEnd - m.tokenStart >= 2 && DIRECTION_WORDS.has(last) && last !== 'Laut') placeByDirection.set(last, m);
  }
  const holdsAloneWord = (m: Mention): boolean => {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (aloneAsOther.has(cols.texts[k]!)) return true;
    return false;
  };
  for (const m of mentions) {
    if (m.label === 'PER' && m.tokenEnd - m.tokenStart >= 2 && !(m.by === 'name-shape' && holdsAloneWord(m))) {
      for (let k = m.tokenStart; k < m.tokenEnd; k++) {
        const t = cols.texts[k]!;
        if (!isNameWord(cols, k) || res.words.particles.has(t) || t.length < 2 || INNER_NAME_TITLES.has(t) || lex.lowercase(k)) continue;
        if (longestPhrase(res.words.titles, text, cols, k, k + 1, starts)) continue;
        const prev = partOf.get(t);
        if (!prev || prev.tokenEnd - prev.tokenStart < m.tokenEnd - m.tokenStart) partOf.set(t, m);
      }
    }
    // "Full Name (Short)": the short form names the same entity
    const inner = m.tokenEnd + 1;
    if (
      cols.texts[m.tokenEnd] === '(' &&
      cols.texts[m.tokenEnd + 2] === ')' &&
      isUpperStart(cols, inner) &&
      m.label !== 'PER' &&
      m.tokenEnd - m.tokenStart >= 2 &&
      !res.words.nonEntities.has(cols.texts[inner]!) &&
      m.score >= 0.7
    ) {
      shortForms.set(cols.texts[inner]!, m);
    }
  }
  return { partOf, shortForms, placeByDirection };
}

/** The mentions less the acronyms spelt out as something that is no entity: "Perjanjian ... (TPPA)", "GST (Cukai Barangan dan Perkhidmatan)". */
function withoutNonEntityAcronyms(text: string, cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  // no acronym guessed: none to drop, no pass over the tokens
  let acronyms = false;
  for (const m of mentions) if (m.by === 'acronym') acronyms = true;
  if (!acronyms) return mentions.slice();
  const mentionEndingAt = new Set<number>();
  for (const m of mentions) mentionEndingAt.add(m.tokenEnd);
  const notEntities = new Set<string>();
  for (let k = 0; k + 2 < cols.size; k++) {
    if (cols.texts[k]! !== '(' || cols.texts[k + 2]! !== ')' || !isAllCaps(cols, k + 1)) continue;
    if (!mentionEndingAt.has(k) && k > 0 && isUpperStart(cols, k - 1)) notEntities.add(cols.texts[k + 1]!);
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
  cols: TokenColumns,
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
      if (!longestPhrase(res.words.orgHeads, text, cols, m.tokenStart, e, starts)) break;
      byText.set(joinTexts(cols, m.tokenStart, e), m);
      const first = cols.texts[m.tokenStart]!;
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
function bodyPrefixAt(text: string, cols: TokenColumns, k: number, prefixes: BodyPrefixes): Mention | undefined {
  const lengths = prefixes.lengths.get(cols.texts[k]!) ?? 0;
  for (let e = Math.min(cols.size, k + MAX_PREFIX_TOKENS); e >= k + 2; e--) {
    // no prefix of this many tokens starts with this word: its look-up would find nothing
    if ((lengths & (1 << (e - k))) === 0) continue;
    const body = prefixes.byText.get(joinTexts(cols, k, e));
    if (body && !(k >= body.tokenStart && k < body.tokenEnd)) {
      // a name word right after it on the same line: a longer name, not the body's short form
      if (e < cols.size && isNameWord(cols, e) && !hasLineBreak(text, cols.ends[e - 1]!, cols.starts[e]!)) return undefined;
      return newMention(
        cols.starts[k]!,
        cols.ends[e - 1]!,
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
function namePartsAt(text: string, cols: TokenColumns, k: number, full: Mention, clues: ChainClues, res: RecogniserResources): Mention {
  // the longest run of parts of the same full name: Wan Peng; never longer than the name
  // itself (unbounded, "A. A. A. ..." made one mention of the whole text, quadratic in link)
  let e = k + 1;
  const maxEnd = Math.min(cols.size, k + (full.tokenEnd - full.tokenStart));
  while (e < maxEnd && clues.partOf.get(cols.texts[e]!) === full && !hasLineBreak(text, cols.ends[e - 1]!, cols.starts[e]!)) e++;
  // a particle written before it that the full name also has: Wan Peng (Ng Wan Peng)
  let b = k;
  const fullText = text.slice(full.start, full.end);
  while (b > 0 && res.words.particles.has(cols.texts[b - 1]!) && fullText.includes(`${cols.texts[b - 1]!} ${cols.texts[b]!}`)) b--;
  return newMention(cols.starts[b]!, cols.ends[e - 1]!, b, e, 'PER', 'chain', 0.75, undefined, undefined, fullText);
}

/** The chain mentions: words and phrases that stand for a mention of the first pass elsewhere in the text. */
function chainMentions(
  text: string,
  cols: TokenColumns,
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
  for (let k = 0; k < cols.size; k++) {
    if (capital[k] === 0 || !isNameWord(cols, k) || !chainWords.has(cols.texts[k]!)) continue;
    if (prefixFirstWords.has(cols.texts[k]!)) {
      const body = bodyPrefixAt(text, cols, k, bodyPrefixes);
      if (body) {
        chained.push(body);
        k = body.tokenEnd - 1;
        continue;
      }
    }
    // "Utara menyediakan senjata": a compass word alone for the place it ended (Korea Utara)
    const place = placeByDirection.get(cols.texts[k]!);
    if (place && !(k >= place.tokenStart && k < place.tokenEnd) && (k === 0 || cols.texts[k - 1]! !== cols.texts[place.tokenStart]!)) {
      chained.push(
        newMention(cols.starts[k]!, cols.ends[k]!, k, k + 1, 'LOC', 'chain', 0.7, undefined, undefined, text.slice(place.start, place.end)),
      );
      continue;
    }
    const sf = shortForms.get(cols.texts[k]!);
    if (sf) {
      chained.push(
        newMention(cols.starts[k]!, cols.ends[k]!, k, k + 1, sf.label, 'chain', 0.8, undefined, undefined, text.slice(sf.start, sf.end)),
      );
      continue;
    }
    const full = partOf.get(cols.texts[k]!);
    if (!full || (k >= full.tokenStart && k < full.tokenEnd)) continue;
    const parts = namePartsAt(text, cols, k, full, clues, res);
    chained.push(parts);
    k = parts.tokenEnd - 1;
  }
  return chained;
}

/** The mentions with the chain mentions merged in: a chain mention replaces weak guesses and small places it overlaps, never strong mentions. */
function mergeChains(
  cols: TokenColumns,
  out: readonly Mention[],
  chained: readonly Mention[],
  res: RecogniserResources,
  scratch: Int32Array | undefined,
): Mention[] {
  const lexicon = res.gazetteer.lexicon;
  // the longest chain mention over each token, to test overlaps in time linear in the text
  const chainLen = scratch ?? new Int32Array(cols.size);
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
  const cols = seg.columns;
  const clues = chainClues(seg, mentions, res, starts, text, lex);
  const out = withoutNonEntityAcronyms(text, cols, mentions);
  const chained = chainMentions(text, cols, clues, bodyPrefixesOf(text, cols, mentions, res, starts), res, capital);
  return chained.length === 0 ? out : mergeChains(cols, out, chained, res, scratch);
}
