// The worker pool: piscina threads, each with its own pipeline, warmed at start. Admission is
// counted here (running + queued tasks against workers + queueSize) so that a full queue is
// refused at once with 503 instead of growing without bound, and every task carries a
// deadline: past it the task is dropped from the queue or, if running, its thread is ended
// and replaced (piscina does that on abort), so a runaway document cannot wedge the service.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { decodeText } from './body.js';
import { ServiceError } from './errors.js';
import type { LexiconInfo, Task, TaskResult, WarmMessage } from './worker.js';

export interface PoolOptions {
  readonly workers: number;
  readonly queueSize: number;
  readonly timeout: number;
  /** Called with problems that belong to no request (a worker dying between tasks). */
  readonly onError?: (err: unknown) => void;
}

export interface PoolStats {
  readonly workers: number;
  readonly warm: number;
  readonly running: number;
  readonly queued: number;
  readonly completed: number;
}

/** The compiled worker: next to this file in dist/, or dist/server/ when running from src/ (tests). */
export function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(here)) return fileURLToPath(here);
  const built = new URL('../../dist/server/worker.js', import.meta.url);
  if (existsSync(built)) return fileURLToPath(built);
  throw new Error(`kenal server: compiled worker not found (${fileURLToPath(here)}); run npm run build`);
}

export class WorkerPool {
  readonly size: number;
  readonly #pool: Piscina<Task, TaskResult>;
  readonly #capacity: number;
  readonly #timeout: number;
  readonly #warm = new Set<number>();
  #inflight = 0;
  #closed = false;
  #started = false;
  readonly #warmed: Promise<void>;
  #lexicon: Promise<LexiconInfo> | undefined;

  constructor(options: PoolOptions) {
    this.size = options.workers;
    this.#capacity = options.workers + options.queueSize;
    this.#timeout = options.timeout;
    this.#pool = new Piscina<Task, TaskResult>({
      filename: workerFile(),
      minThreads: options.workers,
      maxThreads: options.workers,
      idleTimeout: Infinity,
      // Admission is ours (see run); piscina's own queue never refuses.
      maxQueue: Infinity,
    });
    let resolveWarm!: () => void;
    let rejectWarm!: (err: unknown) => void;
    this.#warmed = new Promise<void>((resolve, reject) => {
      resolveWarm = resolve;
      rejectWarm = reject;
    });
    this.#warmed.catch(() => undefined); // reported through whenWarm() and onError
    this.#pool.on('message', (m: unknown) => {
      if (m !== null && typeof m === 'object' && 'kenalWorkerWarm' in m) {
        this.#warm.add((m as WarmMessage).kenalWorkerWarm);
        if (!this.#started && this.#warm.size >= this.size) {
          this.#started = true;
          resolveWarm();
        }
      }
    });
    // Without a listener an 'error' event would throw and take the process down.
    // A worker that fails before it is warm (its pipeline cannot be built) fails the warm-up.
    this.#pool.on('error', (err: unknown) => {
      if (!this.#started) rejectWarm(err);
      options.onError?.(err);
    });
  }

  /** Resolves once every worker of the first generation has built its pipeline; rejects if one cannot. */
  whenWarm(): Promise<void> {
    return this.#warmed;
  }

  /** Workers alive now whose pipeline is built (a replaced worker is cold until it reports). */
  warmCount(): number {
    let n = 0;
    for (const t of this.#pool.threads) if (this.#warm.has(t.threadId)) n++;
    return n;
  }

  /** Ready for traffic: the first warm-up finished, a warm worker is alive, not shutting down. */
  isReady(): boolean {
    return this.#started && !this.#closed && this.warmCount() > 0;
  }

  stats(): PoolStats {
    return {
      workers: this.size,
      warm: this.warmCount(),
      running: Math.max(0, this.#inflight - this.#pool.queueSize),
      queued: this.#pool.queueSize,
      completed: this.#pool.completed,
    };
  }

  /** Lexicon version and size as a worker loaded it (asked once). */
  lexiconInfo(): Promise<LexiconInfo> {
    this.#lexicon ??= this.run({ op: 'info' }).then((r) => JSON.parse(decodeText(r)) as LexiconInfo);
    this.#lexicon.catch(() => {
      this.#lexicon = undefined;
    });
    return this.#lexicon;
  }

  /** Runs one task; see runAll. */
  async run(task: Task, deadline = this.#timeout): Promise<Uint8Array> {
    const [r] = await this.runAll([task], deadline);
    return r ?? new Uint8Array(0);
  }

  /**
   * Runs tasks in parallel under one deadline, admitted all together or not at all; resolves
   * with their bodies in order (UTF-8 JSON, a task's documents joined by commas) or throws a
   * ServiceError (E_BUSY, E_TIMEOUT, E_UNAVAILABLE, E_INTERNAL, or the pipeline's input
   * errors with the document's index): once every task settled, the error of the first failed
   * task in order, so the answer does not depend on which thread finished first.
   */
  async runAll(tasks: readonly Task[], deadline = this.#timeout): Promise<Uint8Array[]> {
    if (this.#closed) throw new ServiceError('E_UNAVAILABLE', 'the service is shutting down');
    if (this.#inflight + tasks.length > this.#capacity) {
      throw new ServiceError('E_BUSY', `the work queue is full (${this.#capacity} tasks); retry later`);
    }
    this.#inflight += tasks.length;
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), deadline);
    let offset = 0;
    // The deadline stays armed until every task settled: when one task of a batch fails the
    // others go on (aborting them would end their threads) but stay bounded.
    let pending = tasks.length;
    const runs = tasks.map((task) => {
      const first = offset;
      offset += task.op === 'extract' ? task.docs.length : 1;
      return this.#pool
        .run(task, { signal: ac.signal })
        .then(
          (r) => {
            if (r.ok) return r.body;
            const code = r.code === 'E_OPTION' || r.code === 'E_INPUT_TYPE' || r.code === 'E_INPUT_TOO_LARGE' ? r.code : 'E_INTERNAL';
            throw new ServiceError(code, r.message, r.index !== undefined ? first + r.index : undefined);
          },
          (err: unknown) => {
            if (ac.signal.aborted) throw new ServiceError('E_TIMEOUT', `the request took longer than ${deadline} ms`);
            if (this.#closed) throw new ServiceError('E_UNAVAILABLE', 'the service is shutting down');
            throw new ServiceError('E_INTERNAL', `worker failed: ${err instanceof Error ? err.message : String(err)}`);
          },
        )
        .finally(() => {
          this.#inflight--;
          if (--pending === 0) clearTimeout(timer);
        });
    });
    if (pending === 0) clearTimeout(timer);
    // Every task settles before the answer, and a failure is the first task's in batch order, not
    // the first to arrive: a batch with two bad documents names the same one every time.
    const settled = await Promise.allSettled(runs);
    const out: Uint8Array[] = [];
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      out.push(s.value);
    }
    return out;
  }

  /** Stops taking tasks and ends the threads once the running ones finish. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.close();
  }

  /** Ends the threads now, failing whatever runs. */
  async destroy(): Promise<void> {
    this.#closed = true;
    await this.#pool.destroy();
  }
}
