// Mentions: what every recogniser proposes and the decision stage returns. A mention is a span
// of whole tokens with a label, the recogniser that found it and a score ("Kementerian Luar
// Korea Utara": ORG by org-head, 0.8), made by newMention in one object shape for all of them.
// Also the resources the recognisers read (the gazetteer and the word lists) and what propose()
// returns. Types and one constructor only: every other file of the folder may import this one.

import type { Gazetteer } from '../gazetteer/index.js';
import type { KeptBuffers } from '../support/kept-buffers.js';
import type { TextTally } from '../support/text-tally.js';
import type { EntityLabel } from '../types.js';
import type { WordAnswers } from './context.js';
import type { MalayWords } from './morphology.js';
import type { WordKnowledge } from './words.js';

export type Recogniser =
  | 'dateline'
  | 'title'
  | 'org-head'
  | 'place-head'
  | 'gazetteer'
  | 'chain'
  | 'acronym'
  | 'company'
  | 'name-shape'
  | 'context'
  | 'bracketed'
  | 'model';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly label: EntityLabel;
  readonly by: Recogniser;
  readonly score: number;
  /** The gazetteer alias that matched, when the lexicon knows the mention. */
  readonly alias?: string | undefined;
  /** Lexicon id chosen for this mention. */
  readonly kb?: string | undefined;
  /** A name to link to, when the recogniser knows it better than the surface (KUALA LUMPUR -> Kuala Lumpur). */
  readonly canonical?: string | undefined;
}

/** How a rule after the decision makes the mention over tokens [k, e) with a label and score (decide.ts: the proposal's lexicon id and alias kept). */
export type MentionFor = (k: number, e: number, label: EntityLabel, score: number) => Mention;

/**
 * Every mention is made here, with all its fields in one order: one object shape for every
 * recogniser, so the passes over mentions (overlaps, chains, linking, relations) stay
 * monomorphic instead of being re-optimised each time a new combination of fields turns up.
 */
export function newMention(
  start: number,
  end: number,
  tokenStart: number,
  tokenEnd: number,
  label: EntityLabel,
  by: Recogniser,
  score: number,
  alias?: string,
  kb?: string,
  canonical?: string,
): Mention {
  return { start, end, tokenStart, tokenEnd, label, by, score, alias, kb, canonical };
}

export interface RecogniserResources {
  readonly gazetteer: Gazetteer;
  readonly words: WordKnowledge;
  /** The pipeline's answers of isMalayWord for the words of earlier documents (made per document without). */
  readonly malayWords?: MalayWords;
  /** The pipeline's word-list answers by vocabulary id (TokenWords), used when the segmentation has ids. */
  readonly wordAnswers?: WordAnswers;
  /** The pipeline's per-document numbers by vocabulary text (TextTally), used when the segmentation has ids. */
  readonly tally?: TextTally;
  /** The pipeline's working buffers for propose(), used when the segmentation has ids (nothing made of them outlives the call then). */
  readonly buffers?: KeptBuffers;
}

/** What the recognisers say of a document: every proposal, overlapping, and the rules' own non-overlapping choice. */
export interface Proposals {
  readonly proposals: readonly Mention[];
  readonly rules: Mention[];
  /** The document's letter case: the model learnt from mixed-case news, and leaves all-capitals or all-lower-case text to the rules. */
  readonly letterCase: 'lower' | 'upper' | 'mixed';
  /** What the word lists say of each token, asked once per token and shared with the model's features. */
  readonly lex: WordFacts;
}

/** isLowercaseUsage and isMalayWord of a token's lower-case form, by token index (memoised per document). */
export interface WordFacts {
  lowercase(k: number): boolean;
  malay(k: number): boolean;
}

/**
 * The mentions without those `drop` says go, in the same order: the array given when none goes
 * (a copy is made at the first dropped mention). The rules after the decision that only drop
 * mentions (ceremony.ts, seat-kind.ts, listed-non-entity.ts, ethnic-group.ts) are this with
 * their test.
 */
export function withoutMentions(mentions: readonly Mention[], drop: (m: Mention) => boolean): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (drop(m)) out ??= mentions.slice(0, i);
    else out?.push(m);
  }
  return out ?? (mentions as Mention[]);
}
