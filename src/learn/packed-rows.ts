// A compact model's non-zero rows packed side by side, found through a bitmap with running
// counts. The act classifier (src/relations/model.ts) reads some twenty rows per statement
// trigger at random from a table of 2^18 rows of ten classes (5 MB) that holds 19,000 non-zero
// weights, so nearly every read was a cache miss; packed, its rows and index take some 100 KB,
// and a row of zeros is skipped without reading a weight. The sums are the same integers, added
// in the same order: only rows of zeros are left out. (The speaker ranker's and the party
// model's tables, 0.5 and 1 MB and a fifth non-zero, measured no faster packed: they read them
// plain.)
import type { LinearModel } from './linear.js';

export interface PackedRows {
  /** The model's classes (weights per row). */
  readonly classes: number;
  /**
   * Per 32 rows, two numbers side by side (one cache line for both): a bit per row, set for a
   * row with a non-zero weight, then how many such rows come before the 32.
   */
  readonly index: Int32Array;
  /** The non-zero rows' weights, `classes` per row, in row order. */
  readonly weights: Int16Array;
}

// Made once per model (a model is immutable): a cache of what its weights imply, nothing of a document.
const packed = new WeakMap<LinearModel, PackedRows | null>();

/** The packed rows of a model with 16-bit weights (decoded compact), made on first ask; undefined for any other. */
export function packedRows(m: LinearModel): PackedRows | undefined {
  let p = packed.get(m);
  if (p === undefined) {
    p = m.weights instanceof Int16Array ? pack(m.weights, m.classes.length, 1 << m.bits, m.rows) : null;
    packed.set(m, p);
  }
  return p ?? undefined;
}

/**
 * `listed`: the model's rows with a non-zero weight, if known (LinearModel.rows), so that only
 * they are read (the act classifier's table has 2^18 rows, a few thousand of them non-zero: a
 * scan of every row cost some 8 ms at start-up); a listed row that holds only zeros is left out,
 * as the scan would.
 */
function pack(w: Int16Array, c: number, rows: number, listed?: Int32Array): PackedRows {
  const index = new Int32Array(2 * Math.ceil(rows / 32));
  let count = 0;
  const nonZero = (r: number): boolean => {
    for (let k = 0; k < c; k++) if (w[r * c + k] !== 0) return true;
    return false;
  };
  if (listed !== undefined) {
    // each block's count of the rows before it: set at the block of each row, then carried over the empty blocks
    for (const r of listed) {
      if (!nonZero(r)) continue;
      index[2 * (r >>> 5)]! |= 1 << (r & 31);
      count++;
    }
    countBefore(index);
  } else
    for (let r = 0; r < rows; r++) {
      if (r % 32 === 0) index[2 * (r >>> 5) + 1] = count;
      if (nonZero(r)) {
        index[2 * (r >>> 5)]! |= 1 << (r & 31);
        count++;
      }
    }
  const weights = new Int16Array(count * c);
  let at = 0;
  const copy = (r: number): void => {
    if ((index[2 * (r >>> 5)]! & (1 << (r & 31))) === 0) return;
    for (let k = 0; k < c; k++) weights[at + k] = w[r * c + k]!;
    at += c;
  };
  if (listed !== undefined) for (const r of listed) copy(r);
  else for (let r = 0; r < rows; r++) copy(r);
  return { classes: c, index, weights };
}

/** Each block's count of the rows before it, from the blocks' bits (carried over the empty blocks). */
function countBefore(index: Int32Array): void {
  let before = 0;
  for (let b = 0; b < index.length; b += 2) {
    index[b + 1] = before;
    before += bitCount(index[b]!);
  }
}

/**
 * The packed rows of model m given as they are (codec.ts decodeModel, `packed`): `rows` the rows
 * holding a non-zero weight, ascending, and `weights` theirs, `classes` per row in that order,
 * as pack() would copy them. Only the index is built here.
 */
export function setPackedRows(m: LinearModel, rows: Int32Array, weights: Int16Array): void {
  const index = new Int32Array(2 * Math.ceil((1 << m.bits) / 32));
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j]!;
    index[2 * (r >>> 5)]! |= 1 << (r & 31);
  }
  countBefore(index);
  packed.set(m, { classes: m.classes.length, index, weights });
}

/** Where row r's weights start in p.weights, or -1 for a row of zeros. */
export function packedRow(p: PackedRows, r: number): number {
  const word = p.index[2 * (r >>> 5)]!;
  const bit = 1 << (r & 31);
  if ((word & bit) === 0) return -1;
  return (p.index[2 * (r >>> 5) + 1]! + bitCount(word & (bit - 1))) * p.classes;
}

/** The set bits of a 32-bit number. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** The rows of features[0..n) (bucket numbers) added into out[0..classes): what the full table's rows add. */
export function addRows(p: PackedRows, features: Int32Array | readonly number[], n: number, out: Float32Array): void {
  const c = p.classes;
  const w = p.weights;
  for (let j = 0; j < n; j++) {
    const row = packedRow(p, features[j]!);
    if (row < 0) continue;
    for (let k = 0; k < c; k++) out[k]! += w[row + k]!;
  }
}
