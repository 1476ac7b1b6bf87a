// Child process of `npm run bench` (memory): the peak RSS of extracting ONE large document, made
// by concatenating corpus articles (blank line between) from the start of the corpus, repeated
// if the corpus is shorter. Only the bytes needed are read, so the figure is the pipeline and
// the document, not a whole corpus held in memory. The process's peak comes from the kernel
// (process.resourceUsage().maxRSS, the figure `/usr/bin/time -v` prints). Prints one JSON line.
//   node bench/probes/peak-rss.mjs CORPUS.jsonl CHARS
import { closeSync, openSync, readSync } from 'node:fs';

const [corpusPath, charsArg] = process.argv.slice(2);
const want = Number(charsArg);
if (!corpusPath || !(want > 0)) {
  process.stderr.write('usage: node bench/probes/peak-rss.mjs CORPUS.jsonl CHARS\n');
  process.exit(2);
}
const mb = (bytes) => Math.round((bytes / 1e6) * 10) / 10;

// whole lines from the start of the corpus, read in 1 MB blocks until the texts reach `want`
const texts = [];
let total = 0;
{
  const fd = openSync(corpusPath, 'r');
  const block = Buffer.alloc(1 << 20);
  let carry = '';
  let pos = 0;
  for (;;) {
    const n = readSync(fd, block, 0, block.length, pos);
    if (n === 0) break;
    pos += n;
    const lines = (carry + block.subarray(0, n).toString('utf8')).split('\n');
    carry = lines.pop() ?? '';
    for (const l of lines) {
      if (!l.trim()) continue;
      const t = JSON.parse(l).text;
      texts.push(t);
      total += t.length + 2;
    }
    if (total >= want) break;
  }
  closeSync(fd);
}
let text = texts.join('\n\n');
texts.length = 0;
while (text.length < want) text += `\n\n${text}`;
text = text.slice(0, want);

const { createPipeline } = await import('kenal');
const pipeline = createPipeline({ maxLength: Math.max(want, 10_000_000) });
pipeline.extract('Perdana Menteri Anwar Ibrahim bertemu Presiden Prabowo Subianto di Jakarta semalam.');
globalThis.gc?.();
const before = process.memoryUsage().rss;
const t0 = performance.now();
const r = pipeline.extract(text);
const ms = performance.now() - t0;
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({
    chars: text.length,
    ms: Math.round(ms),
    entities: r.entities.length,
    relations: r.relations.length,
    rssBeforeMB: mb(before),
    peakRssMB: mb(peak),
  })}\n`,
);
