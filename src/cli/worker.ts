// The worker thread of `kenal extract --workers N` (piscina). The processor (pipeline, lexicons)
// is built once, when the thread starts, from the options the pool was made with (workerData):
// every thread pays for it during start-up, in parallel with the others, not when its first
// batch arrives. A batch comes in as raw record lines and goes back as formatted output strings
// and counts: JSON parsing, extraction and formatting all happen here; the main thread only
// splits lines, keeps results in input order and writes them.
import { workerData } from 'node:worker_threads';
import { createProcessor } from './process.js';
import type { Outcome, ProcessorOptions, Task } from './records.js';

let proc: ((t: Task) => Outcome) | undefined;
let failure: unknown;
try {
  proc = createProcessor(workerData as ProcessorOptions);
} catch (e) {
  // reported by the first task (a thread that fails to load would only be restarted, again and again)
  failure = e;
}

export default function run(tasks: readonly Task[]): Outcome[] {
  if (proc === undefined) throw failure;
  return tasks.map(proc);
}
