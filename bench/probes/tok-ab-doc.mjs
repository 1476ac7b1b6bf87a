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
import { pairedAB } from './paired.mjs';

const [ra, rb, passes = '12', fn = 'segment', corpus = '../shared/data/corpus/malay_news_my.jsonl'] = process.argv.slice(2);
// the query string makes a distinct module instance even when both roots are the same (A/A)
const load = async (root, tag) => (await import(`${pathToFileURL(resolve(root, 'dist/tokenize/index.js')).href}?${tag}`))[fn];
const A = await load(ra, 'a');
const B = await load(rb, 'b');
const docs = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const sub = docs.filter((_, i) => i % 3 === 0);
pairedAB(fn, sub, A, B, Number(passes));
