// kenal extract under faults: a worker thread killed mid-corpus, a full disk, a run killed
// and resumed with --resume, SIGINT during a run. Real processes (bin/kenal over dist/).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, jsonl, kenal, ROOT, records, scratch } from '../cli/helpers.js';

const dir = scratch();
const HOOK = fileURLToPath(new URL('./fixtures/kill-worker.mjs', import.meta.url));

function corpus(name: string, n: number): { path: string; ids: string[] } {
  const recs = records(n);
  const path = join(dir, name);
  writeFileSync(path, jsonl(recs));
  return { path, ids: recs.map((r) => r.id) };
}

/** Complete lines parsed; the fragment after the last newline (a line cut short) apart. */
function parseOutput(s: string): { recs: Record<string, unknown>[]; fragment: string } {
  const parts = s.split('\n');
  const fragment = parts.pop() ?? '';
  return { recs: parts.map((l) => JSON.parse(l) as Record<string, unknown>), fragment };
}

/** Runs kenal with a hook that kills the worker thread that parses the marked record. */
function withKill(args: string[], marker: string, once: boolean): ReturnType<typeof kenal> {
  const flag = join(dir, `killed-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `--import=${HOOK}`, KILL_MARKER: marker, ...(once ? { KILL_FLAG: flag } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (once) expect(existsSync(flag)).toBe(true); // the kill happened
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

/** Starts kenal, sends `signal` once `ready` holds (polled), resolves on exit. */
function interrupt(
  args: string[],
  signal: NodeJS.Signals,
  ready: (stdout: string) => boolean,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let sent = false;
    p.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const iv = setInterval(() => {
      if (!sent && ready(out)) {
        sent = true;
        p.kill(signal);
      }
    }, 5);
    const guard = setTimeout(() => p.kill('SIGKILL'), 30_000);
    p.on('error', reject);
    p.on('close', (code, sig) => {
      clearInterval(iv);
      clearTimeout(guard);
      resolve({ code, signal: sig, out });
    });
  });
}

describe('a worker thread killed mid-corpus', () => {
  const { path, ids } = corpus('workers.jsonl', 120);

  it('killed once: the batch runs again in a new thread; every record once, in order, exit 0', () => {
    const r = withKill(['extract', path, '--workers', '2'], '"id":"t60"', true);
    expect(r.code).toBe(0);
    const { recs, fragment } = parseOutput(r.out);
    expect(fragment).toBe('');
    expect(recs.map((x) => x.id)).toEqual(ids);
    expect(recs.every((x) => !('error' in x))).toBe(true);
    expect(r.err).toMatch(/120 documents \(120 ok, 0 errors\)/);
  });

  it('killed by one record every time: that record gets an E_WORKER error record, the rest are kept, exit 1', () => {
    const r = withKill(['extract', path, '--workers', '2'], '"id":"t77"', false);
    expect(r.code).toBe(1);
    const { recs } = parseOutput(r.out);
    expect(recs.map((x) => x.id)).toEqual(ids);
    expect(recs.filter((x) => 'error' in x)).toEqual([
      { id: 't77', line: 77, file: path, error: { code: 'E_WORKER', message: expect.stringMatching(/worker thread died/) } },
    ]);
    expect(r.err).toMatch(/E_WORKER 1/);
  });
});

describe('a full disk on output (/dev/full)', () => {
  const { path } = corpus('disk.jsonl', 40);
  it.each([
    ['--out /dev/full', ['--out', '/dev/full']],
    ['--format json --out /dev/full', ['--format', 'json', '--out', '/dev/full']],
  ])('%s: a clear error and exit 70', (_name, extra) => {
    const r = kenal(['extract', path, '--quiet', ...extra]);
    expect(r.code).toBe(70);
    expect(r.err).toMatch(/^kenal: .*ENOSPC/m);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
  it.each([
    ['jsonl', []],
    ['jsonl with 2 workers', ['--workers', '2']],
  ])('standard output on a full disk (%s): a clear error and exit 70', (_name, extra) => {
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, 'extract', path, '--quiet', ...extra], { cwd: ROOT, stdio: ['ignore', full, 'pipe'] });
    closeSync(full);
    expect(r.status).toBe(70);
    expect(r.stderr.toString()).toMatch(/^kenal: cannot write standard output: ENOSPC/m);
    expect(r.stderr.toString()).not.toMatch(/\n\s+at /);
  });
});

describe('a run killed part-way, then resumed with --resume', () => {
  const { path, ids } = corpus('resume.jsonl', 800);
  it.each([
    ['SIGKILL, one thread', 'SIGKILL', '1'],
    ['SIGINT, two worker threads', 'SIGINT', '2'],
  ] as const)('%s: afterwards every record exactly once, none missing', async (_name, signal, workers) => {
    const out = join(dir, `resume-${signal}-${workers}.jsonl`);
    rmSync(out, { force: true });
    const killed = await interrupt(
      ['extract', path, '--out', out, '--workers', workers, '--quiet'],
      signal,
      () => existsSync(out) && statSync(out).size > 30_000,
    );
    expect(killed.signal ?? killed.code).not.toBe(0); // it really was stopped part-way
    const partial = parseOutput(readFileSync(out, 'utf8'));
    expect(partial.recs.length).toBeGreaterThan(0);
    expect(partial.recs.length).toBeLessThan(ids.length);
    const r = kenal(['extract', path, '--out', out, '--resume', '--workers', workers]);
    expect(r.code).toBe(0);
    const done = parseOutput(readFileSync(out, 'utf8'));
    expect(done.fragment).toBe('');
    const got = done.recs.map((x) => x.id as string);
    expect(new Set(got).size).toBe(got.length); // no duplicate
    expect([...got].sort()).toEqual([...ids].sort()); // none missing
    expect(r.err).toMatch(new RegExp(`${partial.recs.length} skipped`));
  });
});

describe('SIGINT during a run', () => {
  const { path } = corpus('sigint.jsonl', 800);
  it.each([
    ['one thread', '1'],
    ['two worker threads', '2'],
  ])('partial standard output is valid JSONL (%s): every complete line parses', async (_name, workers) => {
    const r = await interrupt(['extract', path, '--workers', workers, '--quiet'], 'SIGINT', (s) => s.length > 30_000);
    const { recs } = parseOutput(r.out);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(800);
    expect(recs.map((x) => x.id)).toEqual(records(recs.length).map((x) => x.id)); // a prefix, in order
  });
});
