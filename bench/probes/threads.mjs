// Child process of `npm run bench` (workers): CPU time of each thread of a command, Linux only
// (/proc). Standard input is passed to the command; its standard output is discarded. Threads:
// the main thread, the worker threads (found by threads-hook.mjs, loaded with --import), and the
// rest, which in a node process are V8's background threads: the optimising compiler
// (TurboFan) and the garbage collector. Polls /proc every 5 ms and keeps each thread's last
// reading (a thread that ends loses at most 5 ms). Prints one JSON line, times in ms.
//   node bench/probes/threads.mjs NODE_ARGS... < input
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (!existsSync('/proc/thread-self')) {
  process.stdout.write(`${JSON.stringify({ supported: false })}\n`);
  process.exit(0);
}
let ticks = 100;
try {
  ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* the usual value */
}
const dir = mkdtempSync(join(tmpdir(), 'kenal-threads-'));
const tidsFile = join(dir, 'tids');
const hook = fileURLToPath(new URL('./threads-hook.mjs', import.meta.url));
const t0 = performance.now();
const child = spawn(process.execPath, args, {
  stdio: ['inherit', 'ignore', 'inherit'],
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim(), KENAL_THREADS_FILE: tidsFile },
});
const cpu = new Map();
const poll = () => {
  let tasks;
  try {
    tasks = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  for (const t of tasks) {
    try {
      const s = readFileSync(`/proc/${child.pid}/task/${t}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // fields from the 3rd on: utime is the 14th, stime the 15th
      cpu.set(Number(t), ((Number(f[11]) + Number(f[12])) * 1000) / ticks);
    } catch {
      /* the thread ended between the listing and the read */
    }
  }
};
const timer = setInterval(poll, 5);
child.on('exit', (code) => {
  clearInterval(timer);
  const wallMs = performance.now() - t0;
  const workerIds = new Set(existsSync(tidsFile) ? readFileSync(tidsFile, 'utf8').split('\n').filter(Boolean).map(Number) : []);
  rmSync(dir, { recursive: true, force: true });
  let main = 0;
  let background = 0;
  const workers = [];
  for (const [tid, ms] of cpu) {
    if (tid === child.pid) main = ms;
    else if (workerIds.has(tid)) workers.push(ms);
    else background += ms;
  }
  workers.sort((a, b) => b - a);
  process.stdout.write(
    `${JSON.stringify({ supported: true, code, wallMs, mainMs: main, workersMs: workers, backgroundMs: background, totalMs: main + background + workers.reduce((a, b) => a + b, 0) })}\n`,
  );
});
