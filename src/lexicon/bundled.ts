// The bundled lexicon in its compact, precompiled form (lexicons/dist/entities.js, written by
// `npm run lexicons` through lexicons/compact.ts), and a Lexicon over it that builds nothing it
// does not need. Why this is the fast start: loading 2 MB of entry objects and deriving the alias
// index from them took most of a cold start; here one JSON.parse of a column-wise string (no
// property names, provenance notes interned) gives arrays, the alias index is a Map from each
// alias to its precomputed candidate entries, and entry and candidate objects are made (and
// frozen) on first use only, memoised per lexicon. Seen from outside it is the same frozen,
// immutable Lexicon as createLexicon makes (test/lexicon/bundled.test.ts compares them).
import { lateMap } from '../support/late-map.js';
import { sortedIndex } from '../support/sorted-index.js';
import type { AliasCandidate, AliasIndex, EntityLabel, Lexicon, LexiconEntry, WordLists } from './types.js';

/** Column-wise entries and the precompiled alias index (see lexicons/compact.ts, which writes it). */
export interface CompactLexicon {
  /** Distinct provenance notes; `source` and `sources` hold indices into it. */
  readonly sources: readonly string[];
  /** Distinct kinds; `kind` holds 1 + an index into it, 0 for none. */
  readonly kinds: readonly string[];
  readonly id: readonly string[];
  /** One letter per entry: P(ER), L(OC), O(RG). */
  readonly label: string;
  readonly name: readonly string[];
  /** 0: no aliases. */
  readonly aliases: readonly (0 | readonly string[])[];
  readonly kind: readonly number[];
  /** 0: no country. */
  readonly country: readonly (0 | string)[];
  readonly source: readonly number[];
  /** Fields few entries have, by entry index. */
  readonly sparse: {
    readonly nameEn: Readonly<Record<number, string>>;
    readonly role: Readonly<Record<number, string>>;
    readonly validFrom: Readonly<Record<number, string>>;
    readonly validTo: Readonly<Record<number, string>>;
    readonly population: Readonly<Record<number, number>>;
    readonly priority: Readonly<Record<number, number>>;
    /** All provenance notes, for entries with several. */
    readonly sources: Readonly<Record<number, readonly number[]>>;
  };
  /** Every alias (name, nameEn, alias of some entry) once, sorted by UTF-16 code units. */
  readonly alias: readonly string[];
  /** Per alias: its entry (an index) or entries, sorted by prior (descending) then id. */
  readonly candidates: readonly (number | readonly number[])[];
  /** Per alias, one character: '0' + the sum of the ALIAS_* bits. */
  readonly aliasFlags: string;
  /** Most tokens of an alias. */
  readonly maxTokens: number;
  /** Alias index -> its tokens, for the aliases whose tokens are not `alias.split(' ')`. */
  readonly tokens: Readonly<Record<number, readonly string[]>>;
  /** The first level of the gazetteer's exact and upper-cased tries (see src/gazetteer: FirstLevel). */
  readonly trie: ShippedLevel;
  readonly trieUpper: ShippedLevel;
  /** First characters of the tries' first keys (src/gazetteer: firstCharList). */
  readonly firstChars: string;
  /** Pre-test for the tries' first keys (src/support/key-filter: filterToString). */
  readonly firstKeys: string;
  /** The linker's index: folded name token -> the persons (entry indices) whose names hold it (src/link: personTokenIndex). */
  readonly personTokens: Readonly<Record<string, number | readonly number[]>>;
}

/**
 * A first level of a gazetteer trie as shipped (src/gazetteer: FirstLevel): its keys in code-unit
 * order, joined by single spaces (a token holds none), and the value of each key, in that order.
 * Why not an object of key -> value, which JSON.parse makes a hash table of: making those two
 * tables of 7,000 keys each took some 6 ms of a cold start; the few hundred look-ups of a first
 * document binary-search the keys in the text (no string made per key), and a corpus's are
 * answered by a Map (the gazetteer's ShippedLevel).
 */
export interface ShippedLevel {
  readonly keys: string;
  readonly values: readonly (number | readonly number[])[];
}

export const ALIAS_AMBIGUOUS = 1;
/** It goes into the gazetteer's upper-cased trie. */
export const ALIAS_UPPER = 2;
/** It goes into the lower-cased trie. */
export const ALIAS_LOWER = 4;
/** It is one token. */
export const ALIAS_SINGLE = 8;

/** What the gazetteer needs of a bundled lexicon to build its tries without tokenizing an alias. */
export interface PrecompiledAliases {
  /** Sorted, as the tries take them. */
  readonly aliases: readonly string[];
  /** ALIAS_* bits of alias i. */
  flags(i: number): number;
  /** Tokens of alias i, as tokenTexts(alias) gives them. */
  tokens(i: number): readonly string[];
  /** The candidates of alias i: lexicon.aliases.get(aliases[i]), read by index. */
  candidates(i: number): readonly AliasCandidate[];
  /** The kind of the entry of alias i's first candidate (lexicon.byId(candidates(i)[0].id)?.kind), read from the columns. */
  bestKind(i: number): string | undefined;
  readonly maxTokens: number;
  /** First levels of the exact and upper-cased tries, made by the build (src/gazetteer: FirstLevel). */
  readonly trie: ShippedLevel;
  readonly trieUpper: ShippedLevel;
  /** First characters of the tries' first keys, as written and upper-cased (src/gazetteer: firstCharList). */
  readonly firstChars: string;
  /** Pre-test for the tries' first keys, as text (src/support/key-filter: filterToString). */
  readonly firstKeys: string;
  /** The linker's person-token index, its entries made on first look-up of each token. */
  readonly personTokens: { get(token: string): readonly LexiconEntry[] | undefined };
  /** placeCountries(lexicon) of src/relations, read from the columns: a place's country code unless the place is a country. */
  placeCountry(kb: string): string | undefined;
}

// Which lexicons carry precompiled data: keyed by the (frozen) lexicon object itself, so a
// user lexicon, or a merge, never finds any and takes the general path.
const PRECOMPILED = new WeakMap<Lexicon, PrecompiledAliases>();

export function precompiledAliases(lexicon: Lexicon): PrecompiledAliases | undefined {
  return PRECOMPILED.get(lexicon);
}

const LABELS: Readonly<Record<string, EntityLabel>> = { P: 'PER', L: 'LOC', O: 'ORG' };
const NONE: readonly AliasCandidate[] = Object.freeze([]);
const NO_ALIASES: readonly string[] = Object.freeze([]);

/**
 * The JSON objects of the data as hash tables with no prototype: a look-up of "constructor" or
 * "toString" finds nothing. JSON.parse builds these tables natively, so a cold start runs no
 * loop over thousands of aliases to fill a Map.
 */
function table<T>(o: Readonly<Record<string | number, T>>): Readonly<Record<string | number, T | undefined>> {
  return Object.setPrototypeOf(o, null) as Readonly<Record<string | number, T | undefined>>;
}

/** A table of entry-index lists as a look-up of entry lists, each made on first look-up. */
function lazyLists(
  t: Readonly<Record<string, number | readonly number[] | undefined>>,
  entry: (i: number) => LexiconEntry,
): { get(key: string): readonly LexiconEntry[] | undefined } {
  const made = new Map<string, readonly LexiconEntry[]>();
  // the table is asked with freshly folded name words, mostly absent from it: a Map once a corpus asks often (lateMap)
  const at = lateMap(t);
  return Object.freeze({
    get(key: string): readonly LexiconEntry[] | undefined {
      let list = made.get(key);
      if (list !== undefined) return list;
      const v = at(key);
      if (v === undefined) return undefined;
      // filled by push for one entry or many: a literal [e] and v.map(entry) gave arrays of two
      // elements kinds (packed, holey), so two maps, and the linker's code reading these lists
      // (linkGivenName, fuzzyEntry) was thrown away when the second kind came by ("wrong map")
      const out: LexiconEntry[] = [];
      if (typeof v === 'number') out.push(entry(v));
      else for (let k = 0; k < v.length; k++) out.push(entry(v[k]!));
      list = Object.freeze(out);
      made.set(key, list);
      return list;
    },
  });
}

/**
 * A frozen Lexicon over compact data. `entryPrior` ranks candidates (passed in to keep this module
 * free of compile.ts); `words` must already be deduplicated and sorted, as the build writes them.
 */
export function bundledLexicon(data: CompactLexicon, words: WordLists, version: string, entryPrior: (e: LexiconEntry) => number): Lexicon {
  const n = data.id.length;
  const sp = data.sparse;
  const nameEn = table(sp.nameEn);
  const role = table(sp.role);
  const validFrom = table(sp.validFrom);
  const validTo = table(sp.validTo);
  const population = table(sp.population);
  const priority = table(sp.priority);
  const sourcesOf = table(sp.sources);
  // alias -> its index (aliases are sorted and unique, as the build writes them; test/lexicon
  // checks): a binary search, then a Map once a corpus has asked often enough (sortedIndex)
  const slotOf = sortedIndex(data.alias);
  const tokenOverrides = table(data.tokens);

  const made: (LexiconEntry | undefined)[] = new Array<LexiconEntry | undefined>(n);
  /**
   * Entry i as createLexicon would hold it: keys in the canonical order, deeply frozen. Every
   * entry has every key (undefined where the entry has no value; JSON leaves those out), so that
   * all entries have one object shape: with a shape per combination of fields (a place with a
   * population, a person with a role ...) the linker's reads of an entry's name and id were
   * deoptimised again and again over a corpus ("wrong map") and its code recompiled each time.
   */
  const entry = (i: number): LexiconEntry => {
    let e = made[i];
    if (e !== undefined) return e;
    const al = data.aliases[i];
    const kind = data.kind[i] ?? 0;
    const all = sourcesOf[i];
    const o = {
      id: data.id[i],
      label: LABELS[data.label[i]!],
      name: data.name[i],
      nameEn: nameEn[i],
      aliases: al === 0 || al === undefined ? NO_ALIASES : Object.freeze(al),
      kind: kind > 0 ? data.kinds[kind - 1] : undefined,
      country: data.country[i] || undefined,
      role: role[i],
      validFrom: validFrom[i],
      validTo: validTo[i],
      population: population[i],
      priority: priority[i],
      source: data.sources[data.source[i]!],
      sources: all !== undefined ? Object.freeze(all.map((s) => data.sources[s]!)) : undefined,
    };
    e = Object.freeze(o) as unknown as LexiconEntry;
    made[i] = e;
    return e;
  };

  let all: readonly LexiconEntry[] | undefined;
  const entries = (): readonly LexiconEntry[] => {
    if (all === undefined) {
      const list = new Array<LexiconEntry>(n);
      for (let i = 0; i < n; i++) list[i] = entry(i);
      all = Object.freeze(list);
    }
    return all;
  };

  // ids are sorted and unique (the build sorts them; test/lexicon checks)
  const indexOf = sortedIndex(data.id);
  const byId = (id: string): LexiconEntry | undefined => {
    const i = indexOf(id);
    return i === undefined ? undefined : entry(i);
  };

  const cands: (readonly AliasCandidate[] | undefined)[] = new Array<readonly AliasCandidate[] | undefined>(data.alias.length);
  const candidatesAt = (i: number): readonly AliasCandidate[] => {
    let list = cands[i];
    if (list !== undefined) return list;
    const alias = data.alias[i]!;
    const c = data.candidates[i]!;
    const ambiguous = ((data.aliasFlags.charCodeAt(i) - 48) & ALIAS_AMBIGUOUS) !== 0;
    // pushed one by one into an empty array: every list gets the same elements kind (map() gave
    // one-candidate lists a holey array and longer ones a packed one, and the recogniser reading
    // their length was deoptimised again and again over a corpus)
    const out: AliasCandidate[] = [];
    for (const k of typeof c === 'number' ? [c] : c) {
      const e = entry(k);
      const via: AliasCandidate['via'] = alias === e.name ? 'name' : alias === e.nameEn ? 'nameEn' : 'alias';
      out.push(Object.freeze({ id: e.id, label: e.label, prior: entryPrior(e), via, ambiguous }));
    }
    list = Object.freeze(out);
    cands[i] = list;
    return list;
  };
  // keys() in the order createLexicon's index has them (entries in order, name, nameEn, aliases)
  const keys = function* (): IterableIterator<string> {
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const al = data.aliases[i];
      const en = nameEn[i];
      for (const a of [data.name[i]!, ...(en !== undefined ? [en] : []), ...(al === 0 || al === undefined ? [] : al)]) {
        if (seen.has(a)) continue;
        seen.add(a);
        yield a;
      }
    }
  };
  const aliases: AliasIndex = Object.freeze({
    size: data.alias.length,
    get: (alias: string): readonly AliasCandidate[] => {
      const i = slotOf(alias);
      return i === undefined ? NONE : candidatesAt(i);
    },
    has: (alias: string): boolean => slotOf(alias) !== undefined,
    keys,
  });

  const precompiled: PrecompiledAliases = Object.freeze({
    aliases: data.alias,
    flags: (i: number): number => data.aliasFlags.charCodeAt(i) - 48,
    tokens: (i: number): readonly string[] => tokenOverrides[i] ?? data.alias[i]!.split(' '),
    candidates: candidatesAt,
    bestKind: (i: number): string | undefined => {
      const c = data.candidates[i];
      if (c === undefined) return undefined;
      const e = typeof c === 'number' ? c : c[0];
      if (e === undefined) return undefined;
      // as entry(e) sets it
      const kind = data.kind[e] ?? 0;
      return kind > 0 ? data.kinds[kind - 1] : undefined;
    },
    maxTokens: data.maxTokens,
    trie: data.trie,
    trieUpper: data.trieUpper,
    firstChars: data.firstChars,
    firstKeys: data.firstKeys,
    personTokens: lazyLists(table(data.personTokens), entry),
    placeCountry: (kb: string): string | undefined => {
      const i = indexOf(kb);
      if (i === undefined || data.label[i] !== 'L') return undefined;
      const c = data.country[i];
      return c && c !== kb ? c : undefined;
    },
  });

  const lexicon: Lexicon = Object.freeze({
    version,
    get entries(): readonly LexiconEntry[] {
      return entries();
    },
    words,
    aliases,
    byId,
  });
  PRECOMPILED.set(lexicon, precompiled);
  return lexicon;
}
