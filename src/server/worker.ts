// Worker-thread side of the pool: builds one pipeline when the thread starts, tells the main
// thread it is warm, then answers tasks. Results go back as UTF-8 JSON bytes, serialised and
// encoded here and moved (not copied) to the main thread, which also answers health checks
// and only puts the bytes on the socket.
import { parentPort, threadId } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { KenalError } from '../errors.js';
import { createPipeline, type ExtractOptions, type Field } from '../pipeline/index.js';
import { segment } from '../tokenize/index.js';
import { encodeJoined } from './body.js';

export interface DocTask {
  readonly text: string;
  readonly id?: string;
  readonly date?: string;
}

export type Task =
  | { readonly op: 'extract'; readonly docs: readonly DocTask[]; readonly fields?: readonly Field[] }
  | { readonly op: 'tokenize'; readonly text: string }
  | { readonly op: 'info' };

/** A success carries the task's JSON bodies (one per document) joined by commas, as UTF-8. */
export type TaskResult =
  | { readonly ok: true; readonly body: Uint8Array }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly index?: number };

export interface LexiconInfo {
  readonly version: string;
  readonly entries: number;
  readonly byLabel: Readonly<Record<string, number>>;
}

/** Posted once the pipeline is built; the pool counts warm workers by it. */
export interface WarmMessage {
  readonly kenalWorkerWarm: number;
  readonly ms: number;
}

const started = performance.now();
const pipeline = createPipeline();
parentPort?.postMessage({ kenalWorkerWarm: threadId, ms: Math.round(performance.now() - started) } satisfies WarmMessage);

function fail(err: unknown, index?: number): TaskResult {
  const base =
    err instanceof KenalError
      ? { code: err.code, message: err.message }
      : { code: 'E_INTERNAL', message: err instanceof Error ? err.message : String(err) };
  return index === undefined ? { ok: false, ...base } : { ok: false, ...base, index };
}

function ok(jsons: readonly string[]): TaskResult {
  return { ok: true, body: encodeJoined(jsons) };
}

/** What piscina posts back: the result, its body's buffer in the transfer list. */
function moved(result: TaskResult): unknown {
  return result.ok ? move({ [transferableSymbol]: [result.body.buffer], [valueSymbol]: result }) : result;
}

export default function run(task: Task): unknown {
  return moved(answer(task));
}

/** The answer to one task, before it is moved. */
export function answer(task: Task): TaskResult {
  switch (task.op) {
    case 'extract': {
      const bodies: string[] = [];
      for (let i = 0; i < task.docs.length; i++) {
        const d = task.docs[i]!;
        const opts: { -readonly [K in keyof ExtractOptions]: ExtractOptions[K] } = {};
        if (d.id !== undefined) opts.id = d.id;
        if (d.date !== undefined) opts.date = d.date;
        if (task.fields !== undefined) opts.fields = task.fields;
        try {
          bodies.push(JSON.stringify(pipeline.extract(d.text, opts)));
        } catch (err) {
          return fail(err, i);
        }
      }
      return ok(bodies);
    }
    case 'tokenize':
      try {
        const { tokens, sentences, units } = segment(task.text);
        return ok([JSON.stringify({ tokens, sentences, units })]);
      } catch (err) {
        return fail(err);
      }
    case 'info': {
      const byLabel: Record<string, number> = {};
      for (const e of pipeline.lexicon.entries) byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
      const info: LexiconInfo = { version: pipeline.lexicon.version, entries: pipeline.lexicon.entries.length, byLabel };
      return ok([JSON.stringify(info)]);
    }
    default:
      return { ok: false, code: 'E_INTERNAL', message: `unknown task ${JSON.stringify((task as { op?: unknown }).op)}` };
  }
}
