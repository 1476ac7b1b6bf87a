// Paired per-document A/B of segment() (or tokenize) of two built trees, in one process: each
// document is run by both builds back to back, in alternating order, so the drifts of a shared
// machine and the bias towards the second-loaded copy cancel (an A/A run of this gave 0.98-0.99;
// whole-pass alternation and the per-stage probe showed 6-16% between identical builds).
// Every third corpus document; the first two passes are warm-up.
//   node bench/probes/tok-ab-doc.mjs ROOT_A ROOT_B [PASSES] [segment|tokenize] [CORPUS]
// ROOT_* are project roots holding dist/ (a copied tree needs package.json, lexicons/dist and
// node_modules beside it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [ra, rb, passes = '12', fn = 'segment', corpus = '../shared/data/corpus/malay_news_my.jsonl'] = process.argv.slice(2);
// the query string makes a distinct module instance even when both roots are the same (A/A)
const load = async (root, tag) => (await import(pathToFileURL(resolve(root, 'dist/tokenize/index.js')).href + `?${tag}`))[fn];
const A = await load(ra, 'a');
const B = await load(rb, 'b');
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const sub = docs.filter((_, i) => i % 3 === 0);
const ta = [];
const tb = [];
for (let p = 0; p < Number(passes); p++) {
  let a = 0;
  let b = 0;
  sub.forEach((t, i) => {
    const [f, g] = (i + p) & 1 ? [A, B] : [B, A];
    const x = performance.now();
    f(t);
    const y = performance.now();
    g(t);
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
console.log(`${fn} A min ${Math.min(...ta).toFixed(0)} med ${med(ta).toFixed(0)} ms | B min ${Math.min(...tb).toFixed(0)} med ${med(tb).toFixed(0)} ms | B/A of mins ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}, median of per-pass ratios ${med(ratios).toFixed(3)}`);
