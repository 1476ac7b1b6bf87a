// Word clusters as compiled data: cluster i is the i-th string of `groups`, its words joined by
// single spaces (a token never holds a space). Built by `npm run train` from unlabelled news
// (train/clusters.ts); the entity tagger reads a word's cluster as a feature.

export interface EncodedClusters {
  readonly groups: readonly string[];
}

/** Word (as written) -> its cluster number. */
export type WordClusters = ReadonlyMap<string, number>;

export function encodeClusters(groups: readonly (readonly string[])[]): EncodedClusters {
  for (const g of groups)
    for (const w of g) if (w === '' || /\s/.test(w)) throw new Error(`a cluster word must hold no space: ${JSON.stringify(w)}`);
  return { groups: groups.map((g) => g.join(' ')) };
}

export function decodeClusters(e: EncodedClusters): WordClusters {
  const out = new Map<string, number>();
  e.groups.forEach((g, i) => {
    if (g !== '') for (const w of g.split(' ')) out.set(w, i);
  });
  return out;
}
