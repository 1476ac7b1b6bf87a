// key -> position in an array of strings sorted ascending (code-unit order, as `<` compares)
// and without duplicates. The first look-ups binary-search the array; after `mapAfter` of them
// the positions go into a Map once. A cold start makes a few dozen look-ups and filling a Map of
// thousands of keys costs it milliseconds (run in the interpreter); a corpus makes thousands of
// look-ups, each cheaper in the Map. The answers are the same either way.

/** Look-ups answered by binary search before the Map is filled, by default. */
export const MAP_AFTER = 4096;

export function sortedIndex(keys: readonly string[], mapAfter = MAP_AFTER): (key: string) => number | undefined {
  let map: Map<string, number> | undefined;
  let asked = 0;
  return (key: string): number | undefined => {
    if (map !== undefined) return map.get(key);
    if (++asked > mapAfter) {
      map = new Map();
      for (let i = 0; i < keys.length; i++) map.set(keys[i]!, i);
      return map.get(key);
    }
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = keys[mid]!;
      if (x === key) return mid;
      if (x < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}
