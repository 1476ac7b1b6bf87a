// Features for the entity tagger (decide.ts): what the word looks like, what the words around
// it are, what the word lists say of it, and what the recognisers proposed over it. The rules'
// proposals are evidence here, not answers: the model learns when "MoU" in capitals is no
// organisation and when a capitalised run after "Menteri" is a portfolio, not a name.
//
// Only tokens inside candidate windows are tagged (every other token is O): a window is a run,
// within one sentence, of tokens that start with a capital or a digit or that a recogniser
// covers, joined by the few lower-case words and marks found inside names ("dan", "bin", "(",
// "-"). Over the training set the windows hold 99.7% of the gold mentions (train/entities.ts
// counts it at each `npm run train`).
//
// Every feature is an integer: a template's number mixed with hashes of token texts made once
// per token (src/learn/hash.ts), masked to the model's rows.
import { hashText, mix } from '../learn/hash.js';
import type { Segmentation, Token } from '../types.js';
import type { Mention, Proposals, RecogniserResources } from './mention.js';
import { isMalayWord } from './morphology.js';
import { isEnglishWord, isLowercaseUsage, longestPhrase } from './words.js';

/** Lower-case words and marks that may stand inside a name between capitalised words. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'dan',
  'bin',
  'binti',
  'bt',
  'bte',
  'ibni',
  'ibnu',
  'al',
  'bagi',
  'untuk',
  'of',
  'and',
  'for',
  'the',
  'on',
  'de',
  'da',
  'van',
  'von',
  'a/l',
  'a/p',
  'anak',
  '&',
  '(',
  ')',
  '-',
  '.',
  ',',
  "'",
  '/',
]);

/** A window of tokens the tagger decides on: [start, end) token indices. */
export interface Window {
  readonly start: number;
  readonly end: number;
}

/** The features of every token in the windows: token k's are `features[at[i]]..features[at[i+1]]`, i its place among window tokens. */
export interface TokenFeatures {
  readonly windows: readonly Window[];
  readonly features: Int32Array;
  readonly at: Int32Array;
}

const startsUpperOrDigit = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return c > 127 && t.text[0] !== t.text[0]!.toLowerCase();
};

/** The candidate windows of a document. */
export function windowsOf(seg: Segmentation, props: Proposals): Window[] {
  const { tokens, sentences } = seg;
  const covered = new Uint8Array(tokens.length);
  for (const m of props.proposals) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = 1;
  for (const m of props.rules) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered[k] = 1;
  const out: Window[] = [];
  for (const s of sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      const t = tokens[k]!;
      if (!(covered[k] === 1 || (startsUpperOrDigit(t) && t.kind !== 'punctuation'))) {
        k++;
        continue;
      }
      // a strong token: extend over strong tokens and connectors, then trim trailing connectors
      let lastStrong = k;
      let j = k + 1;
      while (j < s.tokenEnd) {
        const u = tokens[j]!;
        const strong = covered[j] === 1 || (startsUpperOrDigit(u) && u.kind !== 'punctuation');
        if (strong) lastStrong = j;
        else if (!CONNECTORS.has(u.norm) || j - lastStrong > 2) break;
        j++;
      }
      out.push({ start: k, end: lastStrong + 1 });
      k = lastStrong + 1;
    }
  }
  return out;
}

// template numbers
enum F {
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
  DocLowercase,
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
}

/** A word's shape: classes of its characters with runs folded, at most 5 (Xx, XX, X.X., dd, xXx). */
function shapeOf(s: string): number {
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
const ENGLISH = 4;
const NON_ENTITY = 8;
const PARTICLE = 16;
const AMBIGUOUS = 32;

const LABEL_CODE = { PER: 1, ORG: 2, LOC: 3 } as const;

/** B, I, L (last), U (unit): a token's place in a span. */
function placeIn(m: Mention, k: number): number {
  const first = k === m.tokenStart;
  const last = k === m.tokenEnd - 1;
  return first && last ? 4 : first ? 1 : last ? 3 : 2;
}

function byCode(by: string): number {
  return hashText(by);
}

/** The features of every window token of a document, as masked row numbers. */
export function tokenFeatures(text: string, seg: Segmentation, props: Proposals, res: RecogniserResources, bits: number): TokenFeatures {
  const { tokens, sentences } = seg;
  const n = tokens.length;
  const mask = (1 << bits) - 1;
  const windows = windowsOf(seg, props);
  const out: number[] = [];
  const at: number[] = [0];
  if (windows.length === 0) return { windows, features: new Int32Array(0), at: Int32Array.from(at) };

  // per token, made lazily for the tokens features look at (window tokens and two either side)
  const hLower = new Int32Array(n);
  const hShape = new Int32Array(n);
  const wbits = new Int32Array(n);
  const made = new Uint8Array(n);
  const lowerText: string[] = new Array(n);
  const prep = (k: number): void => {
    if (made[k] === 1) return;
    made[k] = 1;
    const t = tokens[k]!;
    const lower = t.stem ?? t.norm;
    lowerText[k] = lower;
    hLower[k] = hashText(lower);
    hShape[k] = shapeOf(t.text);
    let b = 0;
    if (t.kind === 'word') {
      if (isLowercaseUsage(lower)) b |= LOWER_USAGE;
      if (isMalayWord(lower)) b |= MALAY;
      if (isEnglishWord(lower)) b |= ENGLISH;
    }
    if (res.words.nonEntities.has(t.text)) b |= NON_ENTITY;
    if (res.words.particles.has(t.text)) b |= PARTICLE;
    if (res.words.ambiguous.has(t.text)) b |= AMBIGUOUS;
    wbits[k] = b;
  };
  const NONE = 0x5bd1e995;
  const lowerAt = (k: number): number => {
    if (k < 0 || k >= n) return NONE;
    prep(k);
    return hLower[k]!;
  };
  const shapeAt = (k: number): number => {
    if (k < 0 || k >= n) return NONE;
    prep(k);
    return hShape[k]!;
  };
  const bitsAt = (k: number): number => {
    if (k < 0 || k >= n) return 64;
    prep(k);
    return wbits[k]!;
  };

  // sentence of each window token, its start, capitals share
  const sentenceStart = new Uint8Array(n);
  const capsSentence = new Uint8Array(n);
  for (const s of sentences) {
    if (s.tokenStart < n) sentenceStart[s.tokenStart] = 1;
    let letters = 0;
    let caps = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      letters++;
      if (t.text.length > 1 && t.text === t.text.toUpperCase()) caps++;
    }
    if (letters >= 3 && caps * 2 > letters) for (let k = s.tokenStart; k < s.tokenEnd; k++) capsSentence[k] = 1;
  }
  // inside a direct quotation: between opening and closing quote marks
  const inQuote = new Uint8Array(n);
  let open = false;
  for (let k = 0; k < n; k++) {
    const c = tokens[k]!.text;
    if (c === '\u201c' || (c === '"' && !open)) open = true;
    else if (c === '\u201d' || (c === '"' && open)) open = false;
    else if (open) inQuote[k] = 1;
  }
  // titles (ending before a name), organisation and place head nouns
  const afterTitle = new Int32Array(n);
  const inTitle = new Uint8Array(n);
  const orgHead = new Uint8Array(n);
  const placeHead = new Uint8Array(n);
  for (const w of windows) {
    for (let k = Math.max(0, w.start - 4); k < w.end; k++) {
      const t = longestPhrase(res.words.titles, text, tokens, k);
      if (t) {
        for (let j = k; j < t.end; j++) inTitle[j] = 1;
        if (t.end < n) afterTitle[t.end] = 1 + Math.min(t.end - k, 3);
      }
      if (k >= w.start) {
        if (longestPhrase(res.words.orgHeads, text, tokens, k)) orgHead[k] = 1;
        if (longestPhrase(res.words.placeHeads, text, tokens, k)) placeHead[k] = 1;
      }
    }
  }
  // the rules' choice per token, and every proposal over it
  const rule: (Mention | undefined)[] = new Array(n);
  for (const m of props.rules) for (let k = m.tokenStart; k < m.tokenEnd; k++) rule[k] = m;
  const over: Mention[][] = new Array(n);
  for (const m of props.proposals) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const list = over[k];
      if (list) list.push(m);
      else over[k] = [m];
    }
  }
  // the document's view of a word: the labels the rules gave it elsewhere, and whether it is written in lower case elsewhere
  const docLabels = new Map<string, number>();
  for (const m of props.rules) {
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const key = tokens[k]!.text;
      docLabels.set(key, (docLabels.get(key) ?? 0) | (1 << LABEL_CODE[m.label]));
    }
  }
  let lowerSeen: Set<string> | undefined;
  const seenInLower = (lower: string): boolean => {
    if (!lowerSeen) {
      lowerSeen = new Set();
      for (const t of tokens) if (t.kind === 'word' && t.text.charCodeAt(0) >= 97 && t.text.charCodeAt(0) <= 122) lowerSeen.add(t.norm);
    }
    return lowerSeen.has(lower);
  };

  const push = (h: number): void => {
    out.push(h & mask);
  };
  for (const w of windows) {
    const len = Math.min(w.end - w.start, 4);
    // the words around the whole window, and its first and last words: a name's context and head
    const before = lowerAt(w.start - 1);
    const before2 = lowerAt(w.start - 2);
    const after = lowerAt(w.end);
    const first = lowerAt(w.start);
    const last = lowerAt(w.end - 1);
    for (let k = w.start; k < w.end; k++) {
      const t = tokens[k]!;
      prep(k);
      const lower = lowerText[k]!;
      const hl = hLower[k]!;
      const hs = hShape[k]!;
      push(mix(F.Bias, 0));
      push(mix(F.Text, hashText(t.text)));
      push(mix(F.Lower, hl));
      push(mix(F.Shape, hs));
      push(mix(F.Prefix2, hashText(lower, 0, 2)));
      push(mix(F.Prefix3, hashText(lower, 0, 3)));
      push(mix(F.Suffix2, hashText(lower, Math.max(0, lower.length - 2))));
      push(mix(F.Suffix3, hashText(lower, Math.max(0, lower.length - 3))));
      push(mix(F.Suffix4, hashText(lower, Math.max(0, lower.length - 4))));
      push(mix(F.PrevLower, lowerAt(k - 1)));
      push(mix(F.NextLower, lowerAt(k + 1)));
      push(mix(F.Prev2Lower, lowerAt(k - 2)));
      push(mix(F.Next2Lower, lowerAt(k + 2)));
      push(mix(mix(F.PrevShapeShape, shapeAt(k - 1)), hs));
      push(mix(mix(F.ShapeNextShape, hs), shapeAt(k + 1)));
      push(mix(mix(F.PrevLowerLower, lowerAt(k - 1)), hl));
      push(mix(mix(F.LowerNextLower, hl), lowerAt(k + 1)));
      push(mix(mix(mix(F.PrevLowerShape, lowerAt(k - 1)), hs), 0));
      const place = w.end - w.start === 1 ? 4 : k === w.start ? 1 : k === w.end - 1 ? 3 : 2;
      push(mix(mix(F.WindowPlace, place), len));
      const b = wbits[k]!;
      push(mix(F.WordBits, b));
      push(mix(mix(F.LowerBits, b), shapeAt(k)));
      push(mix(F.PrevWordBits, bitsAt(k - 1)));
      push(mix(F.NextWordBits, bitsAt(k + 1)));
      const r = rule[k];
      if (r) {
        const p = placeIn(r, k);
        push(mix(mix(mix(F.Rule, LABEL_CODE[r.label]), p), byCode(r.by)));
        push(mix(mix(F.RuleLabel, LABEL_CODE[r.label]), p));
        push(mix(mix(F.RuleLabelLower, LABEL_CODE[r.label]), hl));
        push(mix(mix(F.RuleLabelShape, LABEL_CODE[r.label]), hs));
      } else {
        push(mix(F.RuleLabel, 0));
      }
      const ps = over[k];
      if (ps) {
        for (const m of ps) {
          const p = placeIn(m, k);
          push(mix(mix(mix(F.Proposal, LABEL_CODE[m.label]), p), byCode(m.by)));
          push(mix(mix(mix(F.ProposalLen, LABEL_CODE[m.label]), byCode(m.by)), Math.min(m.tokenEnd - m.tokenStart, 5)));
          push(mix(mix(F.ProposalLabel, LABEL_CODE[m.label]), p));
        }
      }
      if (afterTitle[k]! > 0) {
        push(mix(F.AfterTitle, afterTitle[k]!));
        push(mix(mix(F.TitleLower, hl), 1));
      }
      if (inTitle[k] === 1) push(mix(F.InTitle, k === w.start ? 1 : 2));
      if (orgHead[k] === 1) push(mix(F.OrgHead, k === w.start ? 1 : 2));
      if (placeHead[k] === 1) push(mix(F.PlaceHead, k === w.start ? 1 : 2));
      if (sentenceStart[k] === 1) push(mix(mix(F.SentenceStart, 1), b));
      if (inQuote[k] === 1) push(mix(F.InQuote, 1));
      if (capsSentence[k] === 1) push(mix(mix(F.CapsSentence, 1), hl));
      push(mix(F.DocRuleLabel, docLabels.get(t.text) ?? 0));
      if (t.kind === 'word' && seenInLower(lower)) push(mix(mix(F.DocLowercase, 1), sentenceStart[k]!));
      const from = k - w.start;
      push(mix(mix(F.BeforeWindow, before), Math.min(from, 3)));
      push(mix(mix(F.BeforeWindowLower, before2), hl));
      push(mix(mix(F.BeforeWindow, before), hl));
      push(mix(mix(F.AfterWindow, after), Math.min(w.end - 1 - k, 3)));
      push(mix(mix(F.WindowFirst, first), Math.min(from, 3)));
      push(mix(mix(F.WindowLast, last), Math.min(w.end - 1 - k, 3)));
      if (k + 1 < n && tokens[k + 1]!.text === '(') push(mix(F.NextIsOpenBracket, 1));
      if (k > 0 && tokens[k - 1]!.text === ')') push(mix(F.PrevIsCloseBracket, 1));
      at.push(out.length);
    }
  }
  return { windows, features: Int32Array.from(out), at: Int32Array.from(at) };
}
