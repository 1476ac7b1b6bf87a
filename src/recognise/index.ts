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

import type { GazetteerMatch } from '../gazetteer/index.js';
import { matchGazetteer, mayStartAlias } from '../gazetteer/index.js';
import { hasLineBreak } from '../tokenize/chars.js';
import type { Segmentation, Token } from '../types.js';
import { DIRECTION_WORDS, isAllCaps, isNameWord, isUpperStart, type SentenceCtx, TokenWords, WEAK_PLACE_KINDS } from './context.js';
import { isEnglishSentence } from './language.js';
import { type Mention, newMention, type Proposals, type Recogniser, type RecogniserResources } from './mention.js';
import { capitalisedRun } from './propose/capitalised.js';
import { datelineProposals } from './propose/dateline.js';
import { gazetteerProposals } from './propose/gazetteer.js';
import { caseOfText, lowerCaseMentions } from './propose/lower-case.js';
import { orgHeadPattern } from './propose/org-head.js';
import { placeHeadPattern } from './propose/place-head.js';
import { titlePattern } from './propose/title.js';
import { resolveOverlaps } from './resolve.js';
import { INNER_NAME_TITLES, longestPhrase, phraseStartBits } from './words.js';

export type { Mention, Proposals, Recogniser, RecogniserResources } from './mention.js';
export { newMention } from './mention.js';

/**
 * The pattern proposals of one sentence (titles, head nouns, capitalised runs), pushed to
 * `proposals`. Its own function, not part of recognise(): as one they took TurboFan several
 * hundred ms to compile, again after each deoptimisation.
 */
function patternProposals(ctx: SentenceCtx, letterCase: 'lower' | 'upper' | 'mixed', proposals: Mention[]): void {
  const { text, tokens, inUnit, gazAt, words } = ctx;
  let english: boolean | undefined; // decided only when a guess needs it
  for (let k = ctx.start; k < ctx.end; ) {
    if (inUnit[k] || ctx.capital[k] === 0) {
      k++;
      continue;
    }
    const title = titlePattern(ctx, k);
    if (title) {
      for (const b of title.bodies) proposals.push(b);
      if (title.mention) {
        proposals.push(title.mention);
        k = title.mention.tokenEnd;
      } else k = Math.max(title.end, k + 1);
      continue;
    }
    // an organisation or a place by its head noun; the longer head decides (Pusat Komuniti is a place)
    const orgHead = longestPhrase(words.orgHeads, text, tokens, k, ctx.end, ctx.starts);
    const placeHead = longestPhrase(words.placeHeads, text, tokens, k, ctx.end, ctx.starts);
    const preferPlace = placeHead !== undefined && (orgHead === undefined || placeHead.end > orgHead.end);
    // no head noun at k (most capitalised words): neither pattern can start here
    const headHere = orgHead !== undefined || placeHead !== undefined;
    const headed = !headHere ? undefined : preferPlace ? placeHeadPattern(ctx, k) : (orgHeadPattern(ctx, k) ?? placeHeadPattern(ctx, k));
    if (headed) {
      proposals.push(headed);
      k++;
      continue;
    }
    const g = gazAt[k];
    if (g && g.candidates.length > 0) {
      k = g.tokenEnd;
      continue;
    }
    const run = capitalisedRun(ctx, k, headHere);
    // text all in capitals: every word looks like an acronym or a name, so no guesses there
    if (letterCase === 'upper') {
      k = Math.max(run.end, k + 1);
      continue;
    }
    // in an English sentence only acronyms and company names are trusted from the run guesses
    if (run.mention) {
      const trusted = run.mention.by === 'acronym' || run.mention.by === 'company';
      if (!trusted) english ??= isEnglishSentence(tokens, ctx.start, ctx.end);
      if (trusted || !english) proposals.push(run.mention);
    }
    k = Math.max(run.end, k + 1);
  }
}

/** The mentions of a segmented text, non-overlapping, in text order. */
export function recognise(text: string, seg: Segmentation, res: RecogniserResources): Mention[] {
  return propose(text, seg, res).rules;
}

export function propose(text: string, seg: Segmentation, res: RecogniserResources): Proposals {
  const { tokens, sentences, units } = seg;
  const letterCase = caseOfText(text);
  // text all in lower case has no capitals to go by: only the gazetteer, case-folded, finds names
  if (letterCase === 'lower') {
    const rules = lowerCaseMentions(matchGazetteer(text, tokens, res.gazetteer, true), tokens);
    return { proposals: rules, rules };
  }
  // the byte-per-token arrays share one buffer: each typed array's own costs about a microsecond to allocate
  const n = tokens.length;
  const bytes = new ArrayBuffer(7 * n);
  // what each token's first character says, in one pass over the tokens, not three (the
  // gazetteer's, phraseStarts', the capitals'; recognise ~2% faster, paired A/B): whether it is a
  // capital, which word tries it may start a phrase of, whether it may start a gazetteer alias
  const starts = new Uint8Array(bytes, 2 * n, n);
  const capital = new Uint8Array(bytes, 5 * n, n);
  const aliasStarts = new Uint8Array(bytes, 6 * n, n);
  const { words, gazetteer } = res;
  // (a token's text is its look-up key unless it holds a soft hyphen: asked once of the text)
  const softHyphens = text.includes('\u00ad');
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    starts[k] = phraseStartBits(t, words, softHyphens);
    if (isUpperStart(t)) capital[k] = 1;
    if (mayStartAlias(gazetteer, t)) aliasStarts[k] = 1;
  }
  const gaz = matchGazetteer(text, tokens, gazetteer, false, aliasStarts);
  // by token index: an array, not a Map (asked at almost every capitalised token)
  const gazAt = new Array<GazetteerMatch | undefined>(tokens.length).fill(undefined);
  for (const g of gaz) gazAt[g.tokenStart] = g;
  const inUnit = new Uint8Array(bytes, 0, n);
  for (const u of units) if (u.kind !== 'dateline') for (let k = u.tokenStart; k < u.tokenEnd; k++) inUnit[k] = 1;
  const sentenceStarts = new Uint8Array(bytes, n, n);
  for (const s of sentences) if (s.tokenStart < n) sentenceStarts[s.tokenStart] = 1;
  const lex = new TokenWords(tokens, new Uint8Array(bytes, 3 * n, n));
  // how often each capitalised text occurs: asked only of a lone unknown name, so counted on the first such question
  let counts: Map<string, number> | undefined;
  const countOf = (t: string): number => {
    if (counts === undefined) {
      counts = new Map();
      for (let k = 0; k < n; k++) if (capital[k] === 1) counts.set(tokens[k]!.text, (counts.get(tokens[k]!.text) ?? 0) + 1);
    }
    return counts.get(t) ?? 0;
  };

  const proposals: Mention[] = [];
  // dateline places
  datelineProposals(tokens, units, gazAt, inUnit, proposals);
  // (pushed one by one: no filtered copy, no spread of it)
  for (const m of gazetteerProposals(text, seg, gaz, gazAt, res, sentenceStarts, lex)) if (inUnit[m.tokenStart] !== 2) proposals.push(m);
  // patterns, sentence by sentence
  for (const s of sentences) {
    const ctx: SentenceCtx = {
      text,
      tokens,
      start: s.tokenStart,
      end: s.tokenEnd,
      words: res.words,
      gazAt,
      inUnit,
      countOf,
      starts,
      lex,
      capital,
    };
    patternProposals(ctx, letterCase, proposals);
  }
  const first = resolveOverlaps(proposals, new Uint8Array(bytes, 4 * n, n));
  return { proposals, rules: chainPass(text, seg, first, res, starts, lex, capital) };
}

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

/** The first words of a body's name, which stand for it (Majlis Keselamatan (PBB)): prefix text -> body. */
function bodyPrefixesOf(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  res: RecogniserResources,
  starts: Uint8Array,
): Map<string, Mention> {
  const bodyPrefixes = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.label !== 'ORG' || m.tokenEnd - m.tokenStart < 3) continue;
    for (let e = m.tokenEnd - 1; e >= m.tokenStart + 2; e--) {
      // no head noun within [start, e): none within a shorter prefix either
      if (!longestPhrase(res.words.orgHeads, text, tokens, m.tokenStart, e, starts)) break;
      bodyPrefixes.set(joinTexts(tokens, m.tokenStart, e), m);
    }
  }
  return bodyPrefixes;
}

/** The body prefix starting at token k (longest first), outside the body itself, with its end. */
function bodyPrefixAt(text: string, tokens: readonly Token[], k: number, bodyPrefixes: ReadonlyMap<string, Mention>): Mention | undefined {
  for (let e = Math.min(tokens.length, k + 6); e >= k + 2; e--) {
    const body = bodyPrefixes.get(joinTexts(tokens, k, e));
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
  bodyPrefixes: ReadonlyMap<string, Mention>,
  res: RecogniserResources,
  capital: Uint8Array,
): Mention[] {
  const { partOf, shortForms, placeByDirection } = clues;
  const prefixFirstWords = new Set<string>();
  for (const m of bodyPrefixes.values()) prefixFirstWords.add(tokens[m.tokenStart]!.text);
  const chained: Mention[] = [];
  // one look-up per name word instead of four: most words start no chain
  const chainWords = new Set<string>(prefixFirstWords);
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
function mergeChains(tokens: readonly Token[], out: readonly Mention[], chained: readonly Mention[], res: RecogniserResources): Mention[] {
  const lexicon = res.gazetteer.lexicon;
  // the longest chain mention over each token, to test overlaps in time linear in the text
  const chainLen = new Int32Array(tokens.length);
  for (const c of chained) for (let k = c.tokenStart; k < c.tokenEnd; k++) chainLen[k] = Math.max(chainLen[k]!, c.tokenEnd - c.tokenStart);
  const kept: Mention[] = [];
  for (const m of out) {
    // the overlap first (array reads), the kind of a gazetteer mention's entry only then
    const len = m.tokenEnd - m.tokenStart;
    let covered = false;
    for (let k = m.tokenStart; k < m.tokenEnd && !covered; k++) covered = chainLen[k]! >= len;
    if (!covered || !weakMention(m, lexicon)) kept.push(m);
  }
  const occupied = new Uint8Array(tokens.length);
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
 * entity (Perjanjian Perkongsian Trans-Pasifik (TPPA)) is no entity anywhere.
 */
function chainPass(
  text: string,
  seg: Segmentation,
  mentions: readonly Mention[],
  res: RecogniserResources,
  starts: Uint8Array,
  lex: TokenWords,
  capital: Uint8Array,
): Mention[] {
  const { tokens } = seg;
  const clues = chainClues(seg, mentions, res, starts, text, lex);
  const out = withoutNonEntityAcronyms(text, tokens, mentions);
  const chained = chainMentions(text, tokens, clues, bodyPrefixesOf(text, tokens, mentions, res, starts), res, capital);
  return chained.length === 0 ? out : mergeChains(tokens, out, chained, res);
}
