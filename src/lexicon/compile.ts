import { KenalError } from '../errors.js';
import type { AliasCandidate, AliasIndex, Lexicon, LexiconEntry, WordListName, WordLists } from './types.js';
import { canonicalEntry } from './validate.js';

const KIND_PRIOR: Readonly<Record<string, number>> = {
  country: 1000,
  continent: 950,
  territory: 900,
  capital: 800,
  'federal-territory': 700,
  metonym: 650,
  international: 650,
  'un-body': 650,
  region: 450,
  province: 450,
  district: 500,
  city: 300,
  town: 250,
  mukim: 200,
  building: 300,
};

/** A city of this many people or more is what its name means first, before a foreign state or region of that name. */
const METROPOLIS = 1_000_000;

/**
 * Prior used to rank entries that share an alias (higher wins): an explicit `priority`,
 * else by kind (country > capital > Malaysian/Bruneian state > metonym, people and
 * organisations > district > a city of a million or more > other regions > city > town >
 * mukim), plus up to 90 for population (10 per order of magnitude). So "Georgia" prefers the
 * country to the US state, "Colombo" the capital of Sri Lanka to the Brazilian city, and "New
 * York" the city to the US state (the news means the city).
 */
export function entryPrior(e: LexiconEntry): number {
  if (e.priority !== undefined) return e.priority;
  let base: number;
  if (e.kind === 'state') base = e.country === 'MY' || e.country === 'BN' ? 700 : 450;
  else if (e.kind === 'city' && e.population !== undefined && e.population >= METROPOLIS) base = 460;
  else if (e.kind !== undefined && KIND_PRIOR[e.kind] !== undefined) base = KIND_PRIOR[e.kind] ?? 0;
  else base = 600;
  const pop = e.population !== undefined && e.population > 0 ? Math.min(90, Math.round(Math.log10(e.population) * 10)) : 0;
  return base + pop;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Merge two entries with the same id: aliases and sources are united, scalar fields of
 * `extra` win, and a replaced name stays findable as an alias.
 */
export function mergeEntries(base: LexiconEntry, extra: LexiconEntry): LexiconEntry {
  const names = new Set([extra.name]);
  const aliases = [...new Set([base.name, ...base.aliases, ...extra.aliases])].filter((a) => !names.has(a)).sort(byString);
  const sources = [...new Set([...(base.sources ?? [base.source]), ...(extra.sources ?? [extra.source])])].sort(byString);
  const merged: Record<string, unknown> = { ...base, ...extra, aliases, source: base.source };
  // validFrom/validTo describe the role: an entry that brings a role brings its dates.
  if (extra.role !== undefined) {
    for (const k of ['validFrom', 'validTo'] as const) {
      if (extra[k] === undefined) delete merged[k];
    }
  }
  const nameEn = extra.nameEn ?? base.nameEn;
  if (nameEn !== undefined && nameEn !== extra.name) merged.nameEn = nameEn;
  else delete merged.nameEn;
  if (sources.length > 1) merged.sources = sources;
  else delete merged.sources;
  return canonicalEntry(merged as unknown as LexiconEntry);
}

export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** Merge entries by id (in order), sort by id. */
export function mergeById(entries: Iterable<LexiconEntry>): LexiconEntry[] {
  const byId = new Map<string, LexiconEntry>();
  for (const e of entries) {
    const prev = byId.get(e.id);
    byId.set(e.id, prev === undefined ? e : mergeEntries(prev, e));
  }
  return [...byId.values()].sort((a, b) => byString(a.id, b.id));
}

function buildIndex(entries: readonly LexiconEntry[], words: WordLists): AliasIndex {
  const ambiguous = new Set(words.ambiguous.map((w) => w.word.toLowerCase()));
  const map = new Map<string, AliasCandidate[]>();
  for (const e of entries) {
    const prior = entryPrior(e);
    const seen = new Set<string>();
    const add = (alias: string, via: AliasCandidate['via']): void => {
      if (seen.has(alias)) return;
      seen.add(alias);
      const c: AliasCandidate = Object.freeze({ id: e.id, label: e.label, prior, via, ambiguous: ambiguous.has(alias.toLowerCase()) });
      const list = map.get(alias);
      if (list === undefined) map.set(alias, [c]);
      else list.push(c);
    };
    add(e.name, 'name');
    if (e.nameEn !== undefined) add(e.nameEn, 'nameEn');
    for (const a of e.aliases) add(a, 'alias');
  }
  for (const list of map.values()) {
    list.sort((a, b) => b.prior - a.prior || byString(a.id, b.id));
    Object.freeze(list);
  }
  const none: readonly AliasCandidate[] = Object.freeze([]);
  // A closure over a private Map: callers can read but never change the index.
  return Object.freeze({
    size: map.size,
    get: (alias: string): readonly AliasCandidate[] => map.get(alias) ?? none,
    has: (alias: string): boolean => map.has(alias),
    keys: (): IterableIterator<string> => map.keys(),
  });
}

function dedupeWords<T extends { readonly word: string }>(rows: readonly T[]): T[] {
  const byWord = new Map<string, T>();
  for (const r of rows) byWord.set(r.word, r);
  return [...byWord.values()].sort((a, b) => byString(a.word, b.word));
}

/**
 * Make an immutable lexicon from validated entries (same ids are merged in order) and word
 * lists (same word: the later row wins). Everything returned is frozen.
 */
export function createLexicon(entries: Iterable<LexiconEntry>, words: WordLists, version: string): Lexicon {
  const merged = deepFreeze(mergeById(entries));
  const lists: WordLists = deepFreeze({
    titles: dedupeWords(words.titles),
    orgHeads: dedupeWords(words.orgHeads),
    particles: dedupeWords(words.particles),
    ambiguous: dedupeWords(words.ambiguous),
    nonEntities: dedupeWords(words.nonEntities ?? []),
  });
  const byIdMap = new Map(merged.map((e) => [e.id, e]));
  return Object.freeze({
    version,
    entries: merged,
    words: lists,
    aliases: buildIndex(merged, lists),
    byId: (id: string): LexiconEntry | undefined => byIdMap.get(id),
  });
}

const LISTS: readonly WordListName[] = ['titles', 'orgHeads', 'particles', 'ambiguous', 'nonEntities'];

/** Throws E_OPTION unless `v` has the shape of a Lexicon (a wrong value would fail deep inside the gazetteer otherwise). */
export function assertLexicon(v: unknown, what: string): asserts v is Lexicon {
  const l = v as Partial<Record<keyof Lexicon, unknown>> | null;
  const ok =
    l !== null &&
    typeof l === 'object' &&
    typeof l.version === 'string' &&
    Array.isArray(l.entries) &&
    typeof l.byId === 'function' &&
    typeof l.aliases === 'object' &&
    l.aliases !== null &&
    typeof l.words === 'object' &&
    l.words !== null &&
    LISTS.every((k) => Array.isArray((l.words as Record<string, unknown>)[k]));
  if (!ok) throw new KenalError('E_OPTION', `${what} is not a lexicon (make one with loadBundledLexicon, parseLexicon or mergeLexicons)`);
}

/**
 * A NEW lexicon holding `base` and then each of `extra` (later wins on scalar fields of the
 * same id; aliases are united). `base` is never changed.
 */
export function mergeLexicons(base: Lexicon, ...extra: readonly Lexicon[]): Lexicon {
  const all = [base, ...extra];
  all.forEach((l, i) => {
    assertLexicon(l, i === 0 ? 'the base lexicon' : `lexicon ${i}`);
  });
  const words = Object.fromEntries(LISTS.map((k) => [k, all.flatMap((l) => l.words[k] as readonly unknown[])])) as unknown as WordLists;
  return createLexicon(
    all.flatMap((l) => l.entries),
    words,
    all.map((l) => l.version).join('+'),
  );
}
