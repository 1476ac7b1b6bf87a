// The worker thread of `kenal extract --workers N` (piscina): one processor, built on the
// first task, per distinct set of options.
import { createProcessor, type Outcome, type ProcessorOptions, type Task } from './process.js';

let key = '';
let proc: ((t: Task) => Outcome) | undefined;

export default function run({ options, tasks }: { options: ProcessorOptions; tasks: readonly Task[] }): Outcome[] {
  const k = JSON.stringify(options);
  if (proc === undefined || k !== key) {
    proc = createProcessor(options);
    key = k;
  }
  return tasks.map(proc);
}
