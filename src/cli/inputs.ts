// Where records come from: files, directories (recursively: .txt, .jsonl, .json), globs, or
// standard input; read as bytes and split into lines here, so that a line that is not UTF-8
// or is far too long becomes an error task instead of stopping the run or filling memory.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import picomatch from 'picomatch';
import { KenalError } from '../errors.js';
import { sniffId, type Task } from './records.js';

const EXTENSIONS = ['.txt', '.jsonl', '.json'];

// Globs are matched by picomatch, as other tools match them: `**` any depth, `*` and `?`
// within a name, `[...]`, `{a,b}` and `{1..3}` braces, `!(x)` extglobs; `*` and `**` do not
// match names starting with a dot unless the pattern spells the dot. An argument starting with
// `!` (and naming no file) excludes what it matches from all other inputs.
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: false };

function walk(dir: string, out: string[]): void {
  for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, out);
    else if (d.isFile()) out.push(p);
  }
}

const posix = (p: string): string => p.split(sep).join('/');

/** Input arguments -> files, in order: a file as is, a directory's .txt/.jsonl/.json files (recursively, sorted), a glob's matches (sorted); minus what a `!glob` argument matches. */
export function expandInputs(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const excluded: ((path: string) => boolean)[] = [];
  for (const arg of inputs) {
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) {
        const all: string[] = [];
        walk(arg, all);
        files.push(...all.filter((f) => EXTENSIONS.some((x) => f.endsWith(x))));
      } else files.push(arg);
      continue;
    }
    const scan = picomatch.scan(arg);
    if (scan.negated) {
      // an exclusion reaches into dot folders too: `!**/old/**` means every old/ folder
      excluded.push(picomatch(arg.slice(1), { dot: true }));
      continue;
    }
    if (!scan.isGlob) throw new KenalError('E_OPTION', `no such file or directory: ${arg}`);
    const base = scan.base || (arg.startsWith('/') ? '/' : '.');
    const matches = picomatch(scan.glob, GLOB_OPTIONS);
    const all: string[] = [];
    if (existsSync(base) && statSync(base).isDirectory()) walk(base, all);
    const hits = all.filter((f) => matches(posix(relative(base, f))));
    if (hits.length === 0) throw new KenalError('E_OPTION', `no files match ${arg}`);
    files.push(...hits.map((f) => (arg.startsWith('/') ? resolve(f) : f)));
  }
  if (excluded.length === 0) return files;
  const kept = files.filter((f) => !excluded.some((x) => x(posix(normalize(f)))));
  if (kept.length === 0) throw new KenalError('E_OPTION', `no files left after ${inputs.filter((a) => a.startsWith('!')).join(' ')}`);
  return kept;
}

export interface RawLine {
  readonly line: number;
  /** The line's bytes, without the line break; absent when the line was longer than the limit. */
  readonly bytes?: Buffer;
  /** For an over-long line: its first bytes and its length. */
  readonly prefix?: Buffer;
  readonly length?: number;
}

/** Lines of a byte stream; a line over `maxBytes` is not kept, only its first 4 KiB and its length. */
export async function* byteLines(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let over: Buffer | undefined;
  let n = 0;
  const flush = (): RawLine => {
    n++;
    let r: RawLine;
    if (over !== undefined) r = { line: n, prefix: over, length: size };
    else {
      let b = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (b.length > 0 && b[b.length - 1] === 13) b = b.subarray(0, b.length - 1);
      r = { line: n, bytes: b };
    }
    parts = [];
    size = 0;
    over = undefined;
    return r;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (over === undefined && size + piece.length > maxBytes) {
        over = Buffer.from(Buffer.concat([...parts, piece.subarray(0, 4096)]).subarray(0, 4096));
        parts = [];
      } else if (over === undefined && piece.length > 0) parts.push(Buffer.from(piece));
      size += piece.length;
      if (nl < 0) break;
      yield flush();
      start = nl + 1;
    }
  }
  if (size > 0 || over !== undefined) yield flush();
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export interface ReadOptions {
  readonly maxChars: number;
  /** Read standard input (and files that are not .json/.jsonl) as one plain-text document. */
  readonly text?: boolean;
}

/** The most bytes a record of `maxChars` characters can take as a JSON line (\uXXXX escapes), plus room for other fields. */
export const maxLineBytes = (maxChars: number): number => maxChars * 6 + 1_048_576;

function lineTask(l: RawLine, file: string | undefined, maxChars: number): Task | undefined {
  const where = file !== undefined ? { file } : {};
  if (l.bytes === undefined) {
    const id = sniffId(lenient.decode(l.prefix));
    return {
      line: l.line,
      ...where,
      bad: { id, code: 'E_INPUT_TOO_LARGE', message: `line is ${l.length} bytes, over the limit for --max-chars ${maxChars}` },
    };
  }
  let s: string;
  try {
    s = strict.decode(l.bytes);
  } catch {
    return {
      line: l.line,
      ...where,
      bad: { id: sniffId(lenient.decode(l.bytes.subarray(0, 4096))), code: 'E_NOT_UTF8', message: 'line is not valid UTF-8' },
    };
  }
  if (s.trim() === '') return undefined;
  return { line: l.line, ...where, raw: s };
}

function textTask(bytes: Buffer, name: string, file: string | undefined, maxChars: number): Task {
  const where = file !== undefined ? { file } : {};
  try {
    const text = strict.decode(bytes);
    if (text.length > maxChars)
      return {
        line: 1,
        ...where,
        bad: { id: name, code: 'E_INPUT_TOO_LARGE', message: `text is ${text.length} characters, over --max-chars ${maxChars}` },
      };
    return { line: 1, ...where, raw: JSON.stringify({ id: name, text }) };
  } catch {
    return { line: 1, ...where, bad: { id: name, code: 'E_NOT_UTF8', message: `${name} is not valid UTF-8` } };
  }
}

/** Tasks from one JSONL stream, one per non-blank line. */
export async function* jsonlTasks(
  stream: Readable | AsyncIterable<Buffer>,
  file: string | undefined,
  maxChars: number,
): AsyncGenerator<Task> {
  for await (const l of byteLines(stream, maxLineBytes(maxChars))) {
    const t = lineTask(l, file, maxChars);
    if (t !== undefined) yield t;
  }
}

/** Tasks from the inputs (files already expanded) or, when there are none, standard input. */
export async function* readTasks(files: readonly string[], o: ReadOptions, stdin: Readable = process.stdin): AsyncGenerator<Task> {
  if (files.length === 0) {
    if (o.text) {
      const chunks: Buffer[] = [];
      for await (const c of stdin) chunks.push(c as Buffer);
      yield textTask(Buffer.concat(chunks), 'stdin', undefined, o.maxChars);
    } else yield* jsonlTasks(stdin, undefined, o.maxChars);
    return;
  }
  for (const f of files) {
    if (f.endsWith('.jsonl') || (!f.endsWith('.txt') && !f.endsWith('.json') && !o.text)) {
      yield* jsonlTasks(createReadStream(f), f, o.maxChars);
    } else if (f.endsWith('.json')) {
      yield* jsonFileTasks(f);
    } else {
      yield textTask(readFileSync(f), f, f, o.maxChars);
    }
  }
}

/** A .json file: an array of records (one task each) or one record. */
function* jsonFileTasks(f: string): Generator<Task> {
  let value: unknown;
  try {
    value = JSON.parse(strict.decode(readFileSync(f)));
  } catch (e) {
    yield {
      line: 1,
      file: f,
      bad: { id: null, code: e instanceof SyntaxError ? 'E_JSON' : 'E_NOT_UTF8', message: `${f} is not a UTF-8 JSON file` },
    };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (let i = 0; i < items.length; i++) yield { line: i + 1, file: f, raw: JSON.stringify(items[i]) };
}

/** Lines in the files (for the progress bar's total); undefined for standard input. */
export async function countRecords(files: readonly string[]): Promise<number | undefined> {
  if (files.length === 0) return undefined;
  let n = 0;
  for (const f of files) {
    if (f.endsWith('.txt')) {
      n++;
      continue;
    }
    if (f.endsWith('.json')) {
      try {
        const v: unknown = JSON.parse(readFileSync(f, 'utf8'));
        n += Array.isArray(v) ? v.length : 1;
      } catch {
        n++;
      }
      continue;
    }
    let last = 10;
    for await (const chunk of createReadStream(f) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
      if (chunk.length > 0) last = chunk[chunk.length - 1]!;
    }
    if (last !== 10) n++;
  }
  return n;
}
