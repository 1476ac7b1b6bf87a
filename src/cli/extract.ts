// `kenal extract`: records in (JSONL/JSON/text files, directories, globs, or standard input),
// one output record per input record, in input order, in the chosen format. A record that
// cannot be processed yields an error record, never a lost line, and exit code 1.
// With --workers N, records go to N worker threads in small batches, at most a few batches
// per worker in flight, so memory stays flat however large the corpus. The main thread then
// never loads the pipeline (see records.ts): it reads and splits lines, and writes results.
import { type Command, Option } from 'commander';
import { KenalError } from '../errors.js';
import { OFFSET_UNITS, type OffsetUnit } from '../formats/offsets.js';
import type { Field } from '../pipeline/index.js';
import { countRecords, expandInputs, readTasks } from './inputs.js';
import { openSink, prepareResume } from './output.js';
import { Progress, Summary } from './progress.js';
import {
  errorOutcome,
  FIELDS,
  FORMATS,
  type Format,
  normaliseDate,
  type Outcome,
  type ProcessorOptions,
  recordId,
  sniffId,
  type Task,
} from './records.js';

export interface ExtractCliOptions {
  readonly format?: Format;
  readonly out?: string;
  readonly fields?: string;
  readonly date?: string;
  readonly offsets?: OffsetUnit;
  readonly workers?: string;
  readonly maxChars?: string;
  readonly resume?: boolean;
  readonly quiet?: boolean;
  readonly progress?: boolean;
  readonly text?: boolean;
  readonly table?: 'entities' | 'relations';
  readonly lexicon?: readonly string[];
  readonly title?: string;
}

const BATCH_TASKS = 8;
const BATCH_CHARS = 200_000;

function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new KenalError('E_OPTION', `${name} must be a positive integer, got ${v}`);
  return Number(v);
}

export function parseFields(v: string | undefined): Field[] | undefined {
  if (v === undefined) return undefined;
  const fs = v
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of fs)
    if (!(FIELDS as readonly string[]).includes(f)) throw new KenalError('E_OPTION', `unknown field "${f}" (one of ${FIELDS.join(', ')})`);
  return fs as Field[];
}

/** Runs one batch of tasks: in this thread, or in a worker pool. */
interface Runner {
  run(batch: Task[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

async function makeRunner(workers: number, options: ProcessorOptions): Promise<Runner> {
  if (workers <= 1) {
    const { createProcessor } = await import('./process.js');
    const proc = createProcessor(options);
    return { run: async (batch) => batch.map(proc), close: async () => undefined };
  }
  if (options.lexicons !== undefined && options.lexicons.length > 0) {
    // read once here: a missing file stops the run before any thread starts, and the problems
    // found in a lexicon are reported once, not once per thread
    const { loadLexicons } = await import('./lexicons.js');
    loadLexicons(options.lexicons);
  }
  // piscina rather than worker_threads by hand: it is already a dependency, and gives the task
  // queue, least-busy dispatch and the replacement of a thread that dies (which the recovery
  // below relies on) at no cost that matters: with 2 workers the main thread (reading, hand-off,
  // ordering, writing) takes about 0.2 s of CPU for 579 corpus records after start-up, against
  // about 1.2 s in each worker, so a leaner hand-off cannot buy much. What limits 2 workers on 2
  // cores is elsewhere: each thread is its own V8 isolate and compiles (TurboFan, on V8's
  // background threads) the pipeline's hot code again, while 1 worker leaves that compilation
  // a free core. bench/probes/threads.mjs measures the split.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    // each thread builds its processor from these as it starts (worker.ts)
    workerData: { ...options, lexiconMessages: false } satisfies ProcessorOptions,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    recordTiming: false,
  });
  let closing = false;
  const run = (tasks: Task[]): Promise<Outcome[]> => pool.run(tasks) as Promise<Outcome[]>;
  return {
    // A worker thread that dies (killed, out of memory) loses its whole batch: piscina starts a
    // new thread, and each record of the batch runs again alone. A record that kills a thread
    // a second time gets an error record (E_WORKER), so no record is lost or written twice.
    run: async (batch) => {
      try {
        return await run(batch);
      } catch (e) {
        if (closing || !workerDied(e)) throw e;
        return Promise.all(
          batch.map(async (t) => {
            try {
              return (await run([t]))[0]!;
            } catch (e2) {
              if (closing || !workerDied(e2)) throw e2;
              const id = t.bad?.id ?? (t.raw !== undefined ? sniffId(t.raw.slice(0, 4096)) : null);
              return errorOutcome(
                options.format,
                t,
                id,
                'E_WORKER',
                `a worker thread died processing this record twice (${(e2 as Error).message})`,
              );
            }
          }),
        );
      }
    },
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}

/** Whether a piscina task failed because its thread ended (not because the task threw). */
const workerDied = (e: unknown): boolean =>
  e instanceof Error &&
  (/^worker exited with code/.test(e.message) ||
    ((e as { code?: unknown }).code as string | undefined)?.startsWith('ERR_WORKER_') === true);

export async function runExtract(inputs: readonly string[], opts: ExtractCliOptions, command = 'extract'): Promise<number> {
  const started = performance.now();
  const format: Format = opts.format ?? 'jsonl';
  const workers = positiveInt(opts.workers, '--workers', 1);
  const maxChars = positiveInt(opts.maxChars, '--max-chars', 1_000_000);
  const fields = parseFields(opts.fields);
  if (opts.date !== undefined && normaliseDate(opts.date) !== opts.date)
    throw new KenalError('E_OPTION', `--date must be a calendar date YYYY-MM-DD, got ${opts.date}`);
  if (opts.resume && (format !== 'jsonl' || opts.out === undefined))
    throw new KenalError('E_OPTION', '--resume needs --format jsonl and --out FILE (the file it resumes)');
  const files = expandInputs(inputs);
  const options: ProcessorOptions = {
    format,
    maxChars,
    ...(fields ? { fields } : {}),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.offsets !== undefined ? { offsets: opts.offsets } : {}),
    ...(opts.lexicon && opts.lexicon.length > 0 ? { lexicons: opts.lexicon } : {}),
  };
  const done = opts.resume && opts.out !== undefined ? await prepareResume(opts.out) : new Set<string>();
  const showProgress = opts.progress !== false && !opts.quiet && process.stderr.isTTY === true;
  const total = showProgress ? await countRecords(files) : undefined;
  const progress = showProgress ? new Progress(total) : undefined;
  const summary = new Summary();
  const runner = await makeRunner(workers, options);
  const sink = openSink({
    format,
    ...(opts.out !== undefined ? { out: opts.out } : {}),
    ...(opts.table ? { table: opts.table } : {}),
    title: opts.title ?? 'kenal',
    append: opts.resume === true,
  });
  let skipped = 0;
  const window: { tasks: Task[]; result: Promise<Outcome[]> }[] = [];
  const maxInFlight = Math.max(2, workers * 3);
  const drainOne = async (): Promise<void> => {
    const b = window.shift()!;
    const outcomes = await b.result;
    for (let i = 0; i < outcomes.length; i++) {
      const x = outcomes[i]!;
      summary.add(x);
      await sink.write(x, b.tasks[i]!);
    }
    progress?.update(summary.documents);
  };
  let batch: Task[] = [];
  let chars = 0;
  const submit = async (): Promise<void> => {
    if (batch.length === 0) return;
    const tasks = batch;
    batch = [];
    chars = 0;
    const result = runner.run(tasks);
    result.catch(() => undefined); // awaited in order by drainOne; never an unhandled rejection if the run stops first
    window.push({ tasks, result });
    while (window.length >= maxInFlight) await drainOne();
  };
  try {
    for await (const t of readTasks(files, { maxChars, ...(opts.text ? { text: true } : {}) })) {
      if (done.size > 0 && t.raw !== undefined) {
        let id: string | null = null;
        try {
          id = recordId(JSON.parse(t.raw));
        } catch {
          /* processed as an error record below */
        }
        if (id !== null && done.has(id)) {
          skipped++;
          continue;
        }
      }
      batch.push(t);
      chars += t.raw?.length ?? 0;
      if (batch.length >= (workers > 1 ? BATCH_TASKS : 1) || chars >= BATCH_CHARS) await submit();
    }
    await submit();
    while (window.length > 0) await drainOne();
    await sink.close();
  } finally {
    progress?.stop();
    await runner.close();
  }
  if (!opts.quiet) process.stderr.write(summary.format(command, (performance.now() - started) / 1000, workers, skipped));
  return summary.errors > 0 ? 1 : 0;
}

export function addExtractOptions(cmd: Command, defaults: { format: Format }): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default(defaults.format))
    .option('-o, --out <path>', 'output file, or directory for brat (and csv: entities.csv + relations.csv); default: standard output')
    .option(
      '--fields <list>',
      `comma-separated parts of each result for jsonl/json: ${FIELDS.join(',')} (default: entities,relations,sentences,dates)`,
    )
    .option(
      '--date <YYYY-MM-DD>',
      'publication date for records without a "date" (resolves "minggu lalu"); record dates may be YYYY-MM-DD, MM-DD-YYYY or MM/DD/YYYY',
    )
    .addOption(
      new Option(
        '--offsets <unit>',
        'offset unit of every span: utf16 (JavaScript), codepoint (Python, spaCy), utf8 (bytes); brat defaults to codepoint',
      ).choices([...OFFSET_UNITS]),
    )
    .option('-w, --workers <n>', 'worker threads; 1 runs in the main thread', '1')
    .option('--max-chars <n>', 'longest text processed; longer records yield an error record', '1000000')
    .option('--resume', 'skip records whose id already has a result in the --out JSONL file, and append')
    .addOption(
      new Option('--table <table>', 'for --format csv to one file or standard output: which table')
        .choices(['entities', 'relations'])
        .default('entities'),
    )
    .option('--lexicon <file...>', 'user lexicon(s), .tsv or .json (see lexicons/README.md), merged over the bundled one')
    .option('--text', 'read standard input, and files that are not .json/.jsonl, as one plain-text document')
    .option('--no-progress', 'no progress bar (it is shown only when standard error is a terminal)')
    .option('-q, --quiet', 'no progress bar and no summary on standard error');
}

export function registerExtract(program: Command, run: (p: Promise<number>) => void): void {
  const cmd = program
    .command('extract')
    .description('find people, places, organisations and relations in news records; one output record per input record')
    .argument(
      '[inputs...]',
      'JSONL files ({"id","text","date"?,...} a line), .json files (an array of records), .txt files (one document each), directories (searched recursively for those), or globs; standard input (JSONL) when none',
    );
  addExtractOptions(cmd, { format: 'jsonl' })
    .addHelpText(
      'after',
      `
Records: {"id", "text", "date"?} plus any other fields, which are copied to the output (text is not).
Every input record yields exactly one output record, in input order. A record that cannot be
processed (not JSON, no "text", not UTF-8, over --max-chars) yields {"id","line","error":{code,message}}
and the exit code is 1. Standard output carries results only; progress and the summary go to standard error.

Exit codes: 0 all records ok, 1 some records failed, 64 usage error, 65 bad input, 70 internal error.

Examples:
  kenal extract corpus.jsonl --workers 2 --out results.jsonl
  kenal extract --format jsonl < in.jsonl > out.jsonl        # line protocol (Spark pipe, Hadoop Streaming)
  kenal extract articles/ --format brat --out brat/
  kenal extract 'data/**/*.jsonl' --format csv --out tables/
  kenal extract 'data/**/*.{jsonl,json}' '!**/old/**' --out results.jsonl   # ! excludes
  kenal extract corpus.jsonl --format conll --out corpus.conll
  kenal extract corpus.jsonl --out results.jsonl --resume     # after an interrupted run
  echo "Anwar bertemu Prabowo di Jakarta." | kenal extract --text --format html > page.html`,
    )
    .action((inputs: string[], opts: ExtractCliOptions) => {
      run(runExtract(inputs, opts));
    });
}
