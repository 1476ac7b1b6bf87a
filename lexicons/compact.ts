// The compact form of the bundled lexicon (lexicons/dist/entities.js), read back by
// src/lexicon/bundled.ts. Columns instead of objects, provenance notes interned, rare fields as
// sparse pairs, and the alias index and the gazetteer's alias rows precomputed here, once, so
// that a cold start neither rebuilds them nor tokenizes 9,000 aliases (see bundled.ts for why).
import { aliasRows, shippedTries } from '../src/gazetteer/index.js';
import { ALIAS_AMBIGUOUS, ALIAS_LOWER, ALIAS_UPPER, type CompactLexicon } from '../src/lexicon/bundled.js';
import type { Lexicon, LexiconEntry } from '../src/lexicon/types.js';
import { personTokenIndex } from '../src/link/index.js';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const LETTER = { PER: 'P', LOC: 'L', ORG: 'O' } as const;

/**
 * `entries` are the lexicon's entries as shipped (sorted by id); `lexicon` is the lexicon made
 * from them (its alias index and word lists give the precomputed parts).
 */
export function compactLexicon(entries: readonly LexiconEntry[], lexicon: Lexicon): CompactLexicon {
  const sources = [...new Set(entries.flatMap((e) => [e.source, ...(e.sources ?? [])]))].sort(byString);
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const kinds = [...new Set(entries.flatMap((e) => (e.kind !== undefined ? [e.kind] : [])))].sort(byString);
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const sparse = {
    nameEn: {} as Record<number, string>,
    role: {} as Record<number, string>,
    validFrom: {} as Record<number, string>,
    validTo: {} as Record<number, string>,
    population: {} as Record<number, number>,
    priority: {} as Record<number, number>,
    sources: {} as Record<number, number[]>,
  };
  entries.forEach((e, i) => {
    if (e.nameEn !== undefined) sparse.nameEn[i] = e.nameEn;
    if (e.role !== undefined) sparse.role[i] = e.role;
    if (e.validFrom !== undefined) sparse.validFrom[i] = e.validFrom;
    if (e.validTo !== undefined) sparse.validTo[i] = e.validTo;
    if (e.population !== undefined) sparse.population[i] = e.population;
    if (e.priority !== undefined) sparse.priority[i] = e.priority;
    if (e.sources !== undefined) sparse.sources[i] = e.sources.map((s) => sourceIndex.get(s)!);
  });

  const rows = aliasRows(lexicon);
  const tokens: Record<number, readonly string[]> = {};
  let flags = '';
  const candidates = rows.map((r, i) => {
    const cands = lexicon.aliases.get(r.alias);
    // one flag per alias, not per candidate: createLexicon derives `ambiguous` from the alias alone
    const f = (cands[0]?.ambiguous ? ALIAS_AMBIGUOUS : 0) | (r.upper ? ALIAS_UPPER : 0) | (r.lower ? ALIAS_LOWER : 0);
    flags += String.fromCharCode(48 + f);
    const plain = r.alias.split(' ');
    if (plain.length !== r.keys.length || plain.some((k, j) => k !== r.keys[j])) tokens[i] = r.keys;
    const at = cands.map((c) => index.get(c.id)!);
    return at.length === 1 ? at[0]! : at;
  });
  return {
    sources,
    kinds,
    id: entries.map((e) => e.id),
    label: entries.map((e) => LETTER[e.label]).join(''),
    name: entries.map((e) => e.name),
    aliases: entries.map((e) => (e.aliases.length === 0 ? 0 : e.aliases)),
    kind: entries.map((e) => (e.kind === undefined ? 0 : kinds.indexOf(e.kind) + 1)),
    country: entries.map((e) => e.country ?? 0),
    source: entries.map((e) => sourceIndex.get(e.source)!),
    sparse,
    alias: rows.map((r) => r.alias),
    candidates,
    aliasFlags: flags,
    maxTokens: rows.reduce((m, r) => Math.max(m, r.keys.length), 0),
    tokens,
    ...shippedTries(rows),
    personTokens: Object.fromEntries([...personTokenIndex(entries)].map(([tok, at]) => [tok, at.length === 1 ? at[0]! : at])),
  };
}
