// The optimising compiler's work in one pass of extract() over a corpus, in a fresh process:
// how many functions V8 optimised (TurboFan), how long that took on its background threads, how
// often optimised code was thrown away (deoptimised) and why, and which functions it happened to
// most. Runs extract-loop.mjs (the built dist/ of ROOT) under node --trace-opt --trace-deopt.
// What this catches that a steady-state timing does not: objects of several shapes reaching one
// piece of code ("wrong map": each new shape throws the optimised code away, and a large function
// such as the tagger's tokenFeatures takes 100-300 ms to compile again), which a CLI run, a worker
// thread or a fresh service pays on every start.
//   node bench/probes/jit.mjs [ROOT] [CHARS] [CORPUS]
// ROOT defaults to this project; CHARS (default: the whole corpus) picks every k-th article.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const [rootArg, charsArg = '100000000', corpusArg] = process.argv.slice(2);
const root = resolve(rootArg ?? resolve(here, '../..'));
const corpus = resolve(corpusArg ?? resolve(root, '../shared/data/corpus/malay_news_my.jsonl'));
const loop = resolve(root, 'bench/probes/extract-loop.mjs');
const r = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', loop, corpus, charsArg, '1'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (r.status !== 0) {
  process.stderr.write(r.stderr);
  process.exit(r.status ?? 1);
}
const lines = r.stdout.split('\n');
const result = JSON.parse(lines.filter((l) => l.startsWith('{')).at(-1) ?? '{}');
let compiles = 0;
let compileMs = 0;
const compiledBy = new Map();
const reasons = new Map();
const deoptedBy = new Map();
const bump = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
for (const l of lines) {
  if (l.startsWith('[completed compiling')) {
    compiles++;
    const ms = /took [\d.]+, ([\d.]+), [\d.]+ ms/.exec(l);
    const name = /<JSFunction (\S+?)[ >]/.exec(l)?.[1] ?? '?';
    if (ms) {
      compileMs += Number(ms[1]);
      bump(compiledBy, name, Number(ms[1]));
    }
  } else if (l.startsWith('[bailout (kind:')) {
    bump(reasons, /reason: ([^)]*)\)/.exec(l)?.[1] ?? '?');
    bump(deoptedBy, /deoptimizing \S+ <JSFunction (\S+?)[ >]/.exec(l)?.[1] ?? '?');
  }
}
const top = (m, n) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
const deopts = [...reasons.values()].reduce((a, b) => a + b, 0);
console.log(`${result.docs} documents, ${result.chars} characters, extract ${Math.round(result.extractMs)} ms (one pass, fresh process)`);
console.log(`optimised (TurboFan) ${compiles} times, ${Math.round(compileMs)} ms of compiling on background threads`);
console.log(`  most compile time: ${top(compiledBy, 8)}`);
console.log(`deoptimised ${deopts} times`);
console.log(`  reasons: ${top(reasons, 6)}`);
console.log(`  functions: ${top(deoptedBy, 10)}`);
