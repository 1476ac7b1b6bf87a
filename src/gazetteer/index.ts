// Gazetteer matching: a token-level trie over every alias of a lexicon, walked from each
// token for the longest match. Aliases are cut into tokens by the same tokenizer as the text,
// so "Korea Utara", "A.S." and "Kementerian Pelaburan, Perdagangan dan Industri" match
// exactly what the text's tokens are. Matching is case-sensitive; ALL-CAPS text (datelines,
// headlines) is matched through a second, upper-cased trie, only for aliases of three letters
// or more that are not ordinary words. A word carrying a clitic (Asianya) can end a match at
// its stem.
//
// Walking the trie is linear: from each start it follows at most as many tokens as the
// longest alias has, a constant of the lexicon.

import type { AliasCandidate, Lexicon } from '../lexicon/index.js';
import { capitalsOnly, hasLineBreak, lookupKey } from '../tokenize/chars.js';
import { tokenTexts } from '../tokenize/index.js';
import type { Token } from '../types.js';
import { keyFilter, mayContain, type KeyFilter } from '../support/key-filter.js';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  alias?: string;
}

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
}

function insert(root: TrieNode, keys: readonly string[], alias: string): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) {
      child = { next: new Map() };
      node.next.set(k, child);
    }
    node = child;
  }
  // the first alias to claim a key sequence keeps it (keys() is sorted, so deterministic)
  node.alias ??= alias;
}

/** How many letters a name has (ASCII letters, and any non-ASCII character as a letter: names only). */
function hasLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || s.charCodeAt(i) > 127) n++;
  }
  return n;
}

/** Build the gazetteer of a lexicon: done once per pipeline. */
export function buildGazetteer(lexicon: Lexicon): Gazetteer {
  const root: TrieNode = { next: new Map() };
  const upper: TrieNode = { next: new Map() };
  const lower: TrieNode = { next: new Map() };
  let maxTokens = 0;
  const aliases = [...lexicon.aliases.keys()].sort();
  for (const alias of aliases) {
    const keys = tokenTexts(alias);
    if (keys.length === 0) continue;
    maxTokens = Math.max(maxTokens, keys.length);
    insert(root, keys, alias);
    const cands = lexicon.aliases.get(alias);
    const isAllCaps = alias === alias.toUpperCase();
    const letters = hasLetters(alias);
    if (!isAllCaps && letters >= 3 && !cands.every((c) => c.ambiguous)) {
      insert(upper, keys.map((k) => k.toUpperCase()), alias);
    }
    if (letters >= 4 && !cands.every((c) => c.ambiguous)) insert(lower, keys.map((k) => k.toLowerCase()), alias);
  }
  // capitalised words that start no alias (Menteri, Kata, a sentence's first word) are ruled
  // out by the pre-test without probing the first level's map, thousands of keys wide
  const firstKeys = keyFilter([...root.next.keys()].flatMap((k) => [k, k.toUpperCase()]));
  return { lexicon, root, upper, lower, maxTokens, firstChars: firstCharTable(root), firstKeys };
}

/**
 * The first characters of every alias's first token, as written and upper-cased (the upper
 * trie's keys), and the soft hyphen (dropped from keys). Nearly every token of a text is a
 * lower-case word that starts no alias: one array read rules it out before any hashing of
 * the token's text or probe of the trie's map, which was the gazetteer's main cost.
 */
function firstCharTable(root: TrieNode): Uint8Array {
  const table = new Uint8Array(0x10000);
  table[0xad] = 1;
  for (const k of root.next.keys()) {
    if (k.length === 0) continue;
    table[k.charCodeAt(0)] = 1;
    table[k.toUpperCase().charCodeAt(0)] = 1;
  }
  return table;
}

const keyText = lookupKey;

function isAllCapsToken(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) return false; // the common case: a lower-case word
  return t.text.length >= 2 && capitalsOnly(t.text) > 0;
}

/** The token's text without its enclitics (Asianya -> Asia), or undefined. */
function stemText(text: string, t: Token): { text: string; end: number } | undefined {
  const c = t.clitics?.find((x) => x.position === 'enclitic');
  if (!c || c.start <= t.start) return undefined;
  return { text: text.slice(t.start, c.start), end: c.start };
}

/**
 * Every longest gazetteer match starting at each token (overlapping matches from different
 * starts are all returned; choosing among them is the recogniser's job).
 */
export function matchGazetteer(text: string, tokens: readonly Token[], gaz: Gazetteer, lowerCaseText = false): GazetteerMatch[] {
  if (lowerCaseText) return matchLowerCase(text, tokens, gaz);
  const out: GazetteerMatch[] = [];
  const aliases = gaz.lexicon.aliases;
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!;
    if (first.kind === 'punctuation' || first.kind === 'number') continue;
    if (gaz.firstChars[first.text.charCodeAt(0)] === 0) continue;
    // most tokens start no alias: one map look-up (and one for a stem) settles it
    const firstKey = keyText(first.text);
    if (first.clitics === undefined && !mayContain(gaz.firstKeys, firstKey)) continue;
    const allCaps = isAllCapsToken(first);
    if (!gaz.root.next.has(firstKey) && !(allCaps && gaz.upper.next.has(firstKey)) && !(first.clitics && stemText(text, first))) continue;
    for (let pass = 0; pass < 2; pass++) {
      const folded = pass === 1;
      if (folded && !allCaps) continue;
      let node: TrieNode | undefined = folded ? gaz.upper : gaz.root;
      // the best match so far, as plain numbers: one object is made at the end
      let bestAlias: string | undefined;
      let bestToken = -1;
      let bestEnd = -1;
      for (let j = k; j < tokens.length && j - k < gaz.maxTokens; j++) {
        const t = tokens[j]!;
        if (j > k && hasLineBreak(text, tokens[j - 1]!.end, t.start)) break;
        const raw = keyText(t.text);
        const key = folded ? raw.toUpperCase() : raw;
        // a clitic-bearing last word may end the match at its stem
        const stem = stemText(text, t);
        if (stem) {
          const sn = node.next.get(folded ? stem.text.toUpperCase() : stem.text);
          if (sn?.alias !== undefined) {
            bestAlias = sn.alias;
            bestToken = j;
            bestEnd = stem.end;
          }
        }
        node = node.next.get(key);
        if (!node) break;
        if (node.alias !== undefined) {
          bestAlias = node.alias;
          bestToken = j;
          bestEnd = t.end;
        }
      }
      if (bestAlias !== undefined) {
        out.push({ tokenStart: k, tokenEnd: bestToken + 1, start: first.start, end: bestEnd, alias: bestAlias, candidates: aliases.get(bestAlias), caseFolded: folded });
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
function matchLowerCase(text: string, tokens: readonly Token[], gaz: Gazetteer): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const aliases = gaz.lexicon.aliases;
  for (let k = 0; k < tokens.length; k++) {
    let node: TrieNode | undefined = gaz.lower;
    let bestAlias: string | undefined;
    let bestToken = -1;
    for (let j = k; j < tokens.length && j - k < gaz.maxTokens; j++) {
      const t = tokens[j]!;
      if (j > k && hasLineBreak(text, tokens[j - 1]!.end, t.start)) break;
      node = node.next.get(keyText(t.text).toLowerCase());
      if (!node) break;
      if (node.alias !== undefined) {
        bestAlias = node.alias;
        bestToken = j;
      }
    }
    if (bestAlias !== undefined) {
      out.push({ tokenStart: k, tokenEnd: bestToken + 1, start: tokens[k]!.start, end: tokens[bestToken]!.end, alias: bestAlias, candidates: aliases.get(bestAlias), caseFolded: true });
      k = bestToken;
    }
  }
  return out;
}
