// One measure for the complexity checks: the least CPU time of this process over a few runs,
// in milliseconds. CPU time, not wall time, so other processes on a busy machine do not count.
export function leastCpuMs(f: () => void, runs = 3): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    min = Math.min(min, (c.user + c.system) / 1000);
  }
  return min;
}
