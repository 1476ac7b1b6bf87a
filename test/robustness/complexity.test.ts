// No super-linear behaviour, beyond test/properties/complexity.test.ts: more shapes built to
// stress each regular expression, trie walk and chaining step (initials, digit runs inside a
// word, quotes, apostrophes, entities, zero-width and bidi characters, particles, name chains,
// acronym definitions, one endless word). extract() on n and 4n code units must take about 4
// times as long: the bound (10) only catches quadratic growth (16); it is no speed target.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { leastCpuMsPair } from '../support/cpu.js';
import { STRESS } from './inputs.js';

const pipeline = createPipeline();
describe('extract() time grows linearly on more stress shapes (n = 10k vs 4n)', () => {
  it.each(STRESS)('%s', (_name, make) => {
    const small = make(10_000);
    const large = make(40_000);
    const [a, b] = leastCpuMsPair((t: string) => pipeline.extract(t), small, large);
    // the floor absorbs timer noise on tiny times
    expect(b / Math.max(a, 5)).toBeLessThan(10);
  });
});
