import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/recognise/mention.js';
import { compareProposals, resolveOverlaps } from '../../src/recognise/resolve.js';

const m = (start: number, end: number, by: Mention['by'], score: number, label: Mention['label'] = 'ORG'): Mention => ({
  start,
  end,
  tokenStart: start,
  tokenEnd: end,
  label,
  by,
  score,
});

describe('overlap policies', () => {
  it('longest-span: an ORG containing a place beats the place', () => {
    const kept = resolveOverlaps([m(2, 4, 'gazetteer', 0.9, 'LOC'), m(0, 4, 'org-head', 0.8)]);
    expect(kept).toEqual([m(0, 4, 'org-head', 0.8)]);
  });
  it('confident-first: a confident gazetteer match beats a longer guess', () => {
    const kept = resolveOverlaps([m(0, 3, 'context', 0.35), m(1, 3, 'gazetteer', 0.9, 'LOC')]);
    expect(kept).toEqual([m(1, 3, 'gazetteer', 0.9, 'LOC')]);
  });
  it('recogniser-priority: on equal spans the gazetteer wins over a pattern', () => {
    expect(compareProposals(m(0, 2, 'gazetteer', 0.9), m(0, 2, 'title', 0.9))).toBeLessThan(0);
  });
  it('non-overlapping mentions are all kept, in text order', () => {
    const kept = resolveOverlaps([m(5, 6, 'acronym', 0.6), m(0, 2, 'gazetteer', 0.9)]);
    expect(kept.map((x) => x.start)).toEqual([0, 5]);
  });
});
