// `kenal extract`: JSONL {id, text, date?} in (files or standard input) -> one JSONL result
// line per input line, in order, ids and other fields' ids preserved; plain .txt files are one
// document each. A line that cannot be processed yields an error record, never a lost line.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Option, type Command } from 'commander';
import { KenalError } from '../errors.js';
import { createPipeline, type Field, type Pipeline } from '../pipeline/index.js';
import { decodeUtf8 } from './io.js';

export interface ExtractCliOptions {
  readonly date?: string;
  readonly fields?: string;
}

interface Outcome {
  readonly line: string;
  readonly failed: boolean;
}

/** One input record -> one output line. */
export function processRecord(pipeline: Pipeline, raw: string, n: number, opts: ExtractCliOptions): Outcome {
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch {
    return { line: JSON.stringify({ id: null, line: n, error: { code: 'E_JSON', message: 'not a JSON object' } }), failed: true };
  }
  const r = rec as Record<string, unknown>;
  const id = r !== null && typeof r === 'object' && (typeof r['id'] === 'string' || typeof r['id'] === 'number') ? String(r['id']) : null;
  if (r === null || typeof r !== 'object' || Array.isArray(r) || typeof r['text'] !== 'string') {
    return { line: JSON.stringify({ id, line: n, error: { code: 'E_NO_TEXT', message: 'record has no "text" string' } }), failed: true };
  }
  try {
    const date = typeof r['date'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r['date']) ? r['date'] : normaliseDate(r['date']) ?? opts.date;
    const fields = opts.fields ? (opts.fields.split(',').map((f) => f.trim()) as Field[]) : undefined;
    const result = pipeline.extract(r['text'] as string, { ...(id !== null ? { id } : {}), ...(date ? { date } : {}), ...(fields ? { fields } : {}) });
    return { line: JSON.stringify(id === null ? { id: null, line: n, ...result } : result), failed: false };
  } catch (e) {
    const code = e instanceof KenalError ? e.code : 'E_INTERNAL';
    return { line: JSON.stringify({ id, line: n, error: { code, message: (e as Error).message } }), failed: true };
  }
}

/** Corpus dates as MM-DD-YYYY or MM/DD/YYYY -> YYYY-MM-DD. */
function normaliseDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(v.trim());
  if (!m) return undefined;
  return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

export async function runExtract(inputs: readonly string[], opts: ExtractCliOptions): Promise<number> {
  const pipeline = createPipeline();
  let failed = 0;
  let n = 0;
  const write = (o: Outcome): void => {
    if (o.failed) failed++;
    process.stdout.write(`${o.line}\n`);
  };
  const lines = async function* (): AsyncGenerator<string> {
    if (inputs.length === 0) {
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const l of rl) yield l;
      return;
    }
    for (const f of inputs) {
      const text = decodeUtf8(readFileSync(f), f);
      if (f.endsWith('.txt')) {
        yield JSON.stringify({ id: f, text });
        continue;
      }
      for (const l of text.split('\n')) yield l;
    }
  };
  for await (const l of lines()) {
    if (!l.trim()) continue;
    n++;
    write(processRecord(pipeline, l, n, opts));
  }
  return failed > 0 ? 1 : 0;
}

export function registerExtract(program: Command, run: (p: Promise<number>) => void): void {
  program
    .command('extract')
    .description('find people, places and organisations (and relations) in JSONL records or text files')
    .argument('[inputs...]', 'JSONL files ({"id","text","date"?} a line) or .txt files; standard input when none')
    .addOption(new Option('-f, --format <format>', 'output format (more formats: see the issues)').choices(['jsonl']).default('jsonl'))
    .option('--date <YYYY-MM-DD>', 'publication date for records without one (resolves "minggu lalu")')
    .option('--fields <list>', 'comma-separated: entities,relations,sentences,tokens,dates')
    .action((inputs: string[], opts: ExtractCliOptions) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new KenalError('E_OPTION', `--date must be YYYY-MM-DD, got ${opts.date}`);
      run(runExtract(inputs, opts));
    });
}
