// No super-linear behaviour: inputs of size n and 8n built to stress each recogniser (long runs
// of capitalised words, of heads, of titles, of "dan", of commas, of brackets), and the time
// ratio must stay near 8 for 8x the input. A complexity check with generous bounds, not a speed target.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { leastCpuMsPair } from '../support/cpu.js';

const pipeline = createPipeline();

describe('extract() time grows linearly with the input', () => {
  it.each([
    ['capitalised words', 'Korea '],
    ['an unknown name again and again', 'Razlan Hemdi, '],
    ['organisation heads', 'Kementerian '],
    ['place heads', 'Kampung '],
    ['titles', 'Datuk Seri '],
    ['a role and a country', 'Presiden Rusia, '],
    ['a body with a place', 'Majlis Keselamatan PBB '],
    ['party wings', 'Wanita UMNO Bahagian '],
    ['acronyms', 'UMNO '],
    ['bracketed short forms', '(ABC) '],
    ['compass words', 'Utara '],
    ['conjunctions', 'dan '],
    ['commas', ', '],
    ['speech verbs and quotes', '“Ya,” kata Razlan. '],
    ['meeting triggers', 'Razlan bertemu Hemdi. '],
    ['datelines', 'KUALA LUMPUR, 3 Mac – '],
    ['companies', 'Gomasi Jaya Sdn Bhd '],
  ])('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(5_000 / unit.length));
    const large = unit.repeat(Math.ceil(40_000 / unit.length));
    const [a, b] = leastCpuMsPair((t: string) => pipeline.extract(t), small, large);
    // 8x the input: linear gives ~8, quadratic ~64. The wide margin absorbs garbage collection
    // and a busy machine; the floor absorbs timer noise on tiny times.
    expect(b / Math.max(a, 5)).toBeLessThan(25);
  });
});
