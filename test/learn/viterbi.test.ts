// Viterbi over legal moves only: a BIO tagger never starts a mention with I-, whatever its scores.
import { describe, expect, it } from 'vitest';
import { hashText, mix } from '../../src/learn/hash.js';
import { viterbi } from '../../src/learn/viterbi.js';
import { bioTransitions, ENTITY_TAGS } from '../../src/recognise/decide.js';

const C = ENTITY_TAGS.length;
const tag = (name: string): number => ENTITY_TAGS.indexOf(name as (typeof ENTITY_TAGS)[number]);

/** Emissions that favour the given tags strongly at each position. */
function emissions(favour: string[]): Float64Array {
  const e = new Float64Array(favour.length * C);
  favour.forEach((t, i) => {
    e[i * C + tag(t)] = 10;
  });
  return e;
}

describe('viterbi with BIO moves', () => {
  const allowed = bioTransitions();
  const flat = new Float32Array((C + 1) * C);
  it.each([
    ['a legal path is kept', ['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    ['an I- after O is never chosen', ['O', 'I-ORG'], null],
    ['an I- at the start is never chosen', ['I-LOC'], null],
    ['I-PER after B-ORG is never chosen', ['B-ORG', 'I-PER'], null],
  ])('%s', (_name, favour, expected) => {
    const out = new Int32Array(favour.length);
    viterbi(favour.length, C, emissions(favour), flat, allowed, out);
    const tags = Array.from(out, (k) => ENTITY_TAGS[k]!);
    if (expected) expect(tags).toEqual(expected);
    // every path obeys the moves
    let prev: number = C;
    for (const k of out) {
      expect(allowed[prev * C + k]).toBe(1);
      prev = k;
    }
  });

  it('returns nothing for an empty sequence', () => {
    expect(viterbi(0, C, new Float64Array(0), flat, allowed, new Int32Array(0))).toBe(0);
  });
});

describe('feature hashing', () => {
  it('is stable and order-sensitive', () => {
    expect(hashText('Kementerian')).toBe(hashText('Kementerian'));
    expect(hashText('abc', 1, 3)).toBe(hashText('bc'));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(mix(1, 2)).toBeGreaterThanOrEqual(0);
  });
});
