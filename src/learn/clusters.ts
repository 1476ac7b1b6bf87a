// Word clusters as compiled data: every word once, sorted by code units and joined by single
// spaces (a token never holds a space), and each word's cluster number as one character beside
// it (code 48 + the number). Built by `npm run train` from unlabelled news (train/clusters.ts);
// the entity tagger reads a word's cluster as a feature.
//
// Why sorted: a cold start asks a few hundred words, and a Map of the 25,000 words of the two
// bundled tables took some 8 ms to fill at every start (its keys sliced off their groups, then
// copied by the young-generation collector). The bundled tables (lazyClusters) answer the first
// look-ups by binary search in the text, making no string per word, and fill the Map once a
// corpus has asked often; decodeClusters fills it at once, for training and tests.
import { byCodeUnits, SEARCHES_BEFORE_TABLE, wordPosition, wordStarts } from '../support/sorted-index.js';

export interface EncodedClusters {
  /** Every word, sorted by code units, joined by single spaces. */
  readonly words: string;
  /** The cluster of each word of `words`, in order: one character each, code 48 + the cluster. */
  readonly clusters: string;
}

/** Word (as written) -> its cluster number. */
export type WordClusters = ReadonlyMap<string, number>;

const CODE_BASE = 48;

/** groups[i] are the words of cluster i; a word in several groups takes the last. */
export function encodeClusters(groups: readonly (readonly string[])[]): EncodedClusters {
  if (groups.length > 0xffff - CODE_BASE) throw new Error(`too many clusters: ${groups.length}`);
  const clusterOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const w of g) {
      if (w === '' || /\s/.test(w)) throw new Error(`a cluster word must hold no space: ${JSON.stringify(w)}`);
      clusterOf.set(w, i);
    }
  });
  const words = [...clusterOf.keys()].sort(byCodeUnits);
  return { words: words.join(' '), clusters: words.map((w) => String.fromCharCode(CODE_BASE + clusterOf.get(w)!)).join('') };
}

/** The table as a Map, filled at once. */
export function decodeClusters(e: EncodedClusters): Map<string, number> {
  const out = new Map<string, number>();
  fill(out, e);
  return out;
}

function fill(out: Map<string, number>, e: EncodedClusters): void {
  if (e.words === '') return;
  const words = e.words.split(' ');
  for (let i = 0; i < words.length; i++) out.set(words[i]!, e.clusters.charCodeAt(i) - CODE_BASE);
}

/**
 * The table as a Map (the pipeline's options take Maps) that answers its first `after` look-ups
 * by binary search in the encoded text, then fills itself, as decodeClusters would, and answers
 * from that. Anything else asked of it (size, iteration, a change) fills it first. The same
 * answers either way.
 */
export function lazyClusters(e: EncodedClusters, after = SEARCHES_BEFORE_TABLE): Map<string, number> {
  return new SortedClusters(e, after);
}

class SortedClusters extends Map<string, number> {
  private readonly encoded: EncodedClusters;
  private readonly after: number;
  private filled = false;
  private asked = 0;
  private starts: Int32Array | undefined;
  constructor(e: EncodedClusters, after: number) {
    super();
    this.encoded = e;
    this.after = after;
  }
  private full(): this {
    if (!this.filled) {
      this.filled = true;
      fill(this, this.encoded);
    }
    return this;
  }
  override get(key: string): number | undefined {
    if (this.filled) return super.get(key);
    if (++this.asked > this.after) return this.full() && super.get(key);
    const { words, clusters } = this.encoded;
    this.starts ??= wordStarts(words);
    const i = wordPosition(words, this.starts, key, 0, key.length);
    return i < 0 ? undefined : clusters.charCodeAt(i) - CODE_BASE;
  }
  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  override get size(): number {
    this.full();
    return super.size;
  }
  override set(key: string, value: number): this {
    this.full();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.full();
    return super.delete(key);
  }
  override clear(): void {
    this.full();
    super.clear();
  }
  override forEach(f: (value: number, key: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    this.full();
    super.forEach(f, thisArg);
  }
  override entries(): MapIterator<[string, number]> {
    return this.full() && super.entries();
  }
  override keys(): MapIterator<string> {
    return this.full() && super.keys();
  }
  override values(): MapIterator<number> {
    return this.full() && super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.full() && super[Symbol.iterator]();
  }
}
