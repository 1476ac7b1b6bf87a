// The cross-document merge: which of the names a corpus run found (one per lexicon id, or per
// label and canonical name when the entity is not in the lexicon) are one entity. Each document
// was linked on its own, so "Mohd Shafie Apdal" in one and "Shafie Apdal" in another, or "Maszlee"
// where the paper never gave the full name, are apart until here. The rules, in order (README,
// "How the merge decides"):
//   1. lexicon-name: an unlinked person whose name, as a key, is the name or alias of exactly one
//      lexicon person gets that id;
//   2. same-name: names with the same key (honorifics, bin/binti, spellings of Muhammad, a leading
//      Muhammad, dots and case left out) are one entity;
//   3. given-name: a shorter person name that is the given name (or first and last words) of
//      one longer name in the corpus joins it; a name that several have stays alone, unless one
//      of them owns it: it has ten times the mentions of all the others together ("Najib": Najib
//      Razak, 1,911 mentions, against a Najib Asaddok, 6), and it is not mentioned more than its owner;
//   4. surname: a one-word name that no person has as a given name and one owns as last word
//      joins that one ("Trump"); "Lim", had by Lim Guan Eng (341) and Lim Kit Siang (111), stays alone.
// Two different lexicon ids are never merged, whatever the names say. The decisions depend on the
// set of names and not on document order: names are taken in a sorted order, and the one-word and
// shorter forms are decided length by length against the groups as they were before that length.
import type { EntityLabel } from '../lexicon/types.js';
import { coreKey, firstLastForm, givenForms, type NameRules, personKey, personLike, surnameForm, usableAlone, words } from './names.js';

export const MERGE_RULES = ['lexicon-name', 'same-name', 'given-name', 'surname'] as const;
export type MergeRule = (typeof MERGE_RULES)[number];

/** One name as the corpus run found it: a lexicon id, or a label and canonical name. */
export interface NameEntry {
  readonly label: EntityLabel;
  readonly canonical: string;
  readonly kb?: string | undefined;
  /** Mentions of the name in the corpus (default 1): who owns a short form is decided by them. */
  readonly mentions?: number;
}

/** How many times the mentions of all other entities with a short form its owner must have. */
export const OWNER_SHARE = 10;

export interface MergedGroup {
  /** Indices of the merged names, ascending. */
  readonly members: readonly number[];
  /** The group's lexicon id: its members' (at most one), or the one rule 1 found. */
  readonly kb?: string;
  /** The rules that joined names into this group (none for a group of one). */
  readonly rules: readonly MergeRule[];
}

export interface MergeResult {
  /** Name index -> group index. */
  readonly groupOf: readonly number[];
  /** Groups, numbered in the order of their first member. */
  readonly groups: readonly MergedGroup[];
}

/** The key two names of one label must share to be the same name (rule 2). */
export function sameNameKey(e: NameEntry, rules: NameRules): string {
  // two letters are an acronym or an abbreviation whose case tells them apart: "SG" is not "Sg" (Sungai)
  if (e.canonical.replace(/[\s.'’`]/g, '').length <= 2) return e.canonical.trim();
  if (e.label !== 'PER') return words(e.canonical).join(' ');
  const full = personKey(e.canonical, rules);
  const core = coreKey(full);
  return (core.length >= 2 ? core : full).join(' ');
}

/** Lexicon person names as same-name keys -> the ids of the persons that have them (rule 1). */
export function lexiconPersonKeys(
  entries: Iterable<{ readonly id: string; readonly label: EntityLabel; readonly name: string; readonly aliases: readonly string[] }>,
  rules: NameRules,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    if (e.label !== 'PER') continue;
    for (const name of [e.name, ...e.aliases]) {
      const key = sameNameKey({ label: 'PER', canonical: name }, rules);
      if (key.split(' ').length < 2) continue;
      const ids = out.get(key);
      if (ids === undefined) out.set(key, [e.id]);
      else if (!ids.includes(e.id)) ids.push(e.id);
    }
  }
  return out;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const xs = m.get(k);
  if (xs === undefined) m.set(k, [v]);
  else xs.push(v);
};

/** Merges names into entities by the rules above. `lexiconKeys` comes from lexiconPersonKeys. */
export function mergeNames(
  names: readonly NameEntry[],
  rules: NameRules,
  lexiconKeys: ReadonlyMap<string, readonly string[]> = new Map(),
): MergeResult {
  const n = names.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const kb: (string | undefined)[] = names.map((e) => e.kb);
  const mentions: number[] = names.map((e) => e.mentions ?? 1);
  const used: number[] = new Array<number>(n).fill(0); // bit i: MERGE_RULES[i] joined something into this root
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const bit = (r: MergeRule): number => 1 << MERGE_RULES.indexOf(r);
  /** Joins two groups unless they hold two different lexicon ids. */
  const union = (a: number, b: number, rule: MergeRule): boolean => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return true;
    if (kb[ra] !== undefined && kb[rb] !== undefined && kb[ra] !== kb[rb]) return false;
    if (rb < ra) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    kb[ra] ??= kb[rb];
    mentions[ra] = mentions[ra]! + mentions[rb]!;
    used[ra] = used[ra]! | used[rb]! | bit(rule);
    return true;
  };

  const keys = names.map((e) => sameNameKey(e, rules));
  const byKb = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = names[i]!.kb;
    if (k !== undefined) {
      const first = byKb.get(k);
      if (first === undefined) byKb.set(k, i);
      else union(first, i, 'same-name'); // the same id twice (two canonical spellings): one entity
    }
  }

  // 1. lexicon-name
  for (let i = 0; i < n; i++) {
    const e = names[i]!;
    if (e.label !== 'PER' || e.kb !== undefined) continue;
    const ids = lexiconKeys.get(keys[i]!);
    if (ids === undefined || ids.length !== 1) continue;
    const id = ids[0]!;
    const r = find(i);
    if (kb[r] !== undefined && kb[r] !== id) continue;
    const other = byKb.get(id);
    if (other !== undefined) union(other, i, 'lexicon-name');
    else {
      kb[r] = id;
      used[r] = used[r]! | bit('lexicon-name');
      byKb.set(id, i);
    }
  }

  // 2. same-name: per label and key; when the key's names hold two lexicon ids, only the
  // unlinked names join (each other), as it cannot be told which id they are
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) push(buckets, `${names[i]!.label}\u0000${keys[i]}`, i);
  for (const members of buckets.values()) {
    if (members.length < 2) continue;
    const ids = new Set(members.map((i) => kb[find(i)]).filter((k) => k !== undefined));
    const joining = ids.size <= 1 ? members : members.filter((i) => kb[find(i)] === undefined);
    for (let k = 1; k < joining.length; k++) union(joining[0]!, joining[k]!, 'same-name');
  }

  // 3 and 4: shorter person names, longest first
  // a name that was Muhammad and one word ("Mohd Malik") can be a given name used alone, but
  // not a surname: "Muhammad Malik" is not "Maszlee Malik"
  const withMuhammad: boolean[] = [];
  const cores = names.map((e, i) => {
    const full = e.label === 'PER' ? personKey(e.canonical, rules) : [];
    const core = coreKey(full);
    withMuhammad[i] = full.length > core.length;
    return personLike(core, rules) ? core : [];
  });
  const given = new Map<string, number[]>();
  const firstLast = new Map<string, number[]>();
  const surname = new Map<string, number[]>();
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const c = cores[i]!;
    longest = Math.max(longest, c.length);
    if (c.length < 2) continue;
    for (const f of givenForms(c)) push(given, f, i);
    const fl = firstLastForm(c);
    if (fl !== undefined) push(firstLast, fl, i);
    push(surname, surnameForm(c)!, i);
  }
  const roots = (xs: readonly number[] | undefined): Set<number> => new Set((xs ?? []).map(find));
  /** The group among `had` with OWNER_SHARE times the mentions of the others together, if any. */
  const owner = (had: ReadonlySet<number>): number | undefined => {
    let best: number | undefined;
    let total = 0;
    for (const r of had) {
      total += mentions[r]!;
      if (best === undefined || mentions[r]! > mentions[best]! || (mentions[r] === mentions[best] && r < best)) best = r;
    }
    return best !== undefined && mentions[best]! >= OWNER_SHARE * (total - mentions[best]!) ? best : undefined;
  };
  const surnameOwner = (key: string): { owner: number | undefined; had: Set<number>; rule: MergeRule } => {
    const had = roots(surname.get(key));
    return { had, rule: 'surname', owner: owner(had) };
  };
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < n; i++) if (cores[i]!.length > 0 && cores[i]!.length < longest) push(byLength, cores[i]!.length, i);
  for (let len = longest - 1; len >= 1; len--) {
    const decided: [number, number, MergeRule][] = [];
    // the owner of a key, once per key in this round (groups do not change within it)
    const memo = new Map<string, { owner: number | undefined; had: Set<number>; rule: MergeRule } | null>();
    for (const i of byLength.get(len) ?? []) {
      const key = cores[i]!.join(' ');
      if (len === 1 && !usableAlone(key)) continue;
      // a name written with Muhammad and two more words ("Mohd Noor Abdullah") is a full name
      // already: not the first and last words of a longer one ("Noor Hisham Abdullah")
      const memoKey = withMuhammad[i] ? `M\u0000${key}` : key;
      let m = memo.get(memoKey);
      if (m === undefined) {
        const had = roots([...(given.get(key) ?? []), ...((!withMuhammad[i] && firstLast.get(key)) || [])]);
        m = had.size > 0 ? { had, rule: 'given-name', owner: owner(had) } : len === 1 ? surnameOwner(key) : null;
        memo.set(memoKey, m);
      }
      if (m?.rule === 'surname' && withMuhammad[i]) continue;
      // no owner, or the name's own group among those that have it: it stays where it is
      // and a short name used more than its owner is not a short form of it ("Nasional" 3 times,
      // "Nasional MPM" once), unless it is a lexicon person's name of two words or more and the
      // longer name an unlinked one ("Khairy Jamaluddin" and "Khairy Jamaluddin Abu Bakar")
      const own = find(i);
      if (m === null || m.owner === undefined || m.had.has(own)) continue;
      const known = len >= 2 && kb[own] !== undefined && kb[m.owner] === undefined;
      if (known || mentions[m.owner]! >= mentions[own]!) decided.push([i, m.owner, m.rule]);
    }
    // names bringing two different lexicon ids to one group: neither id joins (the order they
    // came in would otherwise decide which)
    const brings = decided.map(([i]) => kb[find(i)]);
    const targetKb = decided.map(([, j]) => kb[j]);
    const incoming = new Map<number, Set<string>>();
    decided.forEach(([, j], d) => {
      const k = brings[d];
      if (k !== undefined) incoming.set(j, (incoming.get(j) ?? new Set<string>()).add(k));
    });
    decided.forEach(([i, j, rule], d) => {
      const k = brings[d];
      const target = targetKb[d];
      if (k !== undefined && ((incoming.get(j)?.size ?? 0) > 1 || (target !== undefined && target !== k))) return;
      union(i, j, rule);
    });
  }

  const groupOf = new Array<number>(n);
  const groups: { members: number[]; kb?: string; rules: MergeRule[] }[] = [];
  const index = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = index.get(r);
    if (g === undefined) {
      g = groups.length;
      index.set(r, g);
      const k = kb[r];
      groups.push({ members: [], ...(k !== undefined ? { kb: k } : {}), rules: MERGE_RULES.filter((x) => (used[r]! & bit(x)) !== 0) });
    }
    groups[g]!.members.push(i);
    groupOf[i] = g;
  }
  return { groupOf, groups };
}
