// `kenal corpus`: the results of `kenal extract` (JSONL, any number of files, or standard input)
// reduced across documents to tables in a directory: entities.csv (one row per corpus entity,
// name variants merged), events.csv (one row per event, PHOENIX/ICEWS-like), timeline.csv
// (mentions per month) and report.html. Two passes: the first streams the results and keeps
// per-entity counts only, writing each document's small digest to a scratch file; the merge
// then decides the corpus ids; the second pass reads the digests back to count documents and
// write the events. Memory follows the number of distinct entities, not of documents.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { addDigest, secondPass } from '../corpus/digests.js';
import { nameRules } from '../corpus/names.js';
import { addRecord, type DocDigest, emptyTallies, isProblem } from '../corpus/reduce.js';
import { ACT_FAMILIES, corpusReport } from '../corpus/report.js';
import { resolveEntities } from '../corpus/resolve.js';
import { ENTITY_TABLE, ERROR_TABLE, EVENT_TABLE, entityRow, eventRow, TIMELINE_TABLE, timelineRows } from '../corpus/tables.js';
import { KenalError } from '../errors.js';
import { csvHeader, csvRow } from '../formats/csv.js';
import { loadBundledLexicon, mergeLexicons } from '../lexicon/index.js';
import { byteLines, countRecords, expandInputs } from './inputs.js';
import { loadLexicons } from './lexicons.js';
import { Progress } from './progress.js';

export interface CorpusCliOptions {
  readonly out?: string;
  readonly title?: string;
  readonly lexicon?: readonly string[];
  readonly quiet?: boolean;
  readonly progress?: boolean;
}

/** A result line longer than this is an error (E_INPUT_TOO_LARGE), not a reason to fill memory. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;
/** How many entities the networks may connect: the edges among them are all that is kept. */
const NETWORK_ENTITIES = 300;

/** A write stream with backpressure and its errors surfaced. */
function writer(path: string): { write(s: string): Promise<void>; end(): Promise<void> } {
  const s: Writable = createWriteStream(path);
  let failed: Error | undefined;
  s.on('error', (e: Error) => {
    failed = e;
  });
  return {
    async write(x: string) {
      if (failed) throw failed;
      if (!s.write(x))
        await new Promise<void>((resolve) => {
          const done = (): void => {
            s.off('drain', done);
            s.off('error', done);
            resolve();
          };
          s.on('drain', done);
          s.on('error', done);
        });
      if (failed) throw failed;
    },
    async end() {
      s.end();
      if (!s.writableFinished && !failed) await once(s, 'finish');
      if (failed) throw new KenalError('E_INTERNAL', `cannot write ${path}: ${failed.message}`);
    },
  };
}

const strict = new TextDecoder('utf-8', { fatal: true });

export async function runCorpus(inputs: readonly string[], opts: CorpusCliOptions, stdin: Readable = process.stdin): Promise<number> {
  const started = performance.now();
  if (opts.out === undefined) throw new KenalError('E_OPTION', '--out DIR is required: kenal corpus writes several files');
  const files = expandInputs(inputs);
  const out = opts.out;
  if (existsSync(out) && !statSync(out).isDirectory()) throw new KenalError('E_OPTION', `--out ${out} is a file, not a directory`);
  mkdirSync(out, { recursive: true });
  const bundled = loadBundledLexicon();
  const lexicon = opts.lexicon && opts.lexicon.length > 0 ? mergeLexicons(bundled, ...loadLexicons(opts.lexicon)) : bundled;
  const rules = nameRules(lexicon.words);

  const showProgress = opts.progress !== false && !opts.quiet && process.stderr.isTTY === true;
  const progress = showProgress ? new Progress(await countRecords(files)) : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'kenal-corpus-'));
  const tallies = emptyTallies();
  const errors = writer(join(out, 'errors.csv'));
  const problems = new Map<string, number>();
  const firstProblems: string[] = [];
  let read = 0;
  try {
    await errors.write(csvHeader(ERROR_TABLE));
    const digests = writer(join(scratch, 'digests.jsonl'));
    const problem = async (file: string, line: number, id: string | null, code: string, message: string): Promise<void> => {
      problems.set(code, (problems.get(code) ?? 0) + 1);
      if (firstProblems.length < 5) firstProblems.push(`${file}:${line}${id !== null ? ` (${id})` : ''}: ${code} ${message}`);
      await errors.write(csvRow([file, line, id, code, message]));
    };
    // pass 1
    const sources: [string, Readable | AsyncIterable<Buffer>][] =
      files.length > 0 ? files.map((f) => [f, createReadStream(f)]) : [['stdin', stdin]];
    for (const [file, stream] of sources) {
      for await (const l of byteLines(stream, MAX_LINE_BYTES)) {
        if (l.bytes === undefined) {
          read++;
          await problem(file, l.line, null, 'E_INPUT_TOO_LARGE', `line is ${l.length} bytes, over ${MAX_LINE_BYTES}`);
          continue;
        }
        let text: string;
        try {
          text = strict.decode(l.bytes);
        } catch {
          read++;
          await problem(file, l.line, null, 'E_NOT_UTF8', 'line is not valid UTF-8');
          continue;
        }
        if (text.trim() === '') continue;
        read++;
        let rec: unknown;
        try {
          rec = JSON.parse(text);
        } catch (e) {
          await problem(file, l.line, null, 'E_JSON', `not JSON: ${(e as Error).message}`);
          continue;
        }
        const x = addRecord(tallies, rec);
        if (isProblem(x)) await problem(file, l.line, x.id, x.code, x.message);
        else await digests.write(`${JSON.stringify(x)}\n`);
        if (progress && read % 50 === 0) progress.update(read);
      }
    }
    await digests.end();
    progress?.update(read);

    // the merge, over the names in a fixed order: the ids do not depend on document order
    const { entities, entityOf } = resolveEntities(tallies.entities.values(), lexicon, rules);

    // pass 2
    const shown = new Set(entities.slice(0, NETWORK_ENTITIES).map((e) => e.id));
    const second = secondPass(entityOf, shown, new Set(Object.keys(ACT_FAMILIES)));
    const events = writer(join(out, 'events.csv'));
    await events.write(csvHeader(EVENT_TABLE));
    for await (const l of byteLines(createReadStream(join(scratch, 'digests.jsonl')), Number.MAX_SAFE_INTEGER)) {
      if (l.bytes === undefined || l.bytes.length === 0) continue;
      const d = JSON.parse(l.bytes.toString('utf8')) as DocDigest;
      let rows = '';
      for (const r of addDigest(second, d)) rows += eventRow(r);
      await events.write(rows);
    }
    await events.end();

    const ents = writer(join(out, 'entities.csv'));
    await ents.write(csvHeader(ENTITY_TABLE));
    for (const e of entities) await ents.write(entityRow(e));
    await ents.end();
    const timeline = writer(join(out, 'timeline.csv'));
    await timeline.write(csvHeader(TIMELINE_TABLE));
    for (const e of entities) await timeline.write(timelineRows(e));
    await timeline.end();
    const problemCount = [...problems.values()].reduce((a, b) => a + b, 0);
    writeFileSync(
      join(out, 'report.html'),
      corpusReport({
        title: opts.title ?? 'kenal corpus',
        entities,
        networks: second.networks,
        documents: tallies.documents,
        problems: problemCount,
        names: tallies.entities.size,
        events: tallies.events,
      }),
    );
    await errors.end();
    progress?.stop();
    if (!opts.quiet) {
      const secs = (performance.now() - started) / 1000;
      const list = [...problems].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`);
      process.stderr.write(
        `kenal corpus: ${read} records (${tallies.documents} documents, ${problemCount} not read) in ${secs.toFixed(1)} s\n` +
          `  names: ${tallies.entities.size} merged into ${entities.length} corpus entities\n` +
          `  events: ${tallies.events}; ${tallies.undated} documents without a date\n` +
          (problemCount > 0
            ? `  not read: ${list.join(', ')} (all in ${join(out, 'errors.csv')})\n${firstProblems.map((p) => `    ${p}\n`).join('')}`
            : '') +
          `  wrote ${join(out, '{entities,events,timeline,errors}.csv')} and ${join(out, 'report.html')}\n`,
      );
    }
    return problemCount > 0 ? 1 : 0;
  } finally {
    progress?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function registerCorpus(program: Command, run: (p: Promise<number>) => void): void {
  program
    .command('corpus')
    .description('reduce the results of kenal extract across documents: entities.csv, events.csv, timeline.csv and report.html')
    .argument('[results...]', 'JSONL results of kenal extract (files, directories or globs); standard input when none')
    .option('-o, --out <dir>', 'directory for the tables and the report (required)')
    .option('--title <title>', 'title of report.html', 'kenal corpus')
    .option('--lexicon <file...>', 'the user lexicon(s) the results were extracted with, for ids, names and countries')
    .option('--no-progress', 'no progress bar (it is shown only when standard error is a terminal)')
    .option('-q, --quiet', 'no progress bar and no summary on standard error')
    .addHelpText(
      'after',
      `
Names merge across documents when they are the same name written differently (Mohd/Muhammad,
bin/binti, honorifics), a short form only one entity in the corpus has (a given name, a
surname), or a name only one lexicon person has; never two different lexicon ids. See the
README, "From a corpus to tables".

A line that is not a result record (not JSON, an error record of kenal extract, no "entities")
is counted, listed in errors.csv, and makes the exit code 1; the other records are still used.

Examples:
  kenal extract corpus.jsonl --out results.jsonl && kenal corpus results.jsonl --out tables/
  kenal corpus 'results/part-*.jsonl' --out tables/ --quiet`,
    )
    .action((inputs: string[], opts: CorpusCliOptions) => {
      run(runCorpus(inputs, opts));
    });
}
