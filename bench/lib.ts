// Shared pieces of the benchmark suite (bench/index.ts) and the profile helper
// (bench/profile.ts): the corpus, subsets of it, timing statistics, child processes, tables.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/data/corpus/malay_news_my.jsonl', import.meta.url));

export interface Doc {
  readonly id: string;
  readonly text: string;
  /** the JSONL line as read (the CLI section feeds these to `kenal extract`) */
  readonly line: string;
}

export interface Corpus {
  readonly path: string;
  readonly docs: readonly Doc[];
  readonly chars: number;
  readonly bytes: number;
}

/** Reads the corpus at run time (it is never copied into the repository). */
export function loadCorpus(path: string): Corpus {
  if (!existsSync(path)) throw new Error(`corpus not found at ${path} (give --corpus FILE.jsonl with a "text" field per line)`);
  const docs: Doc[] = [];
  let chars = 0;
  let bytes = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof r.text !== 'string') continue;
    docs.push({ id: typeof r.id === 'string' ? r.id : String(docs.length), text: r.text, line });
    chars += r.text.length;
    bytes += Buffer.byteLength(r.text);
  }
  return { path, docs, chars, bytes };
}

/** A fixed, deterministic subset of about `targetChars` characters: every k-th document, so all sources are represented. */
export function subset(corpus: Corpus, targetChars: number): Doc[] {
  if (targetChars >= corpus.chars) return [...corpus.docs];
  const stride = Math.max(1, Math.round(corpus.chars / targetChars));
  return corpus.docs.filter((_, i) => i % stride === 0);
}

export const sumChars = (docs: readonly Doc[]): number => docs.reduce((n, d) => n + d.text.length, 0);
export const sumBytes = (docs: readonly Doc[]): number => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Timing {
  /** median wall time of the timed passes, ms */
  readonly ms: number;
  readonly runs: readonly number[];
  readonly min: number;
  readonly max: number;
}

export function timing(runs: readonly number[]): Timing {
  return { ms: median(runs), runs: runs.map((r) => round(r, 1)), min: Math.min(...runs), max: Math.max(...runs) };
}

/**
 * Several contenders timed in turns: every warm-up first, then `runs` rounds of one timed pass
 * of each, in order. Drifting load on a shared machine (other processes, CPU steal) then hits
 * every contender alike, which timing all of one contender's passes before the next did not:
 * the ratios between contenders moved by +-25% from run to run that way.
 */
export function measureInTurns(passes: readonly (() => unknown)[], runs: number, warmups: readonly (() => unknown)[] = passes): Timing[] {
  for (const w of warmups) w();
  const times: number[][] = passes.map(() => []);
  for (let r = 0; r < runs; r++) {
    passes.forEach((pass, i) => {
      const t0 = performance.now();
      pass();
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map(timing);
}

/** Warm-up pass(es), then `runs` timed passes of `pass`; returns the median and the spread. */
export function measure(pass: () => unknown, runs: number, warmup: () => unknown = pass): Timing {
  warmup();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    pass();
    times.push(performance.now() - t0);
  }
  return timing(times);
}

export const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** wall time from spawn to exit, ms */
  readonly ms: number;
  /** wall time from spawn to the first byte on standard output, ms */
  readonly firstOutputMs: number | undefined;
  readonly timedOut: boolean;
}

export interface ChildOptions {
  readonly input?: string | readonly string[];
  readonly timeoutMs?: number;
  readonly discardStdout?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** called with each chunk of standard output as it arrives */
  readonly onStdout?: (chunk: string) => void;
  /** aborting kills the child (reported as timedOut) */
  readonly signal?: AbortSignal;
}

/** Runs a command to completion; optional standard input, a kill timeout, wall times. */
export function runChild(cmd: string, args: readonly string[], o: ChildOptions = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['pipe', o.discardStdout ? 'ignore' : 'pipe', 'pipe'],
      env: o.env ?? process.env,
    });
    const stdin = child.stdin!;
    const stderrStream = child.stderr!;
    let stdout = '';
    let stderr = '';
    let firstOutputMs: number | undefined;
    let timedOut = false;
    const timer =
      o.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, o.timeoutMs)
        : undefined;
    o.signal?.addEventListener('abort', () => {
      timedOut = true;
      child.kill('SIGKILL');
    });
    child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      firstOutputMs ??= performance.now() - t0;
      stdout += c;
      o.onStdout?.(c);
    });
    stderrStream.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0, firstOutputMs, timedOut });
    });
    stdin.on('error', () => undefined); // a child that exits early closes its input
    if (o.input === undefined) stdin.end();
    else if (typeof o.input === 'string') stdin.end(o.input);
    else {
      // large inputs: write in order, respecting back-pressure
      const parts = o.input;
      let i = 0;
      const pump = (): void => {
        while (i < parts.length) {
          if (!stdin.write(parts[i++]!)) {
            stdin.once('drain', pump);
            return;
          }
        }
        stdin.end();
      };
      pump();
    }
  });
}

/** A markdown table (also what the console shows). */
export function table(head: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [head, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export const fmtInt = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en') : 'n/a');
export const fmt = (x: number | undefined, digits = 2): string => (x !== undefined && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** Command-line flags: --name value, --name=value, --flag. */
export function parseArgs(argv: readonly string[]): { flags: Map<string, string | true>; positional: string[] } {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        flags.set(a.slice(2), next);
        i++;
      } else flags.set(a.slice(2), true);
    }
  }
  return { flags, positional };
}
