// examples/dask on a real Dask LocalCluster (Debian's python3-distributed): partitions of the
// shipped corpus through kenal extract on worker processes give the same records, in the same
// order, as one process; a worker killed mid-run loses nothing. Documents per second with 1 and
// 2 workers are printed, not asserted (the machine is shared). Skipped when no Python with
// distributed, or no corpus, is there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kenal, ROOT, scratch } from '../cli/helpers.js';

const CORPUS = join(ROOT, '../shared/data/corpus/malay_news_my.jsonl');
const SCRIPT = join(ROOT, 'examples/dask/run.py');
// a subset keeps npm test short; KENAL_DASK_LIMIT=0 runs the whole corpus
const LIMIT = Number(process.env.KENAL_DASK_LIMIT ?? 1000);

/** A Python that imports distributed: Debian's (/usr/bin/python3) unless told otherwise. */
function python(): string | undefined {
  for (const p of [process.env.KENAL_PYTHON, '/usr/bin/python3', 'python3']) {
    if (p && spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return p;
  }
  return undefined;
}
const PYTHON = python();
const skip = PYTHON === undefined || !existsSync(CORPUS);
const why = PYTHON === undefined ? 'no python3 with distributed (apt-get install python3-distributed)' : `no corpus at ${CORPUS}`;

interface Report {
  workers: number;
  documents: number;
  partitions: number;
  docs_per_second: number;
  extract_seconds: number;
  cluster_seconds: number;
  corpus_exit: number;
  killed_pid?: number;
  lost_partitions?: number[];
  lost_partitions_done_by?: number[];
}

function dask(out: string, workers: number, extra: string[] = []): Report {
  const r = spawnSync(
    PYTHON!,
    [SCRIPT, CORPUS, '--out', out, '--workers', String(workers), '--limit', String(LIMIT), '--node', process.execPath, ...extra],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`run.py exited ${r.status}: ${r.stderr.slice(-3000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Report;
}

const lines = (f: string): string[] => readFileSync(f, 'utf8').split('\n').filter(Boolean);

describe.skipIf(skip)(`examples/dask on a LocalCluster${skip ? ` (skipped: ${why})` : ''}`, () => {
  const dir = scratch();
  let single: string[];
  let two: Report;

  beforeAll(() => {
    // the single-process run of the same records
    const input = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, LIMIT > 0 ? LIMIT : undefined);
    const r = kenal(['extract', '--format', 'jsonl', '--quiet'], `${input.join('\n')}\n`);
    expect(r.code).toBe(0);
    single = r.out.split('\n').filter(Boolean);
    const results = join(dir, 'single.jsonl');
    writeFileSync(results, r.out);
    expect(kenal(['corpus', results, '--out', join(dir, 'single-tables'), '--quiet']).code).toBe(0);
    two = dask(join(dir, 'two'), 2, ['--partitions', '4']);
  }, 600_000);

  it('gives the same records as one process, in the same order', () => {
    const got = lines(join(dir, 'two', 'results.jsonl'));
    expect(got.length).toBe(single.length);
    expect(got).toEqual(single);
    expect(two.documents).toBe(single.length);
  });

  it('gives the same corpus tables as one process', () => {
    expect(two.corpus_exit).toBe(0);
    for (const f of ['entities.csv', 'events.csv', 'timeline.csv'])
      expect(readFileSync(join(dir, 'two', 'tables', f), 'utf8'), f).toBe(readFileSync(join(dir, 'single-tables', f), 'utf8'));
  });

  it('loses nothing when a worker process is killed mid-run: its partitions run again elsewhere', () => {
    const r = dask(join(dir, 'killed'), 2, ['--kill-a-worker', '--partitions', '6']);
    expect(r.killed_pid).toBeGreaterThan(0);
    expect(r.lost_partitions!.length).toBeGreaterThan(0);
    expect(r.lost_partitions_done_by).not.toContain(r.killed_pid);
    expect(lines(join(dir, 'killed', 'results.jsonl'))).toEqual(single);
  }, 300_000);

  it('reports documents per second with 1 and 2 workers', () => {
    // the same 4 partitions as with 2 workers: each partition is one kenal process, whose start
    // (about half a second) is paid once per partition
    const one = dask(join(dir, 'one'), 1, ['--partitions', '4']);
    expect(lines(join(dir, 'one', 'results.jsonl'))).toEqual(single);
    for (const r of [one, two])
      process.stdout.write(
        `examples/dask: ${r.workers} worker${r.workers > 1 ? 's' : ''}, ${r.documents} documents in ${r.partitions} partitions: ` +
          `${r.docs_per_second} documents/s (${r.extract_seconds} s, cluster start ${r.cluster_seconds} s)\n`,
      );
    expect(one.documents).toBe(two.documents);
  }, 300_000);
});
