// The best tag sequence under a first-order model: emission scores per position plus a score
// for each tag following another (or starting), over allowed transitions only, so a BIO tagger
// can never output I-ORG after O or after B-PER. Linear in the sequence length.

/**
 * Best path for `n` positions of `c` tags. `emit`: n*c scores; `trans`: (c+1)*c, row c the start;
 * `allowed`: the same shape, 1 where the move is legal; `endAllowed`: c entries, 1 where a tag may end
 * the sequence. Writes the tags into `out`, returns the path's score. `emitAt`, `outAt`: where the
 * sequence's scores start in `emit` and its tags in `out` (a caller decoding many short
 * sequences of one buffer reads them in place, with no view made for each).
 */
export function viterbi(
  n: number,
  c: number,
  emit: Float64Array | Float32Array,
  trans: Float32Array | Float64Array,
  allowed: Uint8Array,
  out: Int32Array,
  scratch?: { score: Float64Array; back: Int32Array },
  emitAt = 0,
  outAt = 0,
): number {
  if (n === 0) return 0;
  // (a caller decoding many short sequences passes buffers of at least n*c, made once)
  const score = scratch !== undefined && scratch.score.length >= n * c ? scratch.score : new Float64Array(n * c);
  const back = scratch !== undefined && scratch.back.length >= n * c ? scratch.back : new Int32Array(n * c);
  for (let k = 0; k < c; k++) score[k] = allowed[c * c + k] ? trans[c * c + k]! + emit[emitAt + k]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < c; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < c; j++) {
        if (!allowed[j * c + k]) continue;
        const s = score[(i - 1) * c + j]! + trans[j * c + k]!;
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      score[i * c + k] = best + emit[emitAt + i * c + k]!;
      back[i * c + k] = arg;
    }
  }
  let last = 0;
  for (let k = 1; k < c; k++) if (score[(n - 1) * c + k]! > score[(n - 1) * c + last]!) last = k;
  const total = score[(n - 1) * c + last]!;
  for (let i = n - 1; i >= 0; i--) {
    out[outAt + i] = last;
    last = back[i * c + last]!;
  }
  return total;
}
