// Where results go: standard output, a file, or a directory (brat: a .txt and .ann per
// document; csv: entities.csv and relations.csv), written in input order with backpressure.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { KenalError } from '../errors.js';
import { BRAT_ANNOTATION_CONF } from '../formats/brat.js';
import { csvHeader, ENTITY_COLUMNS, RELATION_COLUMNS } from '../formats/csv.js';
import { htmlFoot, htmlHead } from '../formats/html.js';
import { isErrorRecord, JSON_ARRAY, toJsonLine } from '../formats/jsonl.js';
import { byteLines } from './inputs.js';
import type { Format, Outcome, Task } from './records.js';

class Out {
  private failed: Error | undefined;
  constructor(readonly stream: Writable) {
    stream.on('error', (e: Error) => {
      this.failed = e;
    });
  }
  async write(s: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (s.length > 0 && !this.stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      });
    }
    if (this.failed) throw this.failed;
  }
  async end(): Promise<void> {
    if (this.stream === process.stdout) return;
    this.stream.end();
    if (!this.stream.writableFinished) await once(this.stream, 'finish');
  }
}

export interface Sink {
  write(o: Outcome, t: Task): Promise<void>;
  close(): Promise<void>;
}

export interface SinkOptions {
  readonly format: Format;
  readonly out?: string;
  /** For csv to one file or standard output: which table. */
  readonly table?: 'entities' | 'relations';
  readonly title?: string;
  /** Append to the output (after --resume kept what it had). */
  readonly append?: boolean;
}

const isDirTarget = (p: string): boolean => p.endsWith('/') || (existsSync(p) && statSync(p).isDirectory());

/** A file name for a document id: letters, digits, - _ . kept, the rest replaced. */
export const safeName = (id: string): string =>
  id
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 200) || '_';

export function openSink(o: SinkOptions): Sink {
  const file = (p: string): Out => new Out(createWriteStream(p, { flags: o.append ? 'a' : 'w' }));
  const dirMode = o.format === 'brat' || (o.out !== undefined && o.format === 'csv' && isDirTarget(o.out));
  if (dirMode) {
    if (o.out === undefined) throw new KenalError('E_OPTION', `--format ${o.format} writes several files: give --out DIR`);
    const dir = o.out;
    mkdirSync(dir, { recursive: true });
    const errors = file(join(dir, 'errors.jsonl'));
    const errorLine = (x: Outcome, t: Task): string =>
      `${toJsonLine({ id: x.id, line: t.line, ...(t.file !== undefined ? { file: t.file } : {}), error: x.error })}\n`;
    if (o.format === 'brat') {
      writeFileSync(join(dir, 'annotation.conf'), BRAT_ANNOTATION_CONF);
      const used = new Set<string>();
      return {
        async write(x, t) {
          if (x.error) return errors.write(errorLine(x, t));
          let name = safeName(x.id ?? `line-${t.line}`);
          for (let k = 2; used.has(name); k++) name = `${safeName(x.id ?? `line-${t.line}`)}-${k}`;
          used.add(name);
          writeFileSync(join(dir, `${name}.txt`), x.out.txt ?? '');
          writeFileSync(join(dir, `${name}.ann`), x.out.ann ?? '');
        },
        close: () => errors.end(),
      };
    }
    const ents = file(join(dir, 'entities.csv'));
    const rels = file(join(dir, 'relations.csv'));
    let started = false;
    return {
      async write(x, t) {
        if (!started && !o.append) {
          await ents.write(csvHeader(ENTITY_COLUMNS));
          await rels.write(csvHeader(RELATION_COLUMNS));
        }
        started = true;
        if (x.error) return errors.write(errorLine(x, t));
        await ents.write(x.out.entities ?? '');
        await rels.write(x.out.relations ?? '');
      },
      async close() {
        if (!started && !o.append) {
          await ents.write(csvHeader(ENTITY_COLUMNS));
          await rels.write(csvHeader(RELATION_COLUMNS));
        }
        await Promise.all([ents.end(), rels.end(), errors.end()]);
      },
    };
  }
  if (o.out !== undefined && isDirTarget(o.out))
    throw new KenalError('E_OPTION', `--out ${o.out} is a directory; --format ${o.format} writes one file`);
  const out = o.out !== undefined ? file(o.out) : new Out(process.stdout);
  let n = 0;
  const head = (): string => {
    if (o.append) return '';
    switch (o.format) {
      case 'json':
        return JSON_ARRAY.open;
      case 'html':
        return htmlHead(o.title ?? 'kenal');
      case 'csv':
        return csvHeader(o.table === 'relations' ? RELATION_COLUMNS : ENTITY_COLUMNS);
      default:
        return '';
    }
  };
  return {
    async write(x) {
      let s = n === 0 ? head() : '';
      if (o.format === 'jsonl') s += `${x.out.main ?? ''}\n`;
      else if (o.format === 'json') s += (n === 0 ? '' : JSON_ARRAY.separator) + (x.out.main ?? '');
      else if (o.format === 'csv') s += (o.table === 'relations' ? x.out.relations : x.out.entities) ?? '';
      else s += x.out.main ?? '';
      n++;
      await out.write(s);
    },
    async close() {
      let s = n === 0 ? head() : '';
      if (o.format === 'json') s += n === 0 ? ']\n' : JSON_ARRAY.close;
      if (o.format === 'html') s += htmlFoot();
      await out.write(s);
      await out.end();
    },
  };
}

/**
 * --resume for a JSONL output file: keep its complete, successful records (dropping error
 * records, so that those inputs are tried again, and a line cut short by an interrupted run),
 * and return their ids.
 */
export async function prepareResume(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!existsSync(path)) return done;
  const tmp = `${path}.resume-${process.pid}`;
  const out = new Out(createWriteStream(tmp));
  for await (const l of byteLines(createReadStream(path), Number.MAX_SAFE_INTEGER)) {
    if (l.bytes === undefined || l.bytes.length === 0) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(l.bytes.toString('utf8'));
    } catch {
      continue;
    }
    if (isErrorRecord(rec)) continue;
    const id = (rec as { id?: unknown }).id;
    if (typeof id !== 'string' || done.has(id)) continue;
    done.add(id);
    await out.write(`${l.bytes.toString('utf8')}\n`);
  }
  await out.end();
  renameSync(tmp, path);
  return done;
}
