// lateMap (src/support/late-map.ts): a JSON object's own keys, answered from the object and,
// after enough look-ups, from a Map; both paths must give the object's own entries only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lateMap } from '../../src/support/late-map.js';

const parsed = (entries: readonly (readonly [string, number])[]): Record<string, number> =>
  JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, number>;

describe('lateMap', () => {
  it.each([
    [
      'folded name words',
      [
        ['abdullah', 1],
        ['anwar', 2],
        ['ibrahim', 3],
      ],
      ['anwar', 'Anwar', 'ibrahim', 'abd', ''],
    ],
    [
      'keys an object inherits or treats specially',
      [
        ['__proto__', 7],
        ['kuala', 1],
      ],
      ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'kuala'],
    ],
    [
      'numeric-looking keys',
      [
        ['10', 1],
        ['2024', 2],
      ],
      ['10', '2024', '1', '010'],
    ],
    ['no keys', [], ['putin', '']],
  ] as const)('answers only own keys, before and after it copies into a Map: %s', (_name, entries, asked) => {
    const table = parsed(entries);
    const at = lateMap<number>(table, 3);
    const expected = asked.map((k) => entries.find(([key]) => key === k)?.[1]);
    expect(asked.map((k) => at(k))).toEqual(expected); // more than 3 look-ups: the Map takes over midway
    expect(asked.map((k) => at(k))).toEqual(expected);
  });

  it('answers as the entries it was made from, for arbitrary keys and questions, on both paths', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ maxLength: 6 }), fc.nat()), { selector: ([k]) => k, maxLength: 40 }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }),
        fc.nat(30),
        (entries, extra, after) => {
          const at = lateMap<number>(parsed(entries), after);
          const expected = new Map(entries);
          return [...entries.map(([k]) => k), ...extra, ...entries.map(([k]) => k)].every((k) => at(k) === expected.get(k));
        },
      ),
      { numRuns: 300 },
    );
  });
});
