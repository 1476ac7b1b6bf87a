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

/**
 * The least CPU time of `f` on a small and on a large input, for the growth checks. Both sizes
 * are run once first: CPU time counts V8's background compiler too, which would otherwise still
 * be optimising for the larger input while it is timed.
 */
export function leastCpuMsPair<T>(f: (input: T) => unknown, small: T, large: T, runs = 3): [number, number] {
  f(small);
  f(large);
  return [leastCpuMs(() => f(small), runs), leastCpuMs(() => f(large), runs)];
}
