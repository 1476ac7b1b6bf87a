// Child process of `npm run bench` (scaling): cost per token of extract() for documents of
// growing size, made by concatenating corpus articles. Sizes up to 1 MB are measured over the
// same first 1 MB of concatenated text cut into documents of that size; larger sizes over one
// document of that size (whose first 1 MB is the same text). Prints one JSON line per size as
// it finishes, so a parent that kills a slow run keeps the sizes already measured, and a
// {size, start: true, tokens, passes} line when the timed passes of a size begin.
//   node bench/probes/scaling.mjs CORPUS.jsonl SIZES(bytes, comma-separated) RUNS RUNS_LARGE
import { readFileSync } from 'node:fs';
import { createPipeline, segment } from '../../dist/index.js';

const [corpusPath, sizesArg, runsArg, runsLargeArg] = process.argv.slice(2);
const sizes = sizesArg.split(',').map(Number);
const runs = Number(runsArg ?? 3);
const runsLarge = Number(runsLargeArg ?? 1);
const biggest = Math.max(...sizes);
const REGION = 1_000_000;

const texts = [];
let total = 0;
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const t = JSON.parse(line).text;
  texts.push(t);
  total += t.length + 2;
  if (total > biggest * 1.05 + 1000) break;
}
const all = texts.join('\n\n');

/** consecutive documents of about `size` bytes from the start of the text, cut at whitespace */
function chunks(size, limit) {
  const out = [];
  let pos = 0;
  let bytes = 0;
  while (pos < all.length && bytes < limit) {
    let end = Math.min(all.length, pos + size);
    if (end < all.length) {
      const ws = all.lastIndexOf(' ', end);
      if (ws > pos + size * 0.9) end = ws;
    }
    const c = all.slice(pos, end);
    out.push(c);
    bytes += Buffer.byteLength(c);
    pos = end;
  }
  return out;
}

const pipeline = createPipeline({ maxLength: 50_000_000 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// warm-up: small and medium documents
for (const c of chunks(1000, 200_000)) pipeline.extract(c);
for (const c of chunks(100_000, 200_000)) pipeline.extract(c);

for (const size of sizes) {
  const docs = size <= REGION ? chunks(size, REGION) : chunks(size, size);
  const doc = size <= REGION ? docs : docs.slice(0, 1);
  let tokens = 0;
  let bytes = 0;
  for (const d of doc) {
    tokens += segment(d).tokens.length;
    bytes += Buffer.byteLength(d);
  }
  const times = [];
  const n = size <= REGION ? runs : runsLarge;
  // tells the parent the timed passes start now (it may kill a run that is clearly superlinear)
  process.stdout.write(`${JSON.stringify({ size, start: true, tokens, passes: n })}\n`);
  for (let r = 0; r < n; r++) {
    const t0 = performance.now();
    for (const d of doc) pipeline.extract(d);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  process.stdout.write(
    `${JSON.stringify({ size, docs: doc.length, bytesPerDoc: Math.round(bytes / doc.length), tokens, ms, runs: times, nsPerToken: (ms * 1e6) / tokens })}\n`,
  );
}
