// Linear models as compiled data: the weights of the non-zero rows, quantised to 16 bits with
// one scale per model, row numbers delta-coded as variable-length integers, all in base64 so the
// module is plain text that bundles for browsers. Same model, same bytes: `npm run train`
// checks that by rebuilding (test/learn/codec.test.ts round-trips it).
import type { LinearModel } from './linear.js';
import { setPackedRows } from './packed-rows.js';

export interface EncodedModel {
  readonly bits: number;
  readonly classes: readonly string[];
  /** A weight is its 16-bit integer times this. */
  readonly scale: number;
  /** Base64 of: for each non-zero row, the gap from the previous row (varint), then its weights (int16, little end first). */
  readonly rows: string;
  readonly transitions: readonly number[];
}

export function encodeModel(m: LinearModel): EncodedModel {
  const c = m.classes.length;
  let max = 0;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const bytes: number[] = [];
  let prev = -1;
  const q = new Int16Array(c);
  for (let r = 0; r < 1 << m.bits; r++) {
    let any = false;
    for (let k = 0; k < c; k++) {
      q[k] = Math.round(m.weights[r * c + k]! / scale);
      if (q[k] !== 0) any = true;
    }
    if (!any) continue;
    let gap = r - prev;
    prev = r;
    while (gap >= 128) {
      bytes.push((gap & 127) | 128);
      gap >>>= 7;
    }
    bytes.push(gap);
    for (let k = 0; k < c; k++) bytes.push(q[k]! & 255, (q[k]! >> 8) & 255);
  }
  return {
    bits: m.bits,
    classes: m.classes,
    scale,
    rows: toBase64(Uint8Array.from(bytes)),
    transitions: Array.from(m.transitions, (t) => Math.round(t * 1e4) / 1e4),
  };
}

/**
 * `compact`: weights kept as the 16-bit integers with the model's scale (a quarter of the memory,
 * the same scores). `packed` (with `compact`): the model's packed rows (packed-rows.ts) are made
 * in the same pass, from the rows as they are read, for a model read through them: packing it
 * afterwards from the full table took some 8 ms of a cold start for the act classifier's 5,400
 * rows, in code that had not yet been optimised.
 */
export function decodeModel(e: EncodedModel, compact = false, packed = false): LinearModel {
  const c = e.classes.length;
  const weights = compact ? new Int16Array((1 << e.bits) * c) : new Float32Array((1 << e.bits) * c);
  const b = bytesOf(e.rows);
  // the rows written (each holds a non-zero weight): a row takes at least 1 + 2c bytes
  const most = Math.floor(b.length / (1 + 2 * c));
  const written = new Int32Array(most);
  // the packed rows: those holding a non-zero weight, and their weights side by side. Written
  // for every model, without a branch (a model not packed rewrites row 0 of a one-row scratch):
  // a branch that the first models decoded never took threw the optimised loop away on the
  // first packed model, and the rows after it were read by the interpreter again
  const pack = compact && packed;
  const nonZero = new Int32Array(pack ? most : 1);
  const packedWeights = new Int16Array(pack ? most * c : c);
  const step = pack ? 1 : 0;
  // a weight is stored as v * scale: times 1, the integer itself, in a compact model
  const scale = compact ? 1 : e.scale;
  const len = b.length;
  let n = 0;
  let p = 0;
  let i = 0;
  let row = -1;
  while (i < len) {
    // the gap to this row (every byte read by the same code: a path for longer gaps that the
    // first model never took threw its optimised loop away at the next model's first long gap)
    let gap = 0;
    let shift = 0;
    for (;;) {
      const x = b[i++]!;
      gap += (x & 127) * 2 ** shift;
      shift += 7;
      if (x < 128) break;
    }
    row += gap;
    written[n++] = row;
    let at = row * c;
    let pat = p * c;
    let any = 0;
    for (const end = i + 2 * c; i < end; i += 2) {
      const v = ((b[i]! | (b[i + 1]! << 8)) << 16) >> 16;
      weights[at++] = v * scale;
      packedWeights[pat++] = v;
      any |= v;
    }
    if (any !== 0) {
      nonZero[p] = row;
      p += step;
    }
  }
  const classes = Object.freeze([...e.classes]);
  const transitions = Float32Array.from(e.transitions);
  const rows = written.slice(0, n);
  const model: LinearModel = Object.freeze(
    compact ? { bits: e.bits, classes, weights, scale: e.scale, transitions, rows } : { bits: e.bits, classes, weights, transitions, rows },
  );
  if (pack) setPackedRows(model, nonZero.subarray(0, p), packedWeights.slice(0, p * c));
  return model;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(b: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63]! +
        ALPHABET[(n >> 12) & 63]! +
        (i + 1 < b.length ? ALPHABET[(n >> 6) & 63]! : '=') +
        (i + 2 < b.length ? ALPHABET[n & 63]! : '='),
    );
  }
  return out.join('');
}

/**
 * The bytes of base64 text, read by index in decodeModel's loop: a cold start reads the entity
 * model's million bytes mostly before that loop is optimised, where an element of a typed array
 * is one load and a string's charCodeAt a call (the binary string of atob measured about 3 ms
 * slower at start-up). Decoded natively where the platform can (Uint8Array.fromBase64, Node's
 * Buffer), else through atob's binary string, else by fromBase64.
 */
function bytesOf(s: string): Uint8Array {
  const fromBase64Native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof fromBase64Native === 'function') return fromBase64Native(s);
  const g = globalThis as { Buffer?: { from(s: string, encoding: string): Uint8Array }; atob?: (s: string) => string };
  if (typeof g.Buffer?.from === 'function') return g.Buffer.from(s, 'base64');
  if (typeof g.atob !== 'function') return fromBase64(s);
  const bin = g.atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Base64 text to bytes, without the platform's help. */
export function fromBase64(s: string): Uint8Array {
  const value = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) value[ALPHABET.charCodeAt(i)] = i;
  let pad = 0;
  while (pad < 2 && s.charCodeAt(s.length - 1 - pad) === 61) pad++;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      (value[s.charCodeAt(i)]! << 18) |
      (value[s.charCodeAt(i + 1)]! << 12) |
      (value[s.charCodeAt(i + 2)]! << 6) |
      value[s.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
