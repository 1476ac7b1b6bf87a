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

/**
 * The words of each group read off by their spaces, not split into an array of their own: a
 * quarter less of the start-up time this takes (25,000 words in the bundled tables, read once
 * per process while the code still runs unoptimised).
 */
export function decodeClusters(e: EncodedClusters): WordClusters {
  const out = new Map<string, number>();
  const groups = e.groups;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    let from = 0;
    while (from < g.length) {
      let to = g.indexOf(' ', from);
      if (to < 0) to = g.length;
      out.set(g.slice(from, to), i);
      from = to + 1;
    }
  }
  return out;
}
