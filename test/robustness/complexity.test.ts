// No super-linear behaviour, beyond test/properties/complexity.test.ts: more shapes built to
// stress each regular expression, trie walk and chaining step (initials, digit runs inside a
// word, quotes, apostrophes, entities, zero-width and bidi characters, particles, name chains,
// acronym definitions, one endless word). extract() on n and 4n code units must take about 4
// times as long: the bound (10) only catches quadratic growth (16); it is no speed target.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { STRESS } from './inputs.js';
import { leastCpuMs } from '../support/cpu.js';

const pipeline = createPipeline();
const best = (f: () => void): number => leastCpuMs(f);
describe('extract() time grows linearly on more stress shapes (n = 10k vs 4n)', () => {
  it.each(STRESS)('%s', (_name, make) => {
    const small = make(10_000);
    const large = make(40_000);
    // warm up on both sizes: CPU time counts V8's background compiler too, which would otherwise
    // still be optimising for the larger input while it is timed
    pipeline.extract(small);
    pipeline.extract(large);
    const a = best(() => pipeline.extract(small));
    const b = best(() => pipeline.extract(large));
    // the floor absorbs timer noise on tiny times
    expect(b / Math.max(a, 5)).toBeLessThan(10);
  });
});
