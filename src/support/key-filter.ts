// A membership pre-test for string sets: a 128 Kbit table (16 KB, stays in the CPU's cache)
// indexed by a fingerprint of a word's length and three of its characters. "No" is certain,
// "maybe" needs the real Set or Map. Per token, most look-ups of a word list miss, and a
// miss on a JavaScript Map costs hashing a freshly sliced string plus a probe of a table far
// bigger than the cache: the fingerprint reads three characters instead.

export interface KeyFilter {
  readonly bits: Uint32Array;
}

const BITS = 1 << 17;

/** The fingerprint of s.slice(start, end), read in place. */
function fingerprint(s: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return 0; // what the mixing below gives the empty string, wherever the empty range is
  let h =
    Math.imul(n, 0xc2b2ae3d) ^
    Math.imul(s.charCodeAt(start), 0x9e3779b1) ^
    Math.imul(s.charCodeAt(end - 1), 0x85ebca77) ^
    Math.imul(s.charCodeAt(start + (n >> 1)), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & (BITS - 1);
}

/** A filter that answers "maybe" for every key given (and for a few others). */
export function keyFilter(keys: Iterable<string>): KeyFilter {
  const bits = new Uint32Array(BITS >>> 5);
  for (const k of keys) {
    const f = fingerprint(k, 0, k.length);
    bits[f >>> 5]! |= 1 << (f & 31);
  }
  return { bits };
}

/** False only when `s` is certainly not one of the filter's keys. */
export function mayContain(filter: KeyFilter, s: string): boolean {
  return mayHold(filter, fingerprint(s, 0, s.length));
}

/** mayContain for s.slice(start, end), read in place: no slice is made to be ruled out. */
export function mayContainRange(filter: KeyFilter, s: string, start: number, end: number): boolean {
  return mayHold(filter, fingerprint(s, start, end));
}

/** The fingerprint of a key, for testing it against several filters (mayHold) at the cost of one. */
export function keyPrint(s: string): number {
  return fingerprint(s, 0, s.length);
}

/** mayContain for a key given by its keyPrint. */
export function mayHold(filter: KeyFilter, print: number): boolean {
  return (filter.bits[print >>> 5]! & (1 << (print & 31))) !== 0;
}

/** The filter as text (8 hex digits per 32-bit word), for data files made at build time. */
export function filterToString(filter: KeyFilter): string {
  let out = '';
  for (const w of filter.bits) out += w.toString(16).padStart(8, '0');
  return out;
}

/** A filter read back from filterToString: no key is hashed at start-up (plain ECMAScript: no atob in a bare context). */
export function filterFromString(text: string): KeyFilter {
  const words = BITS >>> 5;
  if (text.length !== words * 8) throw new Error(`a key filter is ${words * 8} hex digits, not ${text.length}`);
  const bits = new Uint32Array(words);
  for (let i = 0; i < words; i++) bits[i] = parseInt(text.slice(i * 8, i * 8 + 8), 16);
  return { bits };
}

/**
 * A pre-test like KeyFilter for sets of words asked about other real words (the roots under an
 * affix, common words): by a hash of every code unit of the key, two bits a key. The
 * fingerprint's length and three characters often match some key of such a set (the root list's
 * filter let six in ten of the non-roots the tokenizer asks about through to the Set); this one
 * lets about one in seven through. Made at run time only: its bits are never written to a file.
 */
export interface WordFilter {
  readonly bits: Uint32Array;
}

/** The hash of s.slice(start, end) (FNV-1a over its code units, then mixed), read in place. */
function wordHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}

/** A word filter that answers "maybe" for every key given (and for a few others). */
export function wordFilter(keys: Iterable<string>): WordFilter {
  const bits = new Uint32Array(BITS >>> 5);
  for (const k of keys) {
    const h = wordHash(k, 0, k.length);
    const a = h & (BITS - 1);
    const b = (h >>> 15) & (BITS - 1);
    bits[a >>> 5]! |= 1 << (a & 31);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return { bits };
}

/** False only when s.slice(start, end), read in place, is certainly not one of the filter's keys. */
export function mayContainWord(filter: WordFilter, s: string, start: number, end: number): boolean {
  const h = wordHash(s, start, end);
  const a = h & (BITS - 1);
  const b = (h >>> 15) & (BITS - 1);
  const bits = filter.bits;
  return (bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}
