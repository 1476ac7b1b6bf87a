// Child process of `npm run bench` (memory): RSS and heap of a fresh process with the package
// imported, the default pipeline built (all bundled lexicons) and one document extracted;
// then again after extracting documents read from the first bytes of the corpus.
// Run with --expose-gc so the heap figures are after a full collection. Prints one JSON line.
//   node --expose-gc bench/probes/memory.mjs CORPUS.jsonl [bytes-of-corpus-to-extract]
import { closeSync, openSync, readSync } from 'node:fs';

const [corpusPath, bytesArg] = process.argv.slice(2);
const mb = (x) => Math.round((x / 1e6) * 10) / 10;
const snap = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external) };
};
const baseline = snap();
const { createPipeline } = await import('kenal');
const pipeline = createPipeline();
pipeline.extract('Perdana Menteri Anwar Ibrahim bertemu Presiden Prabowo Subianto di Jakarta semalam.');
const loaded = snap();
let afterDocs;
let docs = 0;
if (corpusPath) {
  const want = Number(bytesArg ?? 2_000_000);
  const buf = Buffer.alloc(want);
  const fd = openSync(corpusPath, 'r');
  const n = readSync(fd, buf, 0, want, 0);
  closeSync(fd);
  const lines = buf.subarray(0, n).toString('utf8').split('\n').slice(0, -1); // whole lines only
  let peak = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    pipeline.extract(JSON.parse(l).text);
    docs++;
    if (docs % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  afterDocs = { ...snap(), peakRssMB: mb(Math.max(peak, process.memoryUsage().rss)) };
}
process.stdout.write(`${JSON.stringify({ baseline, loaded, afterDocs, docs })}\n`);
