// scoreRange, the tagger's scoring of a token's rows read in place: the same numbers as scoreInto
// over a copy of those rows, to the bit, for integer and float weights and any number of classes.
import { describe, expect, it } from 'vitest';
import { mix } from '../../src/learn/hash.js';
import { type LinearModel, scoreInto, scoreRange } from '../../src/learn/linear.js';

/** A model of 2^bits rows whose weights are made from a seed (no randomness between runs). */
function model(c: number, compact: boolean): LinearModel {
  const bits = 6;
  const n = (1 << bits) * c;
  const weights = compact ? new Int16Array(n) : new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = (mix(i, 7) % 65_535) - 32_767;
    weights[i] = compact ? v : v * 0.000_913;
  }
  const classes = Array.from({ length: c }, (_, k) => `C${k}`);
  const transitions = new Float32Array(0);
  return compact ? { bits, classes, weights, scale: 0.000_913, transitions } : { bits, classes, weights, transitions };
}

const rows = Int32Array.from({ length: 40 }, (_, i) => mix(i, 3) & 63);

describe('scoreRange', () => {
  it.each([
    ['7 classes, 16-bit weights, Float64 scores', 7, true, 'f64'],
    ['7 classes, float weights, Float64 scores', 7, false, 'f64'],
    ['7 classes, 16-bit weights, Float32 scores', 7, true, 'f32'],
    ['7 classes, float weights, Float32 scores (rounded at every row)', 7, false, 'f32'],
    ['3 classes, 16-bit weights, Float64 scores', 3, true, 'f64'],
    ['4 classes, float weights, Float32 scores', 4, false, 'f32'],
  ] as const)('%s: as scoreInto, from what the scores held', (_name, c, compact, kind) => {
    const m = model(c, compact);
    for (const [from, to] of [
      [0, 40],
      [5, 17],
      [9, 9],
    ] as const) {
      const make = (): Float32Array | Float64Array => {
        const out = kind === 'f64' ? new Float64Array(3 * c) : new Float32Array(3 * c);
        for (let k = 0; k < out.length; k++) out[k] = (k % 5) * 123;
        return out;
      };
      const a = make();
      const b = make();
      scoreInto(m, rows.subarray(from, to), to - from, a, c);
      scoreRange(m, rows, from, to, b, c);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });
});
