// A table shipped as a plain JSON object (JSON.parse builds it natively, so a cold start fills
// nothing), read through a Map once it has answered enough look-ups. Looking up a freshly
// sliced string in an object of thousands of keys costs 300-1000 ns (V8 first tries to
// internalise the key); in a Map about 140 ns (measured; README, Benchmarks). A cold start asks
// a few dozen times; a corpus asks thousands, and copies the object once, early. The answers
// are the same either way.

/** Look-ups answered from the object before it is copied into a Map, by default. */
export const LOOKUPS_BEFORE_MAP = 4096;

export function lateMap<V>(table: Readonly<Record<string, V | undefined>>, after = LOOKUPS_BEFORE_MAP): (key: string) => V | undefined {
  let map: Map<string, V> | undefined;
  let asked = 0;
  return (key: string): V | undefined => {
    if (map !== undefined) return map.get(key);
    if (++asked > after) {
      map = new Map();
      for (const k in table) {
        const v = table[k];
        if (v !== undefined) map.set(k, v);
      }
      return map.get(key);
    }
    return Object.hasOwn(table, key) ? table[key] : undefined;
  };
}
