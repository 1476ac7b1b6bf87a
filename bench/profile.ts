// Profile helper: runs extraction over a fixed corpus subset under `node --cpu-prof`
// (bench/probes/extract-loop.mjs, the built dist/), then prints the top frames by self time and
// by inclusive time, and self time per source file, for two phases: startup (module loading and
// createPipeline) and extraction (the extract() calls). dist/ frames are mapped back to src/
// through the source maps tsc writes.
//
//   npx tsx bench/profile.ts [--chars 500000] [--passes 1] [--top 25] [--phase both|startup|extract]
//                            [--concat] [--rules] [--focus NAME] [--no-inlining] [--keep] [--no-build] [--corpus FILE.jsonl]
// --rules profiles the pipeline without its models (entityModel and relationModel null): the
// recognisers' and relation rules' own cost.
// --concat profiles one document of --chars characters made by concatenating the first articles
// (the scaling section's large documents) instead of separate articles.
// --no-inlining runs node with --no-turbo-inlining: slower, but time spent in small functions
// that TurboFan inlines is charged to them rather than to their caller (compare both views).
// --focus NAME keeps only samples with a frame of that function on the stack (e.g. --focus segment
// for the tokenizer's share of extraction, --focus link).
// --keep leaves the .cpuprofile (open it in Chrome DevTools or speedscope) and prints its path.
// The startup phase starts after the probe has read the corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS, parseArgs, ROOT, table } from './lib.js';

const { flags } = parseArgs(process.argv.slice(2));
const str = (n: string, d: string): string => {
  const v = flags.get(n);
  return typeof v === 'string' ? v : d;
};
const CHARS = Number(str('chars', '500000'));
const PASSES = Number(str('passes', '1'));
const TOP = Number(str('top', '25'));
const PHASE = str('phase', 'both');
const corpus = str('corpus', DEFAULT_CORPUS);
const FOCUS = str('focus', '');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

if (!flags.has('no-build')) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) console.warn(`profile: tsc exited ${r.status}; profiling dist/ as emitted`);
}
const dir = mkdtempSync(join(tmpdir(), 'kenal-prof-'));
const run = spawnSync(
  process.execPath,
  [
    ...(flags.has('no-inlining') ? ['--no-turbo-inlining'] : []),
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    '--cpu-prof-interval',
    '200',
    'bench/probes/extract-loop.mjs',
    corpus,
    String(CHARS),
    String(PASSES),
    flags.has('concat') ? 'concat' : 'separate',
    ...(flags.has('rules') ? ['rules'] : []),
  ],
  { cwd: ROOT, encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(`profile: the profiled run failed (${run.status})\n${run.stderr}`);
  process.exit(1);
}
const info = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
  docs: number;
  chars: number;
  passes: number;
  loadMs: number;
  extractMs: number;
  loadStartUs: number;
  extractStartUs: number;
  extractEndUs: number;
};
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) {
  console.error('profile: no .cpuprofile written');
  process.exit(1);
}
const profilePath = join(dir, file);
const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as Profile;

// --- source maps: dist/x.js line:col -> src/x.ts line
const maps = new Map<string, SourceMap | null>();
function where(cf: CallFrame): string {
  if (!cf.url) return '';
  if (!cf.url.startsWith('file://')) return cf.url.replace(/^node:/, 'node:');
  const path = fileURLToPath(cf.url);
  let sm = maps.get(path);
  if (sm === undefined) {
    sm = null;
    if (existsSync(`${path}.map`)) {
      try {
        sm = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
      } catch {
        sm = null;
      }
    }
    maps.set(path, sm);
  }
  if (sm) {
    const e = sm.findEntry(cf.lineNumber, cf.columnNumber) as { originalSource?: string; originalLine?: number };
    if (e.originalSource !== undefined && e.originalLine !== undefined) {
      const src = e.originalSource.startsWith('file://') ? fileURLToPath(e.originalSource) : join(path, '..', e.originalSource);
      return `${relative(ROOT, src)}:${e.originalLine + 1}`;
    }
  }
  const rel = relative(ROOT, path);
  return `${rel.startsWith('..') ? path : rel}:${cf.lineNumber + 1}`;
}
const fileOf = (loc: string): string => loc.replace(/:\d+$/, '').replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, 'node_modules/$1');

// --- tree
const byId = new Map<number, ProfileNode>();
const parent = new Map<number, number>();
for (const n of profile.nodes) {
  byId.set(n.id, n);
  for (const c of n.children ?? []) parent.set(c, n.id);
}
const keyOf = new Map<number, string>();
const labelOf = new Map<string, string>();
for (const n of profile.nodes) {
  const loc = where(n.callFrame);
  const name = n.callFrame.functionName || '(anonymous)';
  const key = `${name} ${loc}`;
  keyOf.set(n.id, key);
  labelOf.set(key, loc ? `${name}  ${loc}` : name);
}

// Samples split into phases by time: the target prints the hrtime (microseconds, the same
// monotonic clock as the profiler on Linux) at which the extract() loop started and ended.
// If the clocks disagree, fall back to the stack: samples under the pipeline's extract().
let t = profile.startTime;
const times = profile.samples.map((_, i) => (t += profile.timeDeltas[i] ?? 0));
const clocksAgree = info.loadStartUs >= profile.startTime && info.extractEndUs <= profile.endTime + 1e6;
const underExtract = (id: number): boolean => {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const cf = byId.get(cur)!.callFrame;
    if (cf.functionName === 'extract' && cf.url.endsWith('/dist/pipeline/index.js')) return true;
  }
  return false;
};
const hasFrame = (id: number, name: string): boolean => {
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
    if (byId.get(cur)!.callFrame.functionName === name) return true;
  return false;
};
type Phase = 'startup' | 'extract';
const phaseOf = (i: number): Phase | undefined => {
  if (clocksAgree) {
    const at = times[i]!;
    if (at < info.loadStartUs) return undefined; // reading the corpus
    if (at < info.extractStartUs) return 'startup';
    if (at <= info.extractEndUs) return 'extract';
    return undefined;
  }
  return underExtract(profile.samples[i]!) ? 'extract' : 'startup'; // corpus reading counted as startup here
};

function report(phase: Phase): void {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const perFile = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    if (phaseOf(i) !== phase) continue;
    if (FOCUS && !hasFrame(profile.samples[i]!, FOCUS)) continue;
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000; // ms until the next sample
    total += dt;
    const id = profile.samples[i]!;
    const k = keyOf.get(id)!;
    self.set(k, (self.get(k) ?? 0) + dt);
    const f = fileOf(where(byId.get(id)!.callFrame)) || byId.get(id)!.callFrame.functionName;
    perFile.set(f, (perFile.get(f) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const ck = keyOf.get(cur)!;
      if (seen.has(ck)) continue;
      seen.add(ck);
      incl.set(ck, (incl.get(ck) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, skip: (k: string) => boolean = () => false): string[][] =>
    [...m.entries()]
      .filter(([k]) => !skip(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, ms]) => [labelOf.get(k) ?? k, ms.toFixed(0), `${((100 * ms) / total).toFixed(1)}%`]);
  const title =
    phase === 'extract'
      ? `extraction: ${info.docs} documents, ${(info.chars / 1e6).toFixed(2)} M characters x ${info.passes} pass(es), ${info.extractMs.toFixed(0)} ms wall`
      : `startup: module loading + createPipeline(), ${info.loadMs.toFixed(0)} ms wall`;
  console.log(`\n## ${title}; ${total.toFixed(0)} ms sampled${FOCUS ? ` under ${FOCUS}()` : ''}\n`);
  console.log(`### top ${TOP} by self time\n`);
  console.log(table(['function  source', 'self ms', '%'], top(self)));
  console.log(`\n### top ${TOP} by inclusive time (frames of the stack, each counted once per sample)\n`);
  const boring = (k: string): boolean => /^\(root\)|^\(program\)/.test(k) || / node:internal/.test(k);
  console.log(table(['function  source', 'inclusive ms', '%'], top(incl, boring)));
  console.log(`\n### self time by source file\n`);
  console.log(table(['file', 'self ms', '%'], top(perFile)));
}

console.log(
  `profile of ${relative(ROOT, corpus)} subset (${info.docs} documents), phases split by ${clocksAgree ? 'time' : 'stack (extract() frames)'}${flags.has('no-inlining') ? ', TurboFan inlining off' : ''}`,
);
if (PHASE === 'both' || PHASE === 'startup') report('startup');
if (PHASE === 'both' || PHASE === 'extract') report('extract');
if (flags.has('keep')) console.log(`\nprofile kept: ${profilePath}`);
else rmSync(dir, { recursive: true, force: true });
