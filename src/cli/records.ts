// The plain-data side of `kenal extract`: record tasks and outcomes, options, and the small
// record helpers (ids, dates). Kept apart from process.ts so that the main thread of
// `--workers N` (which only reads, orders and writes) never loads the pipeline and its lexicons:
// that is about 150-200 ms of CPU at start-up, on a core the worker threads need.
import { writeConll } from '../formats/conll.js';
import { htmlError } from '../formats/html.js';
import { type ErrorRecord, toJsonLine } from '../formats/jsonl.js';
import type { OffsetUnit } from '../formats/offsets.js';
import type { Field } from '../pipeline/index.js';

/** The result fields (pipeline FIELDS, repeated here so as not to load the pipeline; test/cli checks they agree). */
export const FIELDS = ['entities', 'relations', 'sentences', 'tokens', 'dates'] as const satisfies readonly Field[];
// a compile error if the pipeline gains a field not listed above
const everyField: [Exclude<Field, (typeof FIELDS)[number]>] extends [never] ? true : never = true;
void everyField;

export const FORMATS = ['jsonl', 'json', 'conll', 'brat', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Everything a processor needs; plain data, so it can be sent to worker threads. */
export interface ProcessorOptions {
  readonly format: Format;
  readonly fields?: readonly Field[];
  /** Default publication date (YYYY-MM-DD) for records without a usable one. */
  readonly date?: string;
  readonly offsets?: OffsetUnit;
  readonly maxChars: number;
  /** User lexicon files (.tsv or .json) merged over the bundled one. */
  readonly lexicons?: readonly string[];
  /** Whether the processor reports the problems found in `lexicons` (default true; worker threads leave it to the main thread). */
  readonly lexiconMessages?: boolean;
}

/** A unit of work: the raw JSON of one record, or an input problem found while reading. */
export interface Task {
  readonly line: number;
  readonly file?: string;
  readonly raw?: string;
  readonly bad?: { readonly id: string | null; readonly code: string; readonly message: string };
}

export interface Outcome {
  readonly id: string | null;
  readonly error?: { readonly code: string; readonly message: string };
  /** main: the record in the output format; entities / relations: CSV rows; txt / ann: brat files. */
  readonly out: { main?: string; entities?: string; relations?: string; txt?: string; ann?: string };
  readonly labels: Record<string, number>;
  readonly relations: Record<string, number>;
}

/** Corpus dates -> YYYY-MM-DD: ISO (with or without time), YYYY/MM/DD, MM-DD-YYYY and MM/DD/YYYY (DD-MM-YYYY when the first number is over 12). */
export function normaliseDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  let y: string, m: string, d: string;
  const iso8601 = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(s);
  const monthFirst = iso8601 ? null : /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (iso8601) [y, m, d] = [iso8601[1]!, iso8601[2]!, iso8601[3]!];
  else if (monthFirst) {
    const r = monthFirst;
    [m, d, y] = Number(r[1]) > 12 ? [r[2]!, r[1]!, r[3]!] : [r[1]!, r[2]!, r[3]!];
  } else return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The record's id as a string (numbers too), or null. */
export function recordId(r: unknown): string | null {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return null;
  const id = (r as Record<string, unknown>).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** The id of a record too large or too broken to parse, from the start of its bytes. */
export function sniffId(prefix: string): string | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.){0,200})"|(-?\d{1,30}))/.exec(prefix);
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1] ?? null;
  }
}

/** The outcome of a record that could not be processed, in the output format. */
export function errorOutcome(format: Format, t: Task, id: string | null, code: string, message: string): Outcome {
  const rec: ErrorRecord = { id, line: t.line, ...(t.file !== undefined ? { file: t.file } : {}), error: { code, message } };
  const name = id ?? `line ${t.line}`;
  const out: Outcome['out'] = {};
  if (format === 'jsonl' || format === 'json') out.main = toJsonLine(rec);
  else if (format === 'html') out.main = htmlError(name, `${code}: ${message}`);
  else if (format === 'conll') out.main = writeConll({ sentences: [] });
  return { id, error: { code, message }, out, labels: {}, relations: {} };
}
