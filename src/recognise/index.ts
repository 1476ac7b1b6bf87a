// Recognition, the rules: the recognisers propose entity mentions (propose/, one file each), a
// non-overlapping set is kept by named policies (resolve.ts), and a second pass adds what the
// document teaches (chain.ts). propose() returns both: every proposal, as evidence for the entity
// model (features.ts -> model.ts -> decide.ts), and the rules' own choice. Gazetteers support;
// context finds:
//   dateline     the place of a dateline is a LOC (PYONGYANG, 21 JAN –)
//   title        titles and roles before a name make it PER, the title outside the span
//                (Presiden Rusia, Vladimir Putin; Timbalan Menterinya Teo Nie Ching)
//   org-head     a head noun and its proper-name tail make an ORG (Kementerian Luar Korea Utara);
//                a party's wing or chapter too (Wanita BN, UMNO Bahagian Sungai Besar)
//   place-head   a place noun and its name make a LOC (Stadium Shah Alam, Kampung Baru)
//   gazetteer    lexicon aliases, longest match, case-sensitive (case-folded in lower-case text)
//   acronym      an unknown ALL-CAPS word is an ORG (UMNO, SPR, PDRM)
//   company      a capitalised run ending in Sdn Bhd / Berhad / Inc. is an ORG
//   name-shape   an unknown capitalised run of words that are not ordinary Malay words is a
//                person (Rosmah Mansor, Ng Wan Peng)
//   context      other unknown capitalised runs get a label from their context (a location
//                cue before it, an ORG or LOC word in it)
//   bracketed    a name that goes on after its bracketed short form is one ORG
//                (Barisan Nasional (BN) Johor)
//   chain        a later "Putin" for "Vladimir Putin", "Unisel" for "Universiti Selangor (Unisel)"
// README.md lists the files and the stages.

import { matchGazetteer, mayStartAlias, type NoAliasNotes } from '../gazetteer/index.js';
import type { Segmentation } from '../types.js';
import { chainPass } from './chain.js';
import { isUpperStart, MatchesAt, NO_ALIAS, type SentenceCtx, TokenWords } from './context.js';
import { isEnglishSentence } from './language.js';
import type { Mention, Proposals, RecogniserResources } from './mention.js';
import { bracketedProposals } from './propose/bracketed.js';
import { capitalisedRun } from './propose/capitalised.js';
import { datelineProposals } from './propose/dateline.js';
import { gazetteerProposals } from './propose/gazetteer.js';
import { caseOfText, lowerCaseMentions } from './propose/lower-case.js';
import { orgHeadPattern } from './propose/org-head.js';
import { placeHeadPattern } from './propose/place-head.js';
import { titlePattern } from './propose/title.js';
import { resolveOverlaps } from './resolve.js';
import { longestPhrase, phraseStartBits } from './words.js';

export type { Mention, Proposals, Recogniser, RecogniserResources } from './mention.js';
export { newMention } from './mention.js';

/**
 * The pattern proposals of one sentence (titles, head nouns, capitalised runs), pushed to
 * `proposals`. Its own function, not part of recognise(): as one they took TurboFan several
 * hundred ms to compile, again after each deoptimisation.
 */
function patternProposals(ctx: SentenceCtx, letterCase: 'lower' | 'upper' | 'mixed', proposals: Mention[]): void {
  const { text, cols, inUnit, gazAt, words } = ctx;
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
    const orgHead = longestPhrase(words.orgHeads, text, cols, k, ctx.end, ctx.starts);
    const placeHead = longestPhrase(words.placeHeads, text, cols, k, ctx.end, ctx.starts);
    const preferPlace = placeHead !== undefined && (orgHead === undefined || placeHead.end > orgHead.end);
    // no head noun at k (most capitalised words): neither pattern can start here
    const headHere = orgHead !== undefined || placeHead !== undefined;
    const headed = !headHere ? undefined : preferPlace ? placeHeadPattern(ctx, k) : (orgHeadPattern(ctx, k) ?? placeHeadPattern(ctx, k));
    if (headed) {
      proposals.push(headed);
      k++;
      continue;
    }
    const g = gazAt.at(k);
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
      if (!trusted) english ??= isEnglishSentence(cols, ctx.start, ctx.end);
      if (trusted || !english) proposals.push(run.mention);
    }
    k = Math.max(run.end, k + 1);
  }
}

/** The mentions of a segmented text, non-overlapping, in text order. */
export function recognise(text: string, seg: Segmentation, res: RecogniserResources): Mention[] {
  return propose(text, seg, res).rules;
}

/** The word-list answers of a document's tokens: by vocabulary id, the pipeline's, when it has ids; else per token, in `bits`. */
function tokenWords(seg: Segmentation, res: RecogniserResources, bits: Uint8Array): TokenWords {
  if (seg.ids === undefined || seg.vocabulary === undefined || res.wordAnswers === undefined)
    return new TokenWords(seg.columns, bits, res.malayWords);
  return new TokenWords(seg.columns, res.wordAnswers.bitsFor(seg.vocabulary), res.malayWords, seg.ids);
}

/** Where the gazetteer notes the words that start no alias, by vocabulary id: the pipeline's WordAnswers, when the segmentation has ids. */
function noAliasNotes(seg: Segmentation, res: RecogniserResources): NoAliasNotes | undefined {
  if (seg.ids === undefined || seg.vocabulary === undefined || res.wordAnswers === undefined) return undefined;
  return { ids: seg.ids, bits: res.wordAnswers.bitsFor(seg.vocabulary), bit: NO_ALIAS };
}

/** What the recognisers propose for a segmented text: every proposal, and the rules' non-overlapping choice. */
export function propose(text: string, seg: Segmentation, res: RecogniserResources): Proposals {
  const { columns: cols, sentences, units } = seg;
  const letterCase = caseOfText(text);
  // text all in lower case has no capitals to go by: only the gazetteer, case-folded, finds names
  if (letterCase === 'lower') {
    const rules = lowerCaseMentions(matchGazetteer(text, cols, res.gazetteer, true), cols);
    return { proposals: rules, rules, letterCase, lex: tokenWords(seg, res, new Uint8Array(cols.size)) };
  }
  // the byte-per-token arrays share one buffer: each typed array's own costs about a microsecond to
  // allocate; with vocabulary ids, the pipeline's kept buffers (the word answers are then by id, in
  // the pipeline's WordAnswers, and nothing returned holds a view of them)
  const n = cols.size;
  const kept = seg.ids !== undefined && seg.vocabulary !== undefined && res.wordAnswers !== undefined ? res.buffers : undefined;
  const bytes = kept !== undefined ? kept.bytes(7 * n) : new Uint8Array(7 * n);
  // the token-indexed numbers: the gazetteer matches by first token, the chain pass's lengths
  const ints = kept !== undefined ? kept.ints(2 * n) : undefined;
  // what each token's first character says, in one pass over the tokens, not three (the
  // gazetteer's, phraseStarts', the capitals'; recognise ~2% faster, paired A/B): whether it is a
  // capital, which word tries it may start a phrase of, whether it may start a gazetteer alias
  const starts = bytes.subarray(2 * n, 3 * n);
  const capital = bytes.subarray(5 * n, 6 * n);
  const aliasStarts = bytes.subarray(6 * n, 7 * n);
  const { words, gazetteer } = res;
  // (a token's text is its look-up key unless it holds a soft hyphen: asked once of the text)
  const softHyphens = text.includes('\u00ad');
  // with vocabulary ids, the words at which the gazetteer found no alias in earlier documents
  // are not asked again (NO_ALIAS in the pipeline's WordAnswers)
  const noAlias = noAliasNotes(seg, res);
  for (let k = 0; k < n; k++) {
    starts[k] = phraseStartBits(cols, k, words, softHyphens);
    if (isUpperStart(cols, k)) capital[k] = 1;
    if (mayStartAlias(gazetteer, cols, k) && (noAlias === undefined || (noAlias.bits[noAlias.ids[k]!]! & NO_ALIAS) === 0))
      aliasStarts[k] = 1;
  }
  const gaz = matchGazetteer(text, cols, gazetteer, false, aliasStarts, noAlias);
  // by token index: an array, not a Map (asked at almost every capitalised token)
  const gazAt = new MatchesAt(gaz, n, ints?.subarray(0, n));
  const inUnit = bytes.subarray(0, n);
  for (const u of units) if (u.kind !== 'dateline') for (let k = u.tokenStart; k < u.tokenEnd; k++) inUnit[k] = 1;
  const sentenceStarts = bytes.subarray(n, 2 * n);
  for (const s of sentences) if (s.tokenStart < n) sentenceStarts[s.tokenStart] = 1;
  const lex = tokenWords(seg, res, bytes.subarray(3 * n, 4 * n));
  // how often each capitalised text occurs: asked only of a lone unknown name, so counted on the
  // first such question; by the text's number in the pipeline's tally where the tokens have
  // vocabulary ids (array reads), else in a Map by text
  const { ids, vocabulary } = seg;
  const tally = ids !== undefined && vocabulary !== undefined ? res.tally : undefined;
  let counts: Map<string, number> | undefined;
  let counted = false;
  const countOf = (q: number): number => {
    if (tally !== undefined) {
      if (!counted) {
        counted = true;
        tally.start(vocabulary!.size);
        for (let k = 0; k < n; k++) if (capital[k] === 1) tally.set(ids![k]! >> 1, tally.get(ids![k]! >> 1) + 1);
      }
      return tally.get(ids![q]! >> 1);
    }
    if (counts === undefined) {
      counts = new Map();
      for (let k = 0; k < n; k++) if (capital[k] === 1) counts.set(cols.texts[k]!, (counts.get(cols.texts[k]!) ?? 0) + 1);
    }
    return counts.get(cols.texts[q]!) ?? 0;
  };

  const proposals: Mention[] = [];
  // dateline places
  datelineProposals(cols, units, gazAt, inUnit, proposals);
  // (pushed one by one: no filtered copy, no spread of it)
  for (const m of gazetteerProposals(text, seg, gaz, gazAt, res, sentenceStarts, lex)) if (inUnit[m.tokenStart] !== 2) proposals.push(m);
  // patterns, sentence by sentence
  for (const s of sentences) {
    const ctx: SentenceCtx = {
      text,
      cols,
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
  // "Barisan Nasional (BN) Johor": over the organisations proposed so far
  bracketedProposals(text, cols, sentences, capital, inUnit, starts, res.words, proposals, proposals);
  const first = resolveOverlaps(proposals, bytes.subarray(4 * n, 5 * n));
  return { proposals, rules: chainPass(text, seg, first, res, starts, lex, capital, ints?.subarray(n, 2 * n)), letterCase, lex };
}
