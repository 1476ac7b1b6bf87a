// Regular expressions found quadratic by the audit (see the robustness note): inputs built to
// make them backtrack must take time linear in their length.

import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { normaliseDate, sniffId } from '../../src/cli/process.js';
import { KenalError } from '../../src/errors.js';
import { parseSize } from '../../src/server/config.js';
import { leastCpuMs } from '../support/cpu.js';

const best = (f: () => void): number => leastCpuMs(f);
/** Time on n and 4n: linear gives about 4, quadratic 16; the floor absorbs timer noise. */
const ratio = (make: (n: number) => string, f: (s: string) => unknown): number => {
  const small = make(20_000);
  const large = make(80_000);
  f(small);
  return (
    best(() => f(large)) /
    Math.max(
      best(() => f(small)),
      2,
    )
  );
};
const quietly =
  (f: (s: string) => unknown) =>
  (s: string): void => {
    try {
      f(s);
    } catch {
      /* only the time matters here */
    }
  };

describe('regular expressions stay linear on inputs built to backtrack', () => {
  it('parseSize: digits, many spaces, then a bad unit', () => {
    expect(() => parseSize('bodyLimit', `1${' '.repeat(1000)}x`)).toThrow(KenalError);
    expect(parseSize('bodyLimit', ' 5 mb ')).toBe(5 * 1024 * 1024);
    expect(
      ratio(
        (n) => `1${' '.repeat(n)}x`,
        quietly((s) => parseSize('bodyLimit', s)),
      ),
    ).toBeLessThan(10);
  });
  it('sniffId: a 4 KB prefix of "id" keys and spaces', () => {
    expect(sniffId('{"id" : "doc-1", "text": "')).toBe('doc-1');
    expect(ratio((n) => `"id"${' '.repeat(n)}`, sniffId)).toBeLessThan(10);
    expect(ratio((n) => '"id":"'.repeat(Math.ceil(n / 6)), sniffId)).toBeLessThan(10);
  });
  it('normaliseDate: an ISO date followed by a long tail', () => {
    expect(normaliseDate('2024-03-05T08:00:00Z')).toBe('2024-03-05');
    expect(ratio((n) => `2024-01-01T${'a'.repeat(n)}\n`, normaliseDate)).toBeLessThan(10);
  });
  it('a glob with ** matched against a long path (picomatch, as kenal extract uses it)', () => {
    const matches = picomatch('**/*.jsonl');
    expect(matches('a/b/c.jsonl')).toBe(true);
    expect(
      ratio(
        (n) => `${'a/'.repeat(n / 2)}x.json`,
        (s) => matches(s),
      ),
    ).toBeLessThan(10);
  });
});
