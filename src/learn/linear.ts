// A linear model over hashed features: one weight row per feature bucket, one column per class.
// The entity tagger (src/recognise/decide.ts) and the relation models read it; `npm run train`
// writes it (train/perceptron.ts), and src/learn/codec.ts turns it into the compiled data shipped
// beside the lexicons. Immutable once made.

export interface LinearModel {
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** Class names, in column order. */
  readonly classes: readonly string[];
  /**
   * (1 << bits) rows of classes.length weights; as 16-bit integers times `scale` in a model
   * decoded compact (a quarter of the memory: the rows a document touches stay in cache).
   */
  readonly weights: Float32Array | Int16Array;
  /** What a weight is multiplied by (1 when absent). */
  readonly scale?: number;
  /** For a sequence model: (classes + 1) rows of classes.length; row `classes.length` is the start. Empty otherwise. */
  readonly transitions: Float32Array;
  /**
   * The rows holding a non-zero weight, ascending, when known (a decoded model knows them from
   * its encoding): packed-rows.ts packs them without scanning every row of the table.
   */
  readonly rows?: Int32Array;
}

/**
 * The scores of `n` features (bucket numbers, already masked): their weights summed into `out`
 * (classes.length wide, zeroed by the caller), at `outAt`.
 */
export function scoreInto(
  model: LinearModel,
  features: Int32Array | readonly number[],
  n: number,
  out: Float32Array | Float64Array,
  outAt: number,
): void {
  const c = model.classes.length;
  const w = model.weights;
  for (let f = 0; f < n; f++) {
    const row = features[f]! * c;
    for (let k = 0; k < c; k++) out[outAt + k]! += w[row + k]!;
  }
  const scale = model.scale;
  if (scale !== undefined) for (let k = 0; k < c; k++) out[outAt + k]! *= scale;
}

/**
 * scoreInto over features[from, to) read in place (no subarray per token): added to what `out`
 * holds at `outAt`, then times the scale.
 */
export function scoreRange(
  model: LinearModel,
  features: Int32Array,
  from: number,
  to: number,
  out: Float32Array | Float64Array,
  outAt: number,
): void {
  const c = model.classes.length;
  const w = model.weights;
  const scale = model.scale;
  if (c === 7 && out instanceof Float64Array) {
    // the entity tagger's seven tags summed in locals, not read and written back in `out` at every
    // row: the same additions in the same order, each rounded to a double as a Float64Array store is
    let s0 = out[outAt]!;
    let s1 = out[outAt + 1]!;
    let s2 = out[outAt + 2]!;
    let s3 = out[outAt + 3]!;
    let s4 = out[outAt + 4]!;
    let s5 = out[outAt + 5]!;
    let s6 = out[outAt + 6]!;
    for (let f = from; f < to; f++) {
      const row = features[f]! * 7;
      s0 += w[row]!;
      s1 += w[row + 1]!;
      s2 += w[row + 2]!;
      s3 += w[row + 3]!;
      s4 += w[row + 4]!;
      s5 += w[row + 5]!;
      s6 += w[row + 6]!;
    }
    out[outAt] = s0;
    out[outAt + 1] = s1;
    out[outAt + 2] = s2;
    out[outAt + 3] = s3;
    out[outAt + 4] = s4;
    out[outAt + 5] = s5;
    out[outAt + 6] = s6;
  } else {
    for (let f = from; f < to; f++) {
      const row = features[f]! * c;
      for (let k = 0; k < c; k++) out[outAt + k]! += w[row + k]!;
    }
  }
  if (scale !== undefined) for (let k = 0; k < c; k++) out[outAt + k]! *= scale;
}

/** The index of the largest of c scores from `at`. Ties go to the first. */
export function argmax(scores: Float32Array | Float64Array, at: number, c: number): number {
  let best = 0;
  for (let k = 1; k < c; k++) if (scores[at + k]! > scores[at + best]!) best = k;
  return best;
}

/** Probabilities of c scores from `at` (a softmax): the model's confidence. */
export function softmaxAt(scores: Float32Array | Float64Array, at: number, c: number, k: number): number {
  let max = -Infinity;
  for (let j = 0; j < c; j++) max = Math.max(max, scores[at + j]!);
  let sum = 0;
  for (let j = 0; j < c; j++) sum += Math.exp(scores[at + j]! - max);
  return Math.exp(scores[at + k]! - max) / sum;
}
