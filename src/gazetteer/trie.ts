// The gazetteer's tries: token-level tries over a lexicon's aliases (exact, upper-cased for
// ALL-CAPS text, lower-cased for text written all in lower case), built lazily. The first level
// is a table of every alias's first token (shipped for the bundled lexicon, as sorted keys
// searched in place until copied into a Map: ShippedLevel); a deeper node's children are made
// when a walk first reaches it (LazyNode), from the aliases passing through it, in sorted
// order, so the first alias to claim a key sequence keeps it.
import { ALIAS_LOWER, ALIAS_UPPER, type ShippedLevel as ShippedLevelData } from '../lexicon/bundled.js';
import type { Lexicon } from '../lexicon/index.js';
import { byCodeUnits, wordPosition, wordStarts } from '../support/sorted-index.js';
import { tokenTexts } from '../tokenize/index.js';

/** A node's children by key: a Map, or the first level as shipped (ShippedLevel). */
export interface Children {
  get(key: string): TrieNode | undefined;
  has(key: string): boolean;
  keys(): Iterable<string>;
}

export interface TrieNode {
  readonly next: Children;
  readonly alias?: string | undefined;
  /** The alias's index in the trie's source (-1 without one): its candidates are read by it (Gazetteer.candidatesOf). */
  readonly index: number;
  /** No key goes on from here: a walk stops without looking at the next token. */
  readonly leaf: boolean;
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

/** How one alias enters the tries: its tokens, and whether the upper- and lower-cased tries take it. */
export interface AliasRow {
  readonly alias: string;
  readonly keys: readonly string[];
  readonly upper: boolean;
  readonly lower: boolean;
}

/**
 * The rows of every alias of a lexicon, sorted by alias (the first alias to claim a key sequence
 * keeps it, so the order is part of the result). This tokenizes every alias: `npm run lexicons`
 * runs it once for the bundled lexicon and ships the result (src/lexicon/bundled.ts).
 */
export function aliasRows(lexicon: Lexicon): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const alias of [...lexicon.aliases.keys()].sort()) {
    const keys = tokenTexts(alias);
    const cands = lexicon.aliases.get(alias);
    const isAllCaps = alias === alias.toUpperCase();
    const letters = hasLetters(alias);
    const ordinary = cands.every((c) => c.ambiguous);
    rows.push({ alias, keys, upper: !isAllCaps && letters >= 3 && !ordinary, lower: letters >= 4 && !ordinary });
  }
  return rows;
}

/** The aliases a trie is made of, by index in sorted order. */
export interface TrieSource {
  readonly count: number;
  alias(i: number): string;
  /** The alias's keys (tokens, folded for the upper and lower tries). */
  keys(i: number): readonly string[];
  /** Whether alias i belongs in this trie. */
  takes(i: number): boolean;
}

const NO_CHILDREN: Children = new Map<string, TrieNode>();

/**
 * A trie node whose children are made on first look-up, from the aliases that pass through it
 * (sorted, so the first alias to claim a key sequence keeps it, as with eager insertion). Why:
 * building all 9,000 aliases' paths up front was most of a cold start's gazetteer cost, while a
 * document reaches only the few nodes under its words; leaves (most nodes) never get a Map.
 */
class LazyNode implements TrieNode {
  alias: string | undefined;
  index: number;
  private made: Children | undefined;
  private pending: number[] | undefined;
  private readonly src: TrieSource;
  private readonly depth: number;
  constructor(src: TrieSource, depth: number) {
    this.alias = undefined;
    this.index = -1;
    this.made = undefined;
    this.pending = undefined;
    this.src = src;
    this.depth = depth;
  }
  get leaf(): boolean {
    return this.pending === undefined && this.made === undefined;
  }
  get next(): Children {
    if (this.pending !== undefined) {
      this.made = children(this.src, this.pending, this.depth);
      this.pending = undefined;
    }
    return this.made ?? NO_CHILDREN;
  }
  /** Alias i ends at this node. */
  end(i: number): void {
    this.alias = this.src.alias(i);
    this.index = i;
  }
  /** Alias i goes on below this node. */
  pass(i: number): void {
    if (this.pending === undefined) this.pending = [i];
    else this.pending.push(i);
  }
  setChildren(next: Children): this {
    this.made = next;
    return this;
  }
}

/** The children of a node at `depth` (keys consumed), from the aliases passing through it, in order. */
function children(src: TrieSource, ids: readonly number[], depth: number): Map<string, TrieNode> {
  const next = new Map<string, LazyNode>();
  for (const i of ids) {
    const keys = src.keys(i);
    const key = keys[depth]!;
    let child = next.get(key);
    if (child === undefined) {
      child = new LazyNode(src, depth + 1);
      next.set(key, child);
    }
    if (keys.length === depth + 1) {
      if (child.alias === undefined) child.end(i);
    } else child.pass(i);
  }
  return next;
}

/**
 * The first level of a trie, as plain data: key -> the alias ending there when nothing goes
 * deeper, else [the alias ending there or -1, then the aliases going deeper]. `npm run lexicons`
 * ships it for the bundled lexicon (src/lexicon/bundled.ts: ShippedLevel, its keys sorted), so
 * that a cold start runs no loop over the aliases.
 */
export type FirstLevel = Record<string, number | number[]>;

export function firstLevel(src: TrieSource): FirstLevel {
  const level = Object.create(null) as FirstLevel;
  for (let i = 0; i < src.count; i++) {
    if (!src.takes(i)) continue;
    const keys = src.keys(i);
    if (keys.length === 0) continue;
    const key = keys[0]!;
    const v = level[key];
    if (keys.length === 1) {
      if (v === undefined) level[key] = i;
      else if (typeof v !== 'number' && v[0] === -1) v[0] = i;
    } else if (v === undefined) level[key] = [-1, i];
    else if (typeof v === 'number') level[key] = [v, i];
    else v.push(i);
  }
  return level;
}

export type LevelValue = number | readonly number[];

/** A first level to look keys up in: made here (an object) or shipped (sorted keys). */
export interface LevelTable {
  at(key: string): LevelValue | undefined;
  /** Every key with its value. */
  forEach(f: (v: LevelValue, key: string) => void): void;
  keys(): Iterable<string>;
}

function objectTable(level: Readonly<Record<string, LevelValue | undefined>>): LevelTable {
  return {
    at: (key) => level[key],
    forEach(f) {
      for (const k in level) f(level[k]!, k);
    },
    keys: () => Object.keys(level),
  };
}

/**
 * A shipped level: its keys binary-searched in their text, by the start of each key (found on
 * the first look-up), making no string per key (the look-ups before ShippedLevel copies it into a
 * Map); the keys are split only for a copy or a listing.
 */
export function sortedTable(level: ShippedLevelData): LevelTable {
  const { keys: text, values } = level;
  let starts: Int32Array | undefined;
  const keys = (): readonly string[] => (text === '' ? [] : text.split(' '));
  return {
    at(key) {
      starts ??= wordStarts(text);
      const i = wordPosition(text, starts, key, 0, key.length);
      return i < 0 ? undefined : values[i];
    },
    forEach(f) {
      const ks = keys();
      for (let i = 0; i < ks.length; i++) f(values[i]!, ks[i]!);
    },
    keys,
  };
}

/**
 * How many look-ups a shipped first level answers from the shipped object before it is copied
 * into a Map. A look-up of a freshly sliced token text in an object of thousands of keys costs
 * 300-1000 ns (V8 tries to internalise the key first); in a Map, about 140 ns (measured, bench
 * notes). A cold start asks a few hundred times and a copy costs milliseconds: it copies once
 * it has been asked this often, which a corpus reaches within its first documents.
 */
const COPY_AFTER = 4096;

/** A first level as children: its nodes are made on first look-up, once. */
class ShippedLevel implements Children {
  private readonly made = new Map<string, LazyNode>();
  /**
   * The level copied into a Map, its values replaced by their nodes as they are made: one
   * look-up answers get() after the copy, where the shipped object and `made` took two.
   */
  private copy: Map<string, LevelValue | LazyNode> | undefined;
  private asked = 0;
  constructor(
    private readonly level: LevelTable,
    private readonly src: TrieSource,
  ) {}
  private valueOf(key: string): LevelValue | undefined {
    if (++this.asked >= COPY_AFTER) {
      const copy = new Map<string, LevelValue | LazyNode>();
      this.level.forEach((v, k) => {
        copy.set(k, this.made.get(k) ?? v);
      });
      this.copy = copy;
    }
    return this.level.at(key);
  }
  private nodeOf(v: LevelValue): LazyNode {
    const node = new LazyNode(this.src, 1);
    if (typeof v === 'number') node.end(v);
    else {
      if (v[0]! >= 0) node.end(v[0]!);
      for (let j = 1; j < v.length; j++) node.pass(v[j]!);
    }
    return node;
  }
  get(key: string): TrieNode | undefined {
    if (this.copy !== undefined) {
      const v = this.copy.get(key);
      if (v === undefined || v instanceof LazyNode) return v;
      const node = this.nodeOf(v);
      this.copy.set(key, node);
      return node;
    }
    let node = this.made.get(key);
    if (node !== undefined) return node;
    const v = this.valueOf(key);
    if (v === undefined) return undefined;
    node = this.nodeOf(v);
    this.keep(key, node);
    return node;
  }
  /** A node made before the copy: in the copy, if this look-up made it (valueOf). */
  private keep(key: string, node: LazyNode): void {
    if (this.copy !== undefined) this.copy.set(key, node);
    else this.made.set(key, node);
  }
  has(key: string): boolean {
    if (this.copy !== undefined) return this.copy.has(key);
    return this.valueOf(key) !== undefined;
  }
  keys(): Iterable<string> {
    return this.level.keys();
  }
}

export function trie(src: TrieSource, level: LevelTable = objectTable(firstLevel(src))): TrieNode {
  return new LazyNode(src, 0).setChildren(new ShippedLevel(level, src));
}

/** A source folded by `fold` (toUpperCase, toLowerCase), taking the aliases `take` allows. */
function foldedSource(src: TrieSource, take: (i: number) => boolean, fold: (k: string) => string): TrieSource {
  return { count: src.count, alias: src.alias, keys: (i) => src.keys(i).map(fold), takes: take };
}

export function rowSource(rows: readonly AliasRow[]): TrieSource {
  return { count: rows.length, alias: (i) => rows[i]!.alias, keys: (i) => rows[i]!.keys, takes: () => true };
}
export const upperOf = (src: TrieSource, flags: (i: number) => number): TrieSource =>
  foldedSource(
    src,
    (i) => (flags(i) & ALIAS_UPPER) !== 0,
    (k) => k.toUpperCase(),
  );
export const lowerOf = (src: TrieSource, flags: (i: number) => number): TrieSource =>
  foldedSource(
    src,
    (i) => (flags(i) & ALIAS_LOWER) !== 0,
    (k) => k.toLowerCase(),
  );
export const rowFlags =
  (rows: readonly AliasRow[]) =>
  (i: number): number =>
    (rows[i]!.upper ? ALIAS_UPPER : 0) | (rows[i]!.lower ? ALIAS_LOWER : 0);

/** A first level as shipped (src/lexicon/bundled.ts: ShippedLevel): keys sorted by code units, joined by spaces. */
export function shippedLevel(level: FirstLevel): ShippedLevelData {
  const keys = Object.keys(level).sort(byCodeUnits);
  for (const k of keys) if (k === '' || k.includes(' ')) throw new Error(`a first-level key must be a token: ${JSON.stringify(k)}`);
  return { keys: keys.join(' '), values: keys.map((k) => level[k]!) };
}
