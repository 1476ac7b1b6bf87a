// Loaded with --import by bench/probes/threads.mjs: a worker thread writes its Linux thread id
// to the file in KENAL_THREADS_FILE (one a line), so that the probe can tell worker threads from
// V8's background threads (compiler, garbage collector), which have the same name.
import { appendFileSync, readlinkSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.KENAL_THREADS_FILE;
if (!isMainThread && file) {
  try {
    appendFileSync(file, `${readlinkSync('/proc/thread-self').split('/').pop()}\n`);
  } catch {
    /* not Linux: the probe reports that it cannot split the CPU time */
  }
}
