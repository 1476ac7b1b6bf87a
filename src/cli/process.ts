// One input record -> one formatted output record. Runs in the main thread (--workers 1) or
// in each worker thread (worker.ts); everything it returns is plain strings and counts, cheap
// to send between threads.
import { readFileSync } from 'node:fs';
import { KenalError } from '../errors.js';
import { toBratAnn } from '../formats/brat.js';
import { tagDocument, writeConll } from '../formats/conll.js';
import { entityRows, relationRows } from '../formats/csv.js';
import { htmlDocument, htmlError } from '../formats/html.js';
import { resultRecord, toJsonLine, type ErrorRecord } from '../formats/jsonl.js';
import { convertOffsets, type OffsetUnit } from '../formats/offsets.js';
import { parseLexicon, type Lexicon } from '../lexicon/index.js';
import { createPipeline, FIELDS, type Field, type Pipeline } from '../pipeline/index.js';
import type { DocumentResult, Message } from '../types.js';
import { decodeUtf8 } from './io.js';

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
  let r = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(s);
  if (r) [y, m, d] = [r[1]!, r[2]!, r[3]!];
  else if ((r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) {
    [m, d, y] = Number(r[1]) > 12 ? [r[2]!, r[1]!, r[3]!] : [r[1]!, r[2]!, r[3]!];
  } else return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** The record's id as a string (numbers too), or null. */
export function recordId(r: unknown): string | null {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return null;
  const id = (r as Record<string, unknown>)['id'];
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

function loadLexicons(paths: readonly string[]): Lexicon[] {
  return paths.map((p) => {
    const format = p.endsWith('.json') ? 'json' : 'tsv';
    const { lexicon, messages } = parseLexicon(decodeUtf8(readFileSync(p), p), format, p);
    for (const m of messages) process.stderr.write(`kenal: ${m.message}\n`);
    return lexicon;
  });
}

const count = (rec: Record<string, number>, k: string): void => {
  rec[k] = (rec[k] ?? 0) + 1;
};

/** A function from tasks to outcomes, with its pipeline built once. */
export function createProcessor(o: ProcessorOptions, pipeline?: Pipeline): (task: Task) => Outcome {
  const p = pipeline ?? createPipeline({ lexicons: loadLexicons(o.lexicons ?? []), maxLength: Math.max(o.maxChars, 1) });
  const wanted = new Set<Field>(o.fields ?? ['entities', 'relations', 'sentences', 'dates']);
  if (o.format !== 'jsonl' && o.format !== 'json') {
    wanted.add('entities');
    wanted.add('relations');
  }
  if (o.format === 'conll') {
    wanted.add('tokens');
    wanted.add('sentences');
  }
  const fields = FIELDS.filter((f) => wanted.has(f));

  const fail = (t: Task, id: string | null, code: string, message: string): Outcome => {
    const rec: ErrorRecord = { id, line: t.line, ...(t.file !== undefined ? { file: t.file } : {}), error: { code, message } };
    const name = id ?? `line ${t.line}`;
    const out: Outcome['out'] = {};
    if (o.format === 'jsonl' || o.format === 'json') out.main = toJsonLine(rec);
    else if (o.format === 'html') out.main = htmlError(name, `${code}: ${message}`);
    else if (o.format === 'conll') out.main = writeConll({ sentences: [] });
    return { id, error: { code, message }, out, labels: {}, relations: {} };
  };

  return (t: Task): Outcome => {
    if (t.bad) return fail(t, t.bad.id, t.bad.code, t.bad.message);
    let rec: unknown;
    try {
      rec = JSON.parse(t.raw ?? '');
    } catch {
      return fail(t, sniffId((t.raw ?? '').slice(0, 4096)), 'E_JSON', 'not a JSON object');
    }
    const id = recordId(rec);
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return fail(t, null, 'E_JSON', 'not a JSON object');
    const r = rec as Record<string, unknown>;
    const text = r['text'];
    if (typeof text !== 'string') return fail(t, id, 'E_NO_TEXT', text === undefined ? 'record has no "text" field' : `"text" is ${text === null ? 'null' : typeof text}, not a string`);
    if (text.length > o.maxChars) return fail(t, id, 'E_INPUT_TOO_LARGE', `text is ${text.length} characters, over --max-chars ${o.maxChars}`);
    const warnings: Message[] = [];
    let date = normaliseDate(r['date']);
    if (date === undefined && r['date'] !== undefined && r['date'] !== null && r['date'] !== '') {
      warnings.push({ code: 'W_DATE', message: `date ${JSON.stringify(r['date'])} is not a date kenal reads; ${o.date !== undefined ? `used --date ${o.date}` : 'relative dates left unresolved'}` });
    }
    date ??= o.date;
    let result: DocumentResult;
    try {
      result = p.extract(text, { ...(id !== null ? { id } : {}), ...(date !== undefined ? { date } : {}), fields });
    } catch (e) {
      const code = e instanceof KenalError ? e.code : 'E_INTERNAL';
      return fail(t, id, code, (e as Error).message);
    }
    if (warnings.length > 0) result = { ...result, warnings: [...(result.warnings ?? []), ...warnings] };
    const labels: Record<string, number> = {};
    const relations: Record<string, number> = {};
    for (const e of result.entities) count(labels, e.label);
    for (const x of result.relations) count(relations, x.type);
    const out: Outcome['out'] = {};
    const units = o.offsets ?? 'utf16';
    switch (o.format) {
      case 'jsonl':
      case 'json':
        out.main = toJsonLine(convertOffsets(text, resultRecord(id, r, result), units));
        break;
      case 'conll':
        out.main = writeConll(tagDocument(text, result.entities, result.tokens, result.sentences));
        break;
      case 'csv': {
        const conv = convertOffsets(text, result, units);
        out.entities = entityRows(id, conv);
        out.relations = relationRows(id, conv);
        break;
      }
      case 'brat':
        out.txt = text;
        out.ann = toBratAnn(text, result, o.offsets ?? 'codepoint');
        break;
      case 'html':
        out.main = htmlDocument(text, result, id ?? `line ${t.line}`);
        break;
    }
    return { id, out, labels, relations };
  };
}
