// One input record -> one formatted output record. Runs in the main thread (--workers 1) or
// in each worker thread (worker.ts); everything it returns is plain strings and counts, cheap
// to send between threads.
import { KenalError } from '../errors.js';
import { toBratAnn } from '../formats/brat.js';
import { tagDocument, writeConll } from '../formats/conll.js';
import { entityRows, relationRows } from '../formats/csv.js';
import { htmlDocument } from '../formats/html.js';
import { resultRecord, toJsonLine } from '../formats/jsonl.js';
import { convertOffsets } from '../formats/offsets.js';
import { createPipeline, FIELDS, type Field, type Pipeline } from '../pipeline/index.js';
import type { DocumentResult, Message } from '../types.js';
import { loadLexicons } from './lexicons.js';
import { errorOutcome, normaliseDate, type Outcome, type ProcessorOptions, recordId, sniffId, type Task } from './records.js';

export {
  errorOutcome,
  FORMATS,
  type Format,
  normaliseDate,
  type Outcome,
  type ProcessorOptions,
  recordId,
  sniffId,
  type Task,
} from './records.js';

const count = (rec: Record<string, number>, k: string): void => {
  rec[k] = (rec[k] ?? 0) + 1;
};

/** A function from tasks to outcomes, with its pipeline built once. */
export function createProcessor(o: ProcessorOptions, pipeline?: Pipeline): (task: Task) => Outcome {
  const p =
    pipeline ??
    createPipeline({ lexicons: loadLexicons(o.lexicons ?? [], o.lexiconMessages !== false), maxLength: Math.max(o.maxChars, 1) });
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

  const fail = (t: Task, id: string | null, code: string, message: string): Outcome => errorOutcome(o.format, t, id, code, message);

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
    const text = r.text;
    if (typeof text !== 'string')
      return fail(
        t,
        id,
        'E_NO_TEXT',
        text === undefined ? 'record has no "text" field' : `"text" is ${text === null ? 'null' : typeof text}, not a string`,
      );
    if (text.length > o.maxChars)
      return fail(t, id, 'E_INPUT_TOO_LARGE', `text is ${text.length} characters, over --max-chars ${o.maxChars}`);
    const warnings: Message[] = [];
    let date = normaliseDate(r.date);
    if (date === undefined && r.date !== undefined && r.date !== null && r.date !== '') {
      warnings.push({
        code: 'W_DATE',
        message: `date ${JSON.stringify(r.date)} is not a date kenal reads; ${o.date !== undefined ? `used --date ${o.date}` : 'relative dates left unresolved'}`,
      });
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
