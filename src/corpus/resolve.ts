// From the names the first pass tallied to corpus entities: the names in a fixed order (so the
// ids do not depend on document order), merged (merge.ts), one entity per merged group
// (entities.ts), and each name key's entity. One function for `kenal corpus` and its tests.
import type { Lexicon } from '../lexicon/types.js';
import { type CorpusEntities, corpusEntities } from './entities.js';
import { lexiconPersonKeys, type MergeResult, mergeNames, sameNameKey } from './merge.js';
import type { NameRules } from './names.js';
import type { EntityTally } from './reduce.js';

export interface ResolvedEntities extends CorpusEntities {
  readonly merge: MergeResult;
  /** Name key (EntityTally.key) -> its corpus entity. */
  readonly entityOf: ReadonlyMap<string, CorpusEntities['entities'][number]>;
}

export function resolveEntities(tallied: Iterable<EntityTally>, lexicon: Lexicon, rules: NameRules): ResolvedEntities {
  const names = [...tallied].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const merge = mergeNames(
    names.map((t) => ({
      label: t.label,
      // a linked name merges under the lexicon's name: a mention linked by mistake (coreference
      // gave Pope Francis the canonical "Francis Yeoh") must not pull that name's other mentions in
      canonical:
        (t.kb !== undefined ? lexicon.byId(t.kb)?.name : undefined) ??
        [...t.canonicals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
      ...(t.kb !== undefined ? { kb: t.kb } : {}),
      mentions: t.mentions,
    })),
    rules,
    lexiconPersonKeys(lexicon.entries, rules),
  );
  const resolved = corpusEntities(
    names,
    merge,
    (label, canonical) => sameNameKey({ label, canonical }, rules),
    (kb) => {
      const e = lexicon.byId(kb);
      return e === undefined ? undefined : { name: e.name, country: e.country };
    },
  );
  const entityOf = new Map(names.map((t, i) => [t.key, resolved.ofGroup[merge.groupOf[i]!]!]));
  return { ...resolved, merge, entityOf };
}
