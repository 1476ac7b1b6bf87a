// Gazetteer matching: a token-level trie over every alias of a lexicon, walked from each
// token for the longest match. Aliases are cut into tokens by the same tokenizer as the text,
// so "Korea Utara", "A.S." and "Kementerian Pelaburan, Perdagangan dan Industri" match
// exactly what the text's tokens are. Matching is case-sensitive; ALL-CAPS text (datelines,
// headlines) is matched through a second, upper-cased trie, only for aliases of three letters
// or more that are not ordinary words. A word carrying a clitic (Asianya) can end a match at
// its stem.
//
// Walking the trie is linear: from each start it follows at most as many tokens as the
// longest alias has, a constant of the lexicon. The tries themselves are trie.ts's.

import { precompiledAliases, type ShippedLevel as ShippedLevelData } from '../lexicon/bundled.js';
import type { AliasCandidate, Lexicon } from '../lexicon/index.js';
import { filterFromString, filterToString, type KeyFilter, keyFilter, mayContain } from '../support/key-filter.js';
import { capitalsOnly, hasLineBreak, lookupKey } from '../tokenize/chars.js';
import { firstCodeUnit, HAS_CLITICS, stemEndAt, type TokenColumns } from '../tokenize/columns.js';
import {
  type AliasRow,
  aliasRows,
  firstLevel,
  lowerOf,
  rowFlags,
  rowSource,
  shippedLevel,
  sortedTable,
  type TrieNode,
  type TrieSource,
  trie,
  upperOf,
} from './trie.js';

export { type AliasRow, aliasRows, type FirstLevel } from './trie.js';

export interface Gazetteer {
  readonly lexicon: Lexicon;
  /** Exact token texts. */
  readonly root: TrieNode;
  /** Upper-cased token texts, for ALL-CAPS text. */
  readonly upper: TrieNode;
  /** Lower-cased token texts, for text written all in lower case (aliases of 4+ letters). */
  readonly lower: TrieNode;
  /** Longest alias, in tokens. */
  readonly maxTokens: number;
  /** 1 for each UTF-16 code unit that can begin a token starting an alias (see firstCharTable). */
  readonly firstChars: Uint8Array;
  /** Pre-test for the first tokens of aliases, as written and upper-cased. */
  readonly firstKeys: KeyFilter;
  /** lexicon.aliases.get() of the alias of a node (by TrieNode.index), without hashing the alias again. */
  candidatesOf(index: number): readonly AliasCandidate[];
  /** lexicon.byId(match.candidates[0].id)?.kind, read by the match's alias index where the lexicon keeps kinds by it. */
  bestKind(match: GazetteerMatch): string | undefined;
}

export interface GazetteerMatch {
  readonly tokenStart: number;
  /** One past the last token; when `end` is inside the last token, the match ended at its stem. */
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  /** The alias as in the lexicon (its exact form). */
  readonly alias: string;
  readonly candidates: readonly AliasCandidate[];
  /** Matched through the upper-cased trie. */
  readonly caseFolded: boolean;
  /** The alias's index in the gazetteer (TrieNode.index), for Gazetteer.bestKind. */
  readonly index: number;
}

/** What `npm run lexicons` ships of a lexicon's tries: the first levels of the exact and upper-cased ones. */
export function shippedTries(rows: readonly AliasRow[]): {
  trie: ShippedLevelData;
  trieUpper: ShippedLevelData;
  firstChars: string;
  firstKeys: string;
} {
  const src = rowSource(rows);
  const trie = firstLevel(src);
  const trieUpper = firstLevel(upperOf(src, rowFlags(rows)));
  return {
    trie: shippedLevel(trie),
    trieUpper: shippedLevel(trieUpper),
    firstChars: firstCharList(Object.keys(trie)),
    firstKeys: filterToString(keyFilter([...Object.keys(trie), ...Object.keys(trieUpper)])),
  };
}

/**
 * Build the gazetteer of a lexicon: done once per pipeline, and cheap: the bundled lexicon's
 * aliases come tokenized and its tries' first levels made by `npm run lexicons`; deeper nodes are
 * made as documents reach them, and the lower-cased trie on its first use (lower-case text is rare).
 */
export function buildGazetteer(lexicon: Lexicon): Gazetteer {
  const pre = precompiledAliases(lexicon);
  let src: TrieSource;
  let flags: (i: number) => number;
  let root: TrieNode;
  let upper: TrieNode | undefined;
  let maxTokens: number;
  if (pre !== undefined) {
    src = { count: pre.aliases.length, alias: (i) => pre.aliases[i]!, keys: pre.tokens, takes: () => true };
    flags = pre.flags;
    maxTokens = pre.maxTokens;
    root = trie(src, sortedTable(pre.trie));
    upper = trie(upperOf(src, flags), sortedTable(pre.trieUpper));
  } else {
    const rows = aliasRows(lexicon);
    src = rowSource(rows);
    flags = rowFlags(rows);
    maxTokens = rows.reduce((m, r) => Math.max(m, r.keys.length), 0);
    root = trie(src);
  }
  let lower: TrieNode | undefined;
  const firstChars = firstCharTable(pre !== undefined ? pre.firstChars : firstCharList(root.next.keys()));
  // capitalised words that start no alias (Menteri, Kata, a sentence's first word) are ruled out
  // without probing the first level, thousands of keys wide; shipped made for the bundled lexicon
  const firstKeys =
    pre !== undefined ? filterFromString(pre.firstKeys) : keyFilter([...root.next.keys()].flatMap((k) => [k, k.toUpperCase()]));
  // by index, where the matcher has it: the bundled lexicon keeps its candidate lists by alias
  // index already, so a match's candidates cost no look-up of its alias in a Map of 8,900
  // (aliases.get); with bestKind below, recognise ~3% faster (paired A/B, measured)
  const aliasCandidates = lexicon.aliases;
  const candidatesOf = pre !== undefined ? pre.candidates : (i: number): readonly AliasCandidate[] => aliasCandidates.get(src.alias(i));
  // the same for the kind of a match's best entry: the recogniser asks it of most matches, and
  // byId is a look-up of the id in a Map of every entry (7,000), a cache miss more often than not
  const bestKind =
    pre !== undefined
      ? (m: GazetteerMatch): string | undefined => pre.bestKind(m.index)
      : (m: GazetteerMatch): string | undefined => {
          const best = m.candidates[0];
          return best === undefined ? undefined : lexicon.byId(best.id)?.kind;
        };
  return Object.freeze({
    lexicon,
    root,
    firstChars,
    firstKeys,
    candidatesOf,
    bestKind,
    get upper(): TrieNode {
      return (upper ??= trie(upperOf(src, flags)));
    },
    get lower(): TrieNode {
      return (lower ??= trie(lowerOf(src, flags)));
    },
    maxTokens,
  });
}

const keyText = lookupKey;

/**
 * The first characters of every alias's first token, as written and upper-cased (the upper
 * trie's keys), and the soft hyphen (dropped from keys), as a sorted string. Nearly every token
 * of a text is a lower-case word that starts no alias: one array read (firstCharTable) rules it
 * out before any hashing of the token's text or probe of the trie's first level, which was the
 * gazetteer's main cost. `npm run lexicons` ships the list for the bundled lexicon.
 */
export function firstCharList(firstKeys: Iterable<string>): string {
  const chars = new Set<string>(['\u00ad']);
  for (const k of firstKeys) {
    if (k.length === 0) continue;
    chars.add(k[0]!);
    chars.add(k.toUpperCase()[0]!);
  }
  return [...chars].sort().join('');
}

function firstCharTable(list: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < list.length; i++) table[list.charCodeAt(i)] = 1;
  return table;
}

function isAllCapsToken(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // the common case: a lower-case word
  return s.length >= 2 && capitalsOnly(s) > 0;
}

/** Whether an alias may start at token k: a word whose first character begins one (firstChars). Most tokens are not. */
export function mayStartAlias(gaz: Gazetteer, cols: TokenColumns, k: number): boolean {
  const kind = cols.kinds[k];
  return kind !== 'punctuation' && kind !== 'number' && gaz.firstChars[firstCodeUnit(cols, k)] !== 0;
}

/**
 * Where matchGazetteer notes, by a token's vocabulary id, the words at which no alias starts
 * whatever follows (no first key of the exact or upper-cased trie, no stem): `bits[ids[k]] |=
 * bit`. Those are a function of the word, so the caller may leave them out of `starts` in later
 * documents.
 */
export interface NoAliasNotes {
  readonly ids: Int32Array;
  readonly bits: Uint8Array;
  readonly bit: number;
}

/**
 * Every longest gazetteer match starting at each token (overlapping matches from different
 * starts are all returned; choosing among them is the recogniser's job). `starts`, if given:
 * mayStartAlias of each token, 1 or 0, as the caller found it; `noAlias`, if given: where to
 * note the words that start no alias (NoAliasNotes).
 */
export function matchGazetteer(
  text: string,
  cols: TokenColumns,
  gaz: Gazetteer,
  lowerCaseText = false,
  starts?: Uint8Array,
  noAlias?: NoAliasNotes,
): GazetteerMatch[] {
  if (lowerCaseText) return matchLowerCase(text, cols, gaz);
  const { starts: tokenStarts, ends: tokenEnds, texts, flags } = cols;
  const out: GazetteerMatch[] = [];
  const { firstKeys } = gaz;
  const firstLevel = gaz.root.next;
  // a token's text is its key unless it holds a soft hyphen (lookupKey), which a text seldom
  // has: asked once of the text, not of each token's (a builtin call apiece)
  const softHyphens = text.includes('\u00ad');
  for (let k = 0; k < cols.size; k++) {
    // the caller's answers, when it has read every token already: no second pass over them
    if (starts !== undefined && starts[k] === 0) continue;
    if (starts === undefined && !mayStartAlias(gaz, cols, k)) continue;
    const firstText = texts[k]!;
    // most tokens start no alias: one map look-up (and one for a stem) settles it
    const firstKey = softHyphens ? keyText(firstText) : firstText;
    if ((flags[k]! & HAS_CLITICS) === 0 && !mayContain(firstKeys, firstKey)) {
      if (noAlias !== undefined) noAlias.bits[noAlias.ids[k]!]! |= noAlias.bit;
      continue;
    }
    // the first step of the exact trie's walk, taken here: one look-up of the key in the first level, not two
    const firstNode = firstLevel.get(firstKey);
    // whether the token is in capitals (a loop over its letters): asked only once the exact trie has no match here
    let allCaps: boolean | undefined;
    if (firstNode === undefined) {
      allCaps = isAllCapsToken(firstText);
      if (!(allCaps && gaz.upper.next.has(firstKey)) && stemEndAt(cols, k) < 0) {
        if (noAlias !== undefined) noAlias.bits[noAlias.ids[k]!]! |= noAlias.bit;
        continue;
      }
    }
    for (let pass = 0; pass < 2; pass++) {
      const folded = pass === 1;
      if (folded && !(allCaps ??= isAllCapsToken(firstText))) continue;
      let node: TrieNode | undefined = folded ? gaz.upper : gaz.root;
      // the best match so far, as plain numbers: one object is made at the end
      let bestAlias: string | undefined;
      let bestIndex = -1;
      let bestToken = -1;
      let bestEnd = -1;
      for (let j = k; j < cols.size && j - k < gaz.maxTokens; j++) {
        // most matches are one word that no longer alias goes on from (Malaysia, Najib): no look
        // at the next token's key, stem or gap (recognise ~1% faster, paired A/B)
        if (j > k && (node.leaf || hasLineBreak(text, tokenEnds[j - 1]!, tokenStarts[j]!))) break;
        const raw = j === k ? firstKey : softHyphens ? keyText(texts[j]!) : texts[j]!;
        const key = folded ? raw.toUpperCase() : raw;
        // a clitic-bearing last word may end the match at its stem
        const stem = stemEndAt(cols, j);
        if (stem >= 0) {
          const stemKey = text.slice(tokenStarts[j]!, stem);
          const sn = node.next.get(folded ? stemKey.toUpperCase() : stemKey);
          if (sn?.alias !== undefined) {
            bestAlias = sn.alias;
            bestIndex = sn.index;
            bestToken = j;
            bestEnd = stem;
          }
        }
        node = j === k && !folded ? firstNode : node.next.get(key);
        if (!node) break;
        if (node.alias !== undefined) {
          bestAlias = node.alias;
          bestIndex = node.index;
          bestToken = j;
          bestEnd = tokenEnds[j]!;
        }
      }
      if (bestAlias !== undefined) {
        out.push({
          tokenStart: k,
          tokenEnd: bestToken + 1,
          start: tokenStarts[k]!,
          end: bestEnd,
          alias: bestAlias,
          candidates: gaz.candidatesOf(bestIndex),
          caseFolded: folded,
          index: bestIndex,
        });
        break;
      }
    }
  }
  return out;
}

/**
 * Text written all in lower case (chat, headlines run through a filter): the lower-cased trie,
 * longest match from each token. The recogniser keeps only matches that are not ordinary words.
 */
function matchLowerCase(text: string, cols: TokenColumns, gaz: Gazetteer): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const { starts, ends, texts } = cols;
  for (let k = 0; k < cols.size; k++) {
    let node: TrieNode | undefined = gaz.lower;
    let bestAlias: string | undefined;
    let bestIndex = -1;
    let bestToken = -1;
    for (let j = k; j < cols.size && j - k < gaz.maxTokens; j++) {
      if (j > k && (node.leaf || hasLineBreak(text, ends[j - 1]!, starts[j]!))) break;
      node = node.next.get(keyText(texts[j]!).toLowerCase());
      if (!node) break;
      if (node.alias !== undefined) {
        bestAlias = node.alias;
        bestIndex = node.index;
        bestToken = j;
      }
    }
    if (bestAlias !== undefined) {
      out.push({
        tokenStart: k,
        tokenEnd: bestToken + 1,
        start: starts[k]!,
        end: ends[bestToken]!,
        alias: bestAlias,
        candidates: gaz.candidatesOf(bestIndex),
        caseFolded: true,
        index: bestIndex,
      });
      k = bestToken;
    }
  }
  return out;
}
