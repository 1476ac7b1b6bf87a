// Paired per-document A/B of createPipeline().extract() of two built trees, in one process:
// each document is run by both builds back to back, in alternating order, so the drifts of a
// shared machine and the bias towards the second-loaded copy cancel (as tok-ab-doc.mjs does for
// the tokenizer). Every STRIDE-th corpus document; the first two passes are warm-up. Also checks
// that both builds give the same JSON for every document (prints the first difference).
//   node bench/probes/extract-ab-doc.mjs ROOT_A ROOT_B [PASSES] [STRIDE] [CORPUS]
// ROOT_* are project roots holding dist/ and lexicons/dist (a git worktree with node_modules
// linked in). Prints B/A: below 1 means B is faster.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [ra, rb, passes = '10', strideArg = '6', corpus = '../shared/data/corpus/malay_news_my.jsonl'] = process.argv.slice(2);
if (!ra || !rb) {
  console.error('usage: node bench/probes/extract-ab-doc.mjs ROOT_A ROOT_B [PASSES] [STRIDE] [CORPUS]');
  process.exit(2);
}
// the query string makes a distinct module instance even when both roots are the same (A/A)
const load = async (root, tag) => (await import(pathToFileURL(resolve(root, 'dist/index.js')).href + `?${tag}`)).createPipeline();
const A = await load(ra, 'a');
const B = await load(rb, 'b');
const stride = Number(strideArg);
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
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
const ta = [];
const tb = [];
for (let p = 0; p < Number(passes); p++) {
  let a = 0;
  let b = 0;
  sub.forEach((t, i) => {
    const [f, g] = (i + p) & 1 ? [A, B] : [B, A];
    const x = performance.now();
    f.extract(t);
    const y = performance.now();
    g.extract(t);
    const z = performance.now();
    if (f === A) {
      a += y - x;
      b += z - y;
    } else {
      b += y - x;
      a += z - y;
    }
  });
  if (p >= 2) {
    ta.push(a);
    tb.push(b);
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const ratios = ta.map((a, i) => tb[i] / a);
console.log(`extract A min ${Math.min(...ta).toFixed(0)} med ${med(ta).toFixed(0)} ms | B min ${Math.min(...tb).toFixed(0)} med ${med(tb).toFixed(0)} ms | B/A of mins ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}, median of per-pass ratios ${med(ratios).toFixed(3)}`);
