// A pipeline's vocabulary and the caches kept by its ids (src/tokenize/vocabulary.ts): output is
// the same whether the vocabulary is warm, cold, or starts again every few documents, and the
// same as that of a fresh pipeline for each document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline, type Field, pipelineWith } from '../../src/pipeline/index.js';
import { CORPUS, hasShared, SEED } from '../shared.js';

const FIELDS: Field[] = ['entities', 'relations', 'sentences', 'tokens', 'dates'];
const SAMPLE = `Menteri Luar, Datuk Seri Anifah Aman berkata, beliau bertemu Perdana Menteri Jepun di Tokyo semalam.
“Kami bersedia membantu,” katanya kepada pemberita di Kuala Lumpur pada 5 Mei 2018.`;

describe.skipIf(!hasShared)('a pipeline with a vocabulary that starts again (needs ../shared)', () => {
  const corpus = hasShared
    ? readFileSync(CORPUS, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text)
        .filter((_, i) => i % 60 === 0)
    : [];
  const docs = [SAMPLE, ...(hasShared ? [readFileSync(SEED, 'utf8')] : []), ...corpus, SAMPLE];
  const run = (p: ReturnType<typeof createPipeline>): string[] => docs.map((t) => JSON.stringify(p.extract(t, { fields: FIELDS })));
  const warm = run(createPipeline());

  it.each([1, 50, 2000])('gives the same output with a bound of %i texts', (bound) => {
    expect(run(pipelineWith(undefined, bound))).toEqual(warm);
  });

  it('gives each document the output of a fresh pipeline', () => {
    const fresh = docs.slice(0, 12).map((t) => JSON.stringify(createPipeline().extract(t, { fields: FIELDS })));
    expect(fresh).toEqual(warm.slice(0, 12));
  });

  it('gives a document again the same output, in the same pipeline', () => {
    const p = pipelineWith(undefined, 50);
    const once = docs.map((t) => JSON.stringify(p.extract(t, { fields: FIELDS })));
    const again = docs.map((t) => JSON.stringify(p.extract(t, { fields: FIELDS })));
    expect(again).toEqual(once);
  });
});
