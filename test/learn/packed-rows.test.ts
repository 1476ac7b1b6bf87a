// Packed rows (src/learn/packed-rows.ts): the rows of any features sum to what the full table gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../src/learn/codec.js';
import type { LinearModel } from '../../src/learn/linear.js';
import { addRows, packedRow, packedRows } from '../../src/learn/packed-rows.js';

const model = (bits: number, classes: number, weights: number[]): LinearModel => ({
  bits,
  classes: Array.from({ length: classes }, (_, i) => `c${i}`),
  weights: Int16Array.from(weights),
  transitions: new Float32Array(0),
});

/** A class count (1 to 4) and weights for a 9-bit model of up to 4 classes, three in four of them 0. */
const mostlyZeroModels = [
  fc.integer({ min: 1, max: 4 }),
  fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.float({ min: -50, max: 50, noNaN: true })), {
    minLength: 4 * 512,
    maxLength: 4 * 512,
  }),
] as const;

describe('packedRows', () => {
  it('sums the same integers as the full table, for any sparse weights and features', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: -32767, max: 32767 })), {
          minLength: 3 * 256,
          maxLength: 3 * 256,
        }),
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }),
        (c, ws, feats) => {
          const m = model(8, c, ws.slice(0, c * 256));
          const p = packedRows(m)!;
          const got = new Float32Array(c);
          addRows(p, feats, feats.length, got);
          const want = new Float32Array(c);
          for (const f of feats) for (let k = 0; k < c; k++) want[k]! += m.weights[f * c + k]!;
          expect([...got]).toEqual([...want]);
          for (let r = 0; r < 256; r++) {
            const zero = [...m.weights.subarray(r * c, r * c + c)].every((x) => x === 0);
            expect(packedRow(p, r) < 0).toBe(zero);
          }
        },
      ),
    );
  });

  it('packs a decoded model from its listed rows as a scan of every row would', () => {
    fc.assert(
      fc.property(...mostlyZeroModels, (c, ws) => {
        const decoded = decodeModel(encodeModel({ ...model(9, c, []), weights: Float32Array.from(ws.slice(0, c * 512)) }), true);
        expect(decoded.rows).toBeDefined();
        const { rows: _listed, ...unlisted } = decoded;
        const scanned = packedRows(unlisted)!;
        const listed = packedRows(decoded)!;
        expect([...listed.index]).toEqual([...scanned.index]);
        expect([...listed.weights]).toEqual([...scanned.weights]);
      }),
    );
  });

  it('packs a model decoded with its packed rows as a scan of every row would', () => {
    fc.assert(
      fc.property(...mostlyZeroModels, (c, ws) => {
        const encoded = encodeModel({ ...model(9, c, []), weights: Float32Array.from(ws.slice(0, c * 512)) });
        const decoded = decodeModel(encoded, true, true);
        const plain = decodeModel(encoded, true);
        expect([...decoded.weights]).toEqual([...plain.weights]);
        expect([...decoded.rows!]).toEqual([...plain.rows!]);
        const { rows: _listed, ...unlisted } = plain;
        const scanned = packedRows(unlisted)!;
        const made = packedRows(decoded)!;
        expect([...made.index]).toEqual([...scanned.index]);
        expect([...made.weights]).toEqual([...scanned.weights]);
      }),
    );
  });

  it('is made once per model, and not for a model with float weights', () => {
    const m = model(6, 2, new Array(128).fill(1));
    expect(packedRows(m)).toBe(packedRows(m));
    expect(packedRows({ ...m, weights: new Float32Array(128) })).toBeUndefined();
  });
});
