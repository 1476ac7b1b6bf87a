// JSONL / JSON records: one result object per input document (../shared/spec/OUTPUT.md).
// Browser-safe: no Node imports.
import type { DocumentResult } from '../types.js';

/** An error record: what stands in the output for an input record that could not be processed. */
export interface ErrorRecord {
  readonly id: string | null;
  /** 1-based line (or item) number of the record in its input. */
  readonly line: number;
  /** The input file, when the record came from a file. */
  readonly file?: string;
  readonly error: { readonly code: string; readonly message: string };
}

/**
 * The output record for one document: id first, then the input record's other fields
 * (passed through untouched, except `text`), then the result.
 */
export function resultRecord(
  id: string | null,
  passthrough: Readonly<Record<string, unknown>>,
  result: DocumentResult,
): Record<string, unknown> {
  const rec: Record<string, unknown> = { id };
  for (const [k, v] of Object.entries(passthrough)) if (k !== 'text' && k !== 'id') rec[k] = v;
  for (const [k, v] of Object.entries(result)) if (k !== 'id') rec[k] = v;
  return rec;
}

export const isErrorRecord = (r: unknown): r is ErrorRecord =>
  r !== null && typeof r === 'object' && 'error' in r && typeof (r as { error: unknown }).error === 'object';

/**
 * One JSONL line (no newline). U+2028/U+2029 are escaped too, so that tools which also break
 * lines there (Python's str.splitlines) still see one record a line.
 */
export const toJsonLine = (rec: unknown): string =>
  JSON.stringify(rec).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));

/** A JSON array written incrementally: open, items, close. */
export const JSON_ARRAY = { open: '[\n', separator: ',\n', close: '\n]\n' } as const;
