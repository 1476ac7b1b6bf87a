// Paired per-document A/B of createPipeline().extract() of two built trees, in one process:
// each document is run by both builds back to back, in alternating order, so the drifts of a
// shared machine and the bias towards the second-loaded copy cancel (as tok-ab-doc.mjs does for
// the tokenizer). Every STRIDE-th corpus document; the first two passes are warm-up. Also checks
// that both builds give the same JSON for every document (prints the first difference).
//   node bench/probes/extract-ab-doc.mjs ROOT_A ROOT_B [PASSES] [STRIDE] [CORPUS]
// ROOT_* are project roots holding dist/ and lexicons/dist (a git worktree with node_modules
// linked in). Prints B/A: below 1 means B is faster. The build loaded second has measured 2-7%
// slower in some sessions: for a change of a few percent, run both orders (A B, then B A).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pairedAB } from './paired.mjs';

const [ra, rb, passes = '10', strideArg = '6', corpus = '../shared/data/corpus/malay_news_my.jsonl'] = process.argv.slice(2);
if (!ra || !rb) {
  console.error('usage: node bench/probes/extract-ab-doc.mjs ROOT_A ROOT_B [PASSES] [STRIDE] [CORPUS]');
  process.exit(2);
}
// the query string makes a distinct module instance even when both roots are the same (A/A)
const load = async (root, tag) => (await import(`${pathToFileURL(resolve(root, 'dist/index.js')).href}?${tag}`)).createPipeline();
const A = await load(ra, 'a');
const B = await load(rb, 'b');
const stride = Number(strideArg);
const docs = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const sub = docs.filter((_, i) => i % stride === 0);
let differ = 0;
for (const t of sub) {
  const x = JSON.stringify(A.extract(t));
  const y = JSON.stringify(B.extract(t));
  if (x !== y && differ++ === 0) {
    let i = 0;
    while (x[i] === y[i]) i++;
    console.log(`outputs differ: A …${x.slice(Math.max(0, i - 80), i + 80)}\n              B …${y.slice(Math.max(0, i - 80), i + 80)}`);
  }
}
console.log(`${sub.length} documents, ${differ} with different output`);
pairedAB(
  'extract',
  sub,
  (t) => A.extract(t),
  (t) => B.extract(t),
  Number(passes),
);
