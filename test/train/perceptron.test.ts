// The averaged perceptrons of train/perceptron.ts on small made-up problems: they learn what
// separates the classes, the same seed gives the same weights, and cost-augmented training (a
// margin) keeps updating until the gold answer wins by the margin, so it wins by more.
import { describe, expect, it } from 'vitest';
import { scoreInto } from '../../src/learn/linear.js';
import { bioTransitions, ENTITY_TAGS } from '../../src/recognise/decide.js';
import { type ClassExample, meanModel, type SequenceExample, trainMulticlass, trainSequence } from '../../train/perceptron.js';

const BITS = 4;
/** Feature 1 means class 0, feature 2 class 1; feature 3 is always there (a bias). */
const CLASS_EXAMPLES: ClassExample[] = [
  { features: Int32Array.of(1, 3), label: 0 },
  { features: Int32Array.of(2, 3), label: 1 },
  { features: Int32Array.of(1, 3), label: 0 },
  { features: Int32Array.of(2, 3), label: 1 },
];

const scoresOf = (model: ReturnType<typeof trainMulticlass>, features: Int32Array): Float64Array => {
  const out = new Float64Array(model.classes.length);
  scoreInto(model, features, features.length, out, 0);
  return out;
};

/** How far the gold class scores above the other, at the weakest example. */
function weakestGap(margin: number): number {
  const m = trainMulticlass(CLASS_EXAMPLES, ['A', 'B'], { bits: BITS, epochs: 10, seed: 7, margin });
  return Math.min(
    ...CLASS_EXAMPLES.map((ex) => {
      const s = scoresOf(m, ex.features);
      return s[ex.label]! - s[1 - ex.label]!;
    }),
  );
}

describe('trainMulticlass', () => {
  it.each([0, 3])('separates the classes (margin %d)', (margin) => {
    expect(weakestGap(margin)).toBeGreaterThan(0);
  });
  it('with a margin, the gold class wins by more', () => {
    expect(weakestGap(3)).toBeGreaterThan(weakestGap(0));
  });
  it('the same seed gives the same weights', () => {
    const a = trainMulticlass(CLASS_EXAMPLES, ['A', 'B'], { bits: BITS, epochs: 3, seed: 1 });
    const b = trainMulticlass(CLASS_EXAMPLES, ['A', 'B'], { bits: BITS, epochs: 3, seed: 1 });
    expect([...b.weights]).toEqual([...a.weights]);
  });
});

// Two-token windows: feature 5 on a token means B-PER, feature 6 means O.
const tag = (t: string): number => ENTITY_TAGS.indexOf(t as (typeof ENTITY_TAGS)[number]);
const SEQUENCES: SequenceExample[] = [
  { features: Int32Array.of(5, 6), at: Int32Array.of(0, 1, 2), tags: Int32Array.of(tag('B-PER'), tag('O')) },
  { features: Int32Array.of(6, 5), at: Int32Array.of(0, 1, 2), tags: Int32Array.of(tag('O'), tag('B-PER')) },
];

/** The smallest gap, over every position, between the gold tag's emission score and the best other. */
function sequenceGap(margin: number): number {
  const m = trainSequence(SEQUENCES, ENTITY_TAGS, bioTransitions(), { bits: BITS, epochs: 10, seed: 3, margin });
  let gap = Number.POSITIVE_INFINITY;
  for (const ex of SEQUENCES) {
    for (let i = 0; i < ex.tags.length; i++) {
      const s = new Float64Array(ENTITY_TAGS.length);
      scoreInto(m, ex.features.subarray(ex.at[i]!, ex.at[i + 1]!), 1, s, 0);
      const gold = ex.tags[i]!;
      let other = Number.NEGATIVE_INFINITY;
      s.forEach((v, k) => {
        if (k !== gold) other = Math.max(other, v);
      });
      gap = Math.min(gap, s[gold]! - other);
    }
  }
  return gap;
}

describe('trainSequence', () => {
  it.each([0, 3])('tags every position right (margin %d)', (margin) => {
    expect(sequenceGap(margin)).toBeGreaterThan(0);
  });
  it('with a margin, the gold tags win by more', () => {
    expect(sequenceGap(3)).toBeGreaterThan(sequenceGap(0));
  });
});

describe('meanModel', () => {
  it('averages weights and transitions of models of one shape', () => {
    const a = trainSequence(SEQUENCES, ENTITY_TAGS, bioTransitions(), { bits: BITS, epochs: 2, seed: 1 });
    const b = trainSequence(SEQUENCES, ENTITY_TAGS, bioTransitions(), { bits: BITS, epochs: 4, seed: 2 });
    const m = meanModel([a, b]);
    for (const i of [0, 5 * 7, 6 * 7 + 1]) expect(m.weights[i]).toBeCloseTo((a.weights[i]! + b.weights[i]!) / 2, 5);
    expect(m.transitions[3]).toBeCloseTo((a.transitions[3]! + b.transitions[3]!) / 2, 5);
  });
  it('refuses models of different shapes', () => {
    const a = trainMulticlass(CLASS_EXAMPLES, ['A', 'B'], { bits: BITS, epochs: 1, seed: 1 });
    const b = trainMulticlass(CLASS_EXAMPLES, ['A', 'B', 'C'], { bits: BITS, epochs: 1, seed: 1 });
    expect(() => meanModel([a, b])).toThrow(/different shapes/);
  });
});
