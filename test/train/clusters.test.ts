// The clustering of train/clusters.ts on a small text written for the test: words that stand in
// the same company (given names after "Encik", states after "negeri") share a cluster, and the
// same text always gives the same clusters.
import { describe, expect, it } from 'vitest';
import { decodeClusters } from '../../src/learn/clusters.js';
import { wordClusters } from '../../train/clusters.js';

const NAMES = ['Ahmad', 'Salleh', 'Rahim', 'Kamal'];
const STATES = ['Johor', 'Kedah', 'Perlis', 'Pahang'];
const texts = NAMES.flatMap((n, i) => {
  const s = STATES[i]!;
  return [
    `Encik ${n} berkata projek itu siap. Encik ${n} berkata lagi.`,
    `Mereka tinggal di negeri ${s} sejak dahulu. Di negeri ${s} ada sawah.`,
    `Encik ${n} pulang ke negeri ${s} semalam.`,
  ];
});
const settings = { minCount: 2, contextWords: 20, clusters: 4, iterations: 5, skipTop: 0 } as const;

describe('word clusters from unlabelled text', () => {
  it('puts given names in one cluster and states in another', () => {
    const map = decodeClusters(wordClusters(texts, settings));
    const nameCluster = map.get('Ahmad');
    const stateCluster = map.get('Johor');
    expect(nameCluster).toBeDefined();
    expect(stateCluster).toBeDefined();
    expect(nameCluster).not.toBe(stateCluster);
    for (const n of NAMES) expect(map.get(n)).toBe(nameCluster);
    for (const s of STATES) expect(map.get(s)).toBe(stateCluster);
  });

  it('is deterministic', () => {
    expect(wordClusters(texts, settings)).toEqual(wordClusters(texts, settings));
  });
});
