// Target of the profile helper (npx tsx bench/profile.ts), run under node --cpu-prof: builds the
// default pipeline, then extracts every document of a fixed corpus subset (every k-th article,
// about CHARS characters) PASSES times. Prints one JSON line with the phase times. With
// `concat`, the document is one text of CHARS characters made by concatenating the first
// articles (what the scaling section measures at 10 MB).
// With `rules`, the pipeline runs without its models (the recognisers' and relation rules' own choice).
//   node --cpu-prof bench/probes/extract-loop.mjs CORPUS.jsonl CHARS PASSES [concat|separate] [rules]
import { readFileSync } from 'node:fs';

const [corpusPath, charsArg, passesArg, mode, models] = process.argv.slice(2);
const want = Number(charsArg ?? 1_000_000);
const passes = Number(passesArg ?? 1);
const docs = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const totalChars = docs.reduce((n, d) => n + d.length, 0);
const stride = Math.max(1, Math.round(totalChars / want));
const picked = mode === 'concat' ? [docs.join('\n\n').slice(0, want)] : want >= totalChars ? docs : docs.filter((_, i) => i % stride === 0);
const us = () => Number(process.hrtime.bigint() / 1000n); // the profiler's monotonic clock, microseconds
const loadStartUs = us();
const t0 = performance.now();
const { createPipeline } = await import('../../dist/index.js');
const pipeline = createPipeline(
  models === 'rules' ? { maxLength: 50_000_000, entityModel: null, relationModel: null } : { maxLength: 50_000_000 },
);
const t1 = performance.now();
let entities = 0;
const extractStartUs = us();
for (let p = 0; p < passes; p++) for (const d of picked) entities += pipeline.extract(d).entities.length;
const t2 = performance.now();
const extractEndUs = us();
process.stdout.write(
  `${JSON.stringify({ docs: picked.length, chars: picked.reduce((n, d) => n + d.length, 0), passes, loadMs: t1 - t0, extractMs: t2 - t1, loadStartUs, extractStartUs, extractEndUs, entities })}\n`,
);
