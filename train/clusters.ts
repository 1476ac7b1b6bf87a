// Word clusters from unlabelled news: words that stand in the same company fall in one cluster
// (given names with given names, state names with country names, "Kementerian" with "Jabatan"
// and "Majlis", reporting verbs with reporting verbs). The entity tagger reads a word's cluster
// as a feature, so a name the 442 training articles never hold still looks like the names of its
// cluster. Why unlabelled text: the corpus holds 4,631 articles, ten times the training set, and
// a word's neighbours there say what kind of word it is without anyone annotating it.
//
// How: every word (as written, capitals kept) seen MIN_COUNT times or more is a vector of counts
// of the CONTEXT_WORDS most frequent words one and two places either side of it (square roots of
// counts, scaled to length 1); spherical k-means puts them into CLUSTERS groups, started from
// words at evenly spaced frequency ranks and run for ITERATIONS rounds. Deterministic: no random
// numbers, ties go to the lower cluster, the corpus is read in file order.
import { type EncodedClusters, encodeClusters } from '../src/learn/clusters.js';
import { segment } from '../src/tokenize/index.js';
import { SHARED } from './gold.js';

export const CORPUS = `${SHARED}data/corpus/malay_news_my.jsonl`;
export interface ClusterSettings {
  /** Fewest occurrences of a word for it to be clustered. */
  readonly minCount: number;
  /** How many of the most frequent words (lower case) serve as context. */
  readonly contextWords: number;
  readonly clusters: number;
  readonly iterations: number;
  /** The most frequent words (function words) start no cluster. */
  readonly skipTop: number;
}
export const CLUSTER_SETTINGS: ClusterSettings = { minCount: 5, contextWords: 1000, clusters: 256, iterations: 12, skipTop: 100 };

interface Doc {
  readonly text: readonly string[];
  readonly norm: readonly string[];
  readonly word: Uint8Array;
}

const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The clusters of the corpus's words. */
export function wordClusters(texts: readonly string[], o: ClusterSettings = CLUSTER_SETTINGS): EncodedClusters {
  const docs: Doc[] = [];
  const freq = new Map<string, number>();
  const normFreq = new Map<string, number>();
  for (const text of texts) {
    const { tokens } = segment(text);
    const doc = {
      text: tokens.map((t) => t.text),
      norm: tokens.map((t) => t.norm),
      word: Uint8Array.from(tokens, (t) => (t.kind === 'word' ? 1 : 0)),
    };
    docs.push(doc);
    for (let i = 0; i < tokens.length; i++) {
      if (doc.word[i]) count(freq, doc.text[i]!);
      count(normFreq, doc.norm[i]!);
    }
  }
  const contextId = new Map(
    [...normFreq]
      .sort(byCount)
      .slice(0, o.contextWords)
      .map(([w], i) => [w, i] as const),
  );
  const vocab = [...freq]
    .filter(([, c]) => c >= o.minCount)
    .sort(byCount)
    .map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i] as const));
  const dims = 4 * o.contextWords;
  // context counts per word, then sparse unit vectors
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  for (const d of docs) {
    const n = d.text.length;
    for (let i = 0; i < n; i++) {
      const v = d.word[i] ? wordId.get(d.text[i]!) : undefined;
      if (v === undefined) continue;
      const m = counts[v]!;
      const add = (j: number, slot: number): void => {
        const c = j >= 0 && j < n ? contextId.get(d.norm[j]!) : undefined;
        if (c !== undefined) {
          const key = slot * o.contextWords + c;
          m.set(key, (m.get(key) ?? 0) + 1);
        }
      };
      add(i - 1, 0);
      add(i + 1, 1);
      add(i - 2, 2);
      add(i + 2, 3);
    }
  }
  const index: Int32Array[] = [];
  const value: Float64Array[] = [];
  for (const m of counts) {
    const keys = Int32Array.from(m.keys()).sort();
    const vals = Float64Array.from(keys, (k) => Math.sqrt(m.get(k)!));
    let len = 0;
    for (const x of vals) len += x * x;
    len = Math.sqrt(len) || 1;
    for (let j = 0; j < vals.length; j++) vals[j]! /= len;
    index.push(keys);
    value.push(vals);
  }
  const V = vocab.length;
  const K = Math.min(o.clusters, Math.max(1, V - o.skipTop));
  // centres by dimension: centre[f * K + c], so a word's score against every centre reads memory in order
  const centre = new Float64Array(K * dims);
  for (let c = 0; c < K; c++) {
    const w = Math.min(V - 1, o.skipTop + Math.floor((c * (V - o.skipTop)) / K));
    for (let j = 0; j < index[w]!.length; j++) centre[index[w]![j]! * K + c] = value[w]![j]!;
  }
  const assign = new Int32Array(V).fill(-1);
  const score = new Float64Array(K);
  for (let it = 0; it < o.iterations; it++) {
    for (let w = 0; w < V; w++) {
      score.fill(0);
      const ix = index[w]!;
      const vx = value[w]!;
      for (let j = 0; j < ix.length; j++) {
        const f = ix[j]!;
        const x = vx[j]!;
        const row = f * K;
        for (let c = 0; c < K; c++) score[c]! += centre[row + c]! * x;
      }
      let best = 0;
      for (let c = 1; c < K; c++) if (score[c]! > score[best]!) best = c;
      assign[w] = best;
    }
    centre.fill(0);
    for (let w = 0; w < V; w++) {
      const c = assign[w]!;
      const ix = index[w]!;
      const vx = value[w]!;
      for (let j = 0; j < ix.length; j++) centre[ix[j]! * K + c]! += vx[j]!;
    }
    const len = new Float64Array(K);
    for (let i = 0; i < centre.length; i++) len[i % K]! += centre[i]! ** 2;
    for (let c = 0; c < K; c++) len[c] = Math.sqrt(len[c]!) || 1;
    for (let i = 0; i < centre.length; i++) centre[i]! /= len[i % K]!;
  }
  const groups: string[][] = Array.from({ length: K }, () => []);
  for (let w = 0; w < V; w++) groups[assign[w]!]!.push(vocab[w]!);
  return encodeClusters(groups);
}
