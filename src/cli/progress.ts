// Progress bar (standard error, only on a terminal) and the closing summary.
import cliProgress from 'cli-progress';
import type { Outcome } from './records.js';

export class Progress {
  private readonly bar: cliProgress.SingleBar;
  private readonly started = performance.now();
  private done = 0;
  constructor(private total: number | undefined) {
    const format =
      total !== undefined
        ? ' {bar} {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}'
        : ' {value} docs | {rate} docs/s';
    this.bar = new cliProgress.SingleBar(
      { format, stream: process.stderr, hideCursor: true, fps: 5, etaBuffer: 200, clearOnComplete: false, barsize: 30 },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total ?? 0, 0, { rate: '0.0' });
  }
  update(done: number): void {
    this.done = done;
    if (this.total !== undefined && done > this.total) this.bar.setTotal((this.total = done));
    const secs = (performance.now() - this.started) / 1000;
    this.bar.update(done, { rate: secs > 0 ? (done / secs).toFixed(1) : '0.0' });
  }
  stop(): void {
    // blank lines were counted in the total but are not records
    if (this.total !== undefined && this.done < this.total) this.bar.setTotal(this.done);
    this.bar.stop();
  }
}

const list = (m: Map<string, number>): string =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export class Summary {
  documents = 0;
  errors = 0;
  readonly labels = new Map<string, number>();
  readonly relations = new Map<string, number>();
  readonly errorCodes = new Map<string, number>();
  readonly firstErrors: string[] = [];

  add(x: Outcome): void {
    this.documents++;
    if (x.error) {
      this.errors++;
      this.errorCodes.set(x.error.code, (this.errorCodes.get(x.error.code) ?? 0) + 1);
      if (this.firstErrors.length < 5) this.firstErrors.push(`${x.id ?? '(no id)'}: ${x.error.code} ${x.error.message}`);
      return;
    }
    for (const [k, v] of Object.entries(x.labels)) this.labels.set(k, (this.labels.get(k) ?? 0) + v);
    for (const [k, v] of Object.entries(x.relations)) this.relations.set(k, (this.relations.get(k) ?? 0) + v);
  }

  format(command: string, seconds: number, workers: number, skipped: number): string {
    const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `kenal ${command}: ${this.documents} documents (${this.documents - this.errors} ok, ${this.errors} errors) in ${seconds.toFixed(1)} s, ${(this.documents / Math.max(seconds, 1e-9)).toFixed(1)} docs/s, ${workers} worker${workers === 1 ? '' : 's'}${skipped ? `; ${skipped} skipped (--resume)` : ''}`,
      `  entities: ${sum(this.labels)}${this.labels.size ? ` (${list(this.labels)})` : ''}`,
      `  relations: ${sum(this.relations)}${this.relations.size ? ` (${list(this.relations)})` : ''}`,
    ];
    if (this.errors > 0) {
      lines.push(`  errors: ${list(this.errorCodes)}`);
      for (const e of this.firstErrors) lines.push(`    ${e}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
