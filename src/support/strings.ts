// Strings kept past the document they came from (the pipeline's word tables): a slice of a
// document may share the document's own characters in V8, and would keep the whole text alive.

/** Slices at least this long may share their parent's characters (V8's SlicedString); shorter ones are copies. */
const SHARED_FROM = 13;

/** The same string, as one that holds its own characters: safe to keep in a table that outlives the document. */
export function detached(s: string): string {
  return s.length < SHARED_FROM ? s : s.split('').join('');
}
