// The entity tagger's feature templates (one number each, mixed with a token's hashes into a
// row: src/learn/hash.ts) and the rows of a word alone: its text, lower-case form, shape,
// affixes and word-list bits. features.ts makes every token's rows; form-table.ts makes and
// scores the rows of a word alone once per distinct form. Both read these, so a template's
// number and a word's rows are the same wherever they are made.
import { hashText, mix } from '../learn/hash.js';
import type { TokenColumns } from '../tokenize/columns.js';
import type { WordFacts } from './mention.js';
import type { WordKnowledge } from './words.js';

// template numbers
export enum F {
  Bias = 1,
  Text,
  Lower,
  Shape,
  Prefix2,
  Prefix3,
  Suffix2,
  Suffix3,
  Suffix4,
  PrevLower,
  NextLower,
  Prev2Lower,
  Next2Lower,
  PrevShapeShape,
  ShapeNextShape,
  PrevLowerLower,
  LowerNextLower,
  WindowPlace,
  WordBits,
  PrevWordBits,
  NextWordBits,
  Rule,
  RuleLabel,
  RuleLabelLower,
  Proposal,
  ProposalLen,
  ProposalLabel,
  AfterTitle,
  InTitle,
  OrgHead,
  PlaceHead,
  SentenceStart,
  InQuote,
  DocRuleLabel,
  CapsSentence,
  LowerBits,
  RuleLabelShape,
  PrevLowerShape,
  TitleLower,
  NextIsOpenBracket,
  PrevIsCloseBracket,
  BeforeWindow,
  AfterWindow,
  WindowFirst,
  WindowLast,
  BeforeWindowLower,
  Cluster,
  PrevCluster,
  NextCluster,
  PrevClusterCluster,
  ClusterShape,
  CorpusLabel,
  PrevCorpusLabel,
}

/** A word's shape: classes of its characters with runs folded, at most 5 (Xx, XX, X.X., dd, xXx). */
export function shapeOf(s: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let n = 0;
  for (let i = 0; i < s.length && n < 5; i++) {
    const c = s.charCodeAt(i);
    const cls =
      c >= 65 && c <= 90
        ? 1
        : c >= 97 && c <= 122
          ? 2
          : c >= 48 && c <= 57
            ? 3
            : c > 127
              ? s[i] !== s[i]!.toLowerCase()
                ? 1
                : 2
              : 4 + (c & 7);
    if (cls === last) continue;
    last = cls;
    n++;
    h = Math.imul(h ^ cls, 0x01000193);
  }
  return (Math.imul(h ^ Math.min(s.length, 12), 0x01000193) >>> 0) as number;
}

const LOWER_USAGE = 1;
const MALAY = 2;
const NON_ENTITY = 8;
const PARTICLE = 16;
const AMBIGUOUS = 32;

/** What the word lists say of token k (t): LOWER_USAGE, MALAY, NON_ENTITY, PARTICLE, AMBIGUOUS bits. */
export function wordBitsOf(cols: TokenColumns, k: number, lex: WordFacts, words: WordKnowledge): number {
  let b = 0;
  if (cols.kinds[k] === 'word') {
    if (lex.lowercase(k)) b |= LOWER_USAGE;
    if (lex.malay(k)) b |= MALAY;
  }
  const text = cols.texts[k]!;
  if (words.nonEntities.has(text)) b |= NON_ENTITY;
  if (words.particles.has(text)) b |= PARTICLE;
  if (words.ambiguous.has(text)) b |= AMBIGUOUS;
  return b;
}

/** Cluster "numbers" of a token outside the text and of a word no table holds. */
export const EDGE_CLUSTER = 9999;
export const NO_CLUSTER = 9998;

/** The rows of the word itself: the bias, its text, lower-case form, shape and affixes. */
export function ownRows(cols: TokenColumns, k: number, hl: number, hs: number, buf: Int32Array, o: number, mask: number): number {
  const lower = cols.stems[k]!;
  buf[o++] = mix(F.Bias, 0) & mask;
  buf[o++] = mix(F.Text, hashText(cols.texts[k]!)) & mask;
  buf[o++] = mix(F.Lower, hl) & mask;
  buf[o++] = mix(F.Shape, hs) & mask;
  buf[o++] = mix(F.Prefix2, hashText(lower, 0, 2)) & mask;
  buf[o++] = mix(F.Prefix3, hashText(lower, 0, 3)) & mask;
  buf[o++] = mix(F.Suffix2, hashText(lower, Math.max(0, lower.length - 2))) & mask;
  buf[o++] = mix(F.Suffix3, hashText(lower, Math.max(0, lower.length - 3))) & mask;
  buf[o++] = mix(F.Suffix4, hashText(lower, Math.max(0, lower.length - 4))) & mask;
  return o;
}
