// Paired in-process A/B of two builds: both bundles loaded in one process, alternated pass by
// pass (A B, B A ...) over the whole corpus; reports min and median CPU time per pass and the
// median of the per-round B/A ratios, which cancels the slow drifts of a shared machine (an
// A/A run of this gave 0.99). A build copied out of the tree needs node_modules beside its dist/.
//   node bench/probes/tok-ab-paired.mjs DIST_A DIST_B [ROUNDS] [tokenize|segment] [CORPUS]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [a = '/tmp/tok-base/dist', b = 'dist', rounds = '10', fn = 'tokenize', corpus = '../shared/data/corpus/malay_news_my.jsonl'] =
  process.argv.slice(2);
const load = async (d) => (await import(pathToFileURL(resolve(d, 'kenal.js')).href))[fn];
const A = await load(a);
const B = await load(b);
const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const t of texts) {
  A(t);
  B(t);
}
const res = { A: [], B: [] };
for (let r = 0; r < Number(rounds); r++) {
  for (const [k, f] of r % 2
    ? [
        ['A', A],
        ['B', B],
      ]
    : [
        ['B', B],
        ['A', A],
      ]) {
    const c0 = cpu();
    for (const t of texts) f(t);
    res[k].push(cpu() - c0);
  }
}
const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (const [k, v] of Object.entries(res))
  console.log(`${fn} ${k}: cpu min ${Math.min(...v).toFixed(0)} med ${med(v).toFixed(0)} ms (${v.length} passes)`);
console.log(`${fn}: paired B/A median ${med(res.B.map((x, i) => x / res.A[i])).toFixed(3)}`);
