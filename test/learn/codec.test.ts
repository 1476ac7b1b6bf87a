// The compact model codec: what `npm run train` writes is what the pipeline reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromBase64 } from '../../src/learn/codec.js';
import type { LinearModel } from '../../src/learn/linear.js';

const model = (bits: number, classes: number, weights: number[], transitions: number[] = []): LinearModel => ({
  bits,
  classes: Array.from({ length: classes }, (_, i) => `c${i}`),
  weights: Float32Array.from(weights),
  transitions: Float32Array.from(transitions),
});

describe('encodeModel / decodeModel', () => {
  it.each([
    ['all zero', model(2, 2, [0, 0, 0, 0, 0, 0, 0, 0])],
    ['one row', model(2, 2, [0, 0, 1.5, -2, 0, 0, 0, 0])],
    ['first and last rows', model(3, 1, [4, 0, 0, 0, 0, 0, 0, -4])],
    ['with transitions', model(1, 2, [1, 2, 3, 4], [0.5, -0.25, 1, 2, 3, 4])],
  ])('%s: round-trips within one quantisation step', (_name, m) => {
    const back = decodeModel(encodeModel(m));
    expect(back.bits).toBe(m.bits);
    expect(back.classes).toEqual(m.classes);
    const max = Math.max(...m.weights.map(Math.abs), 0);
    const step = max / 32767;
    m.weights.forEach((w, i) => {
      expect(Math.abs(back.weights[i]! - w)).toBeLessThanOrEqual(step / 2 + 1e-6);
    });
    expect(Array.from(back.transitions)).toEqual(Array.from(m.transitions, (t) => Math.round(t * 1e4) / 1e4));
  });

  it('gives the same bytes for the same model, and keeps row gaps past 127 (varints)', () => {
    const w = new Array(1024 * 2).fill(0);
    w[0] = 1;
    w[2 * 300] = -1;
    w[2 * 1023 + 1] = 0.5;
    const m = model(10, 2, w);
    expect(JSON.stringify(encodeModel(m))).toBe(JSON.stringify(encodeModel(m)));
    const back = decodeModel(encodeModel(m));
    expect(back.weights[0]).toBeCloseTo(1, 4);
    expect(back.weights[600]).toBeCloseTo(-1, 4);
    expect(back.weights[2047]).toBeCloseTo(0.5, 4);
  });

  it('decodes the same weights whichever way the platform gives the bytes (Buffer, atob, the decoder here)', () => {
    const w = new Array(1024 * 3).fill(0).map((_, i) => (i % 7 === 0 ? ((i % 13) - 6) / 3 : 0));
    const e = encodeModel(model(10, 3, w));
    const viaBuffer = decodeModel(e, true, true);
    const g = globalThis as { Buffer?: unknown; atob?: unknown };
    const { Buffer: buffer, atob: platformAtob } = g;
    const decodedWithout = (...hidden: ('Buffer' | 'atob')[]): LinearModel => {
      try {
        for (const k of hidden) g[k] = undefined;
        return decodeModel(e, true, true);
      } finally {
        g.Buffer = buffer;
        g.atob = platformAtob;
      }
    };
    for (const m of [decodedWithout('Buffer'), decodedWithout('Buffer', 'atob')]) {
      expect([...m.weights]).toEqual([...viaBuffer.weights]);
      expect([...m.rows!]).toEqual([...viaBuffer.rows!]);
    }
  });

  it('round-trips any small model (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -100, max: 100, noNaN: true }), { minLength: 24, maxLength: 24 }), (ws) => {
        const m = model(3, 3, ws);
        const back = decodeModel(encodeModel(m));
        const step = Math.max(...ws.map((x) => Math.abs(x)), 0) / 32767;
        return ws.every((x, i) => Math.abs(back.weights[i]! - Math.fround(x)) <= step / 2 + 1e-4);
      }),
    );
  });
});

describe('fromBase64 (the decoder for platforms without atob)', () => {
  const viaAtob = (s: string): number[] => Array.from(atob(s), (ch) => ch.charCodeAt(0));
  it.each([
    ['empty', ''],
    ['one byte, two pads', 'QQ=='],
    ['two bytes, one pad', 'QUI='],
    ['three bytes', 'QUJD'],
    ['high bytes', '/+7dzA=='],
  ])('%s: the bytes atob gives', (_name, text) => {
    expect(Array.from(fromBase64(text))).toEqual(viaAtob(text));
  });
  it('any bytes, encoded by the platform, come back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = btoa(String.fromCharCode(...bytes));
        expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
      }),
    );
  });
});
