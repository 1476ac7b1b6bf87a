// Corpus entities: the merged groups of entity keys with a stable id, one name, and their
// counts summed. The id is the lexicon id when the group has one; otherwise it is made from the
// group's name as a key ("kenal:per:maszlee-malik"), so that the same name gets the same id in
// every run over any corpus, whatever order the documents came in.
import type { EntityLabel } from '../lexicon/types.js';
import type { MergeResult, MergeRule } from './merge.js';
import type { EntityTally } from './reduce.js';

export interface MonthCount {
  mentions: number;
  documents: number;
}

export interface CorpusEntity {
  readonly id: string;
  readonly label: EntityLabel;
  readonly canonical: string;
  readonly kb?: string;
  /** ISO 3166-1 code of the entity's country, where the lexicon knows it. */
  readonly country?: string;
  readonly mentions: number;
  /** Documents that mention the entity under any of its names (set by the second pass). */
  documents: number;
  readonly first?: string;
  readonly last?: string;
  /** Mention texts with their counts, most frequent first. */
  readonly variants: readonly (readonly [string, number])[];
  /** The names merged (canonical names of the entity keys) with their mentions, most frequent first. */
  readonly names: readonly (readonly [string, number])[];
  readonly rules: readonly MergeRule[];
  /** "YYYY-MM" -> counts. */
  readonly months: Map<string, MonthCount>;
}

export interface LexiconFacts {
  readonly name: string;
  readonly country?: string | undefined;
}

const byCount = (m: Map<string, number>): [string, number][] =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const add = (into: Map<string, number>, from: ReadonlyMap<string, number>): void => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};

/** A name as an id part: ASCII letters and digits, words joined by "-". */
export function slug(s: string): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return out === '' ? 'x' : out;
}

export interface CorpusEntities {
  /** Most mentioned first. */
  readonly entities: readonly CorpusEntity[];
  /** Merge group index -> its entity. */
  readonly ofGroup: readonly CorpusEntity[];
}

/**
 * The corpus entities of a merge over `tallies` (in the order the merge saw them). `sameNameKey`
 * gives a name's key for the id; `lexicon` the name and country of an id.
 */
export function corpusEntities(
  tallies: readonly EntityTally[],
  merge: MergeResult,
  sameNameKey: (label: EntityLabel, canonical: string) => string,
  lexicon: (kb: string) => LexiconFacts | undefined,
): CorpusEntities {
  const drafts = merge.groups.map((g, group) => {
    const members = g.members.map((i) => tallies[i]!);
    const names = new Map<string, number>();
    const variants = new Map<string, number>();
    const months = new Map<string, MonthCount>();
    const labels = new Map<string, number>();
    let mentions = 0;
    let first: string | undefined;
    let last: string | undefined;
    for (const t of members) {
      add(names, t.canonicals);
      add(variants, t.variants);
      labels.set(t.label, (labels.get(t.label) ?? 0) + t.mentions);
      for (const [m, n] of t.months) {
        const c = months.get(m);
        if (c) c.mentions += n;
        else months.set(m, { mentions: n, documents: 0 });
      }
      mentions += t.mentions;
      if (t.first !== undefined && (first === undefined || t.first < first)) first = t.first;
      if (t.last !== undefined && (last === undefined || t.last > last)) last = t.last;
    }
    const label = byCount(labels)[0]![0] as EntityLabel;
    const facts = g.kb !== undefined ? lexicon(g.kb) : undefined;
    // the lexicon's name; else the name used most, the longer one on a tie
    const ranked = [...names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const canonical = facts?.name ?? ranked[0]![0];
    return {
      label,
      canonical,
      ...(g.kb !== undefined ? { kb: g.kb } : {}),
      ...(facts?.country !== undefined ? { country: facts.country } : {}),
      mentions,
      documents: 0,
      ...(first !== undefined ? { first } : {}),
      ...(last !== undefined ? { last } : {}),
      variants: byCount(variants),
      names: byCount(names),
      rules: g.rules,
      months: new Map([...months].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      base: g.kb ?? `kenal:${label.toLowerCase()}:${slug(sameNameKey(label, canonical))}`,
      group,
    };
  });
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  drafts.sort((a, b) => b.mentions - a.mentions || cmp(a.base, b.base) || cmp(a.label, b.label) || cmp(a.canonical, b.canonical));
  // two groups whose keys slug alike (names that differ in punctuation only, kept apart because
  // two lexicon ids hold them): the more mentioned keeps the plain id, the others are numbered
  const seen = new Map<string, number>();
  const ofGroup = new Array<CorpusEntity>(drafts.length);
  const entities = drafts.map(({ base, group, ...rest }) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const e: CorpusEntity = { id: n === 1 ? base : `${base}-${n}`, ...rest };
    ofGroup[group] = e;
    return e;
  });
  return { entities, ofGroup };
}
