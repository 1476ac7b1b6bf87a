// A/B of two builds of tokenize() and segment(): alternates child processes of each build
// (A B B A ...), each a warm-up pass and then timed passes over the whole corpus, and reports
// min and median CPU time (user + system) per pass: on a noisy machine CPU time varies far
// less than wall-clock time, and separate processes keep one build's garbage and feedback
// from charging the other.
//   node bench/probes/tok-ab.mjs DIST_A DIST_B [ROUNDS] [CORPUS]
// TOK_AB_FNS=segment (comma-separated) times only those functions (default tokenize,segment).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const corpusDefault = '../shared/data/corpus/malay_news_my.jsonl';
if (process.argv[2] === '--child') {
  const [, , , dist, fn, passes, corpus] = process.argv;
  const texts = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
  const f = (await import(pathToFileURL(resolve(dist, 'kenal.js')).href))[fn];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const t of texts) f(t);
  const out = [];
  for (let r = 0; r < Number(passes); r++) {
    const c0 = cpu();
    let n = 0;
    for (const t of texts) n += f(t).length;
    out.push(cpu() - c0);
    if (n === 0) throw new Error('no tokens');
  }
  console.log(JSON.stringify(out));
} else {
  const [a = '/tmp/tok-base/dist', b = 'dist', roundsArg = '4', corpus = corpusDefault] = process.argv.slice(2);
  const self = fileURLToPath(import.meta.url);
  const fns = (process.env.TOK_AB_FNS ?? 'tokenize,segment').split(',');
  const times = {};
  for (const fn of fns) {
    for (let r = 0; r < Number(roundsArg); r++) {
      for (const [name, dist] of r % 2 === 0
        ? [
            ['A', a],
            ['B', b],
          ]
        : [
            ['B', b],
            ['A', a],
          ]) {
        const out = JSON.parse(execFileSync(process.execPath, [self, '--child', dist, fn, '3', corpus], { encoding: 'utf8' }));
        (times[`${fn} ${name}`] ??= []).push(...out);
      }
    }
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  for (const [k, c] of Object.entries(times))
    console.log(`${k}: cpu min ${Math.min(...c).toFixed(0)} med ${med(c).toFixed(0)} ms (${c.length} passes)`);
  for (const fn of fns) {
    const ta = times[`${fn} A`],
      tb = times[`${fn} B`];
    console.log(`${fn}: B/A cpu median ${(med(tb) / med(ta)).toFixed(3)}, min ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}`);
  }
}
