// Feature hashing: features are never strings at run time. Each token's texts (its word, lower
// case, affixes, shape) are hashed once; a feature is its template's number mixed with those
// hashes, and its weight row is that mix masked to the model's size. Collisions are rare at
// 2^18 rows and the perceptron learns around them.

/** FNV-1a over UTF-16 code units of s[start, end), as an unsigned 32-bit number. */
export function hashText(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Two 32-bit numbers mixed into one (murmur3's finaliser over a multiply-xor): order matters. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mix(mix(a, b), c). */
export const mix3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);
