// npm run eval:wikiann: token-aligned entity P/R/F1 (seqeval-style, exact chunks) on WikiANN
// Malay dev (../shared/data/wikiann-ms/dev.conll). Each sentence's tokens are joined with
// spaces into a text, kenal runs over it, and every token inside an entity span takes the
// entity's B-/I- tag.
//
// How it is scored, and why a second row: WikiANN's silver labels differ from our annotation
// guidelines: it tags countries and other places in organisation names as ORG ("Korea Utara"
// ORG in places), keeps titles inside person spans, and tags whole template phrases
// ("Komun di jabatan Ardennes" as one LOC). So beside the strict labelled score we report a
// label-agnostic score (the same chunk boundaries, any label).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConll } from '../src/formats/conll.js';
import { formatReport, scoreSequences } from '../src/formats/eval.js';
import { createPipeline } from '../src/index.js';

const path = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/wikiann-ms/dev.conll', import.meta.url));
const sentences = parseConll(readFileSync(path, 'utf8')).flatMap((d) => d.sentences);
const pipeline = createPipeline({ relations: false });

const gold: string[][] = [];
const pred: string[][] = [];
const t0 = performance.now();
for (const s of sentences) {
  const words = s.map((t) => t.text);
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const tags = words.map(() => 'O');
  for (const e of pipeline.extract(text, { fields: ['entities'] }).entities) {
    let first = true;
    words.forEach((w, i) => {
      const ws = starts[i]!;
      if (ws < e.end && e.start < ws + w.length) {
        tags[i] = `${first ? 'B' : 'I'}-${e.label}`;
        first = false;
      }
    });
  }
  gold.push(s.map((t) => t.tag));
  pred.push(tags);
}
const ms = performance.now() - t0;
const anyLabel = (xs: string[][]) => xs.map((tags) => tags.map((t) => (t === 'O' ? t : `${t.slice(0, 2)}ENT`)));
console.log(`WikiANN ms dev: ${sentences.length} sentences, ${gold.flat().length} tokens, ${(ms / 1000).toFixed(1)} s\n`);
console.log('labelled (PER/ORG/LOC as tagged):');
console.log(formatReport(scoreSequences(gold, pred)));
console.log('\nlabel-agnostic (chunk boundaries only):');
console.log(formatReport(scoreSequences(anyLabel(gold), anyLabel(pred))));
