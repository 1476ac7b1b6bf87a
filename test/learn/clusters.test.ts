// Word clusters as compiled data: one string per cluster, words joined by spaces; decoding gives
// each word its cluster number back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClusters, encodeClusters } from '../../src/learn/clusters.js';

describe('word clusters codec', () => {
  it.each([
    {
      groups: [
        ['Ahmad', 'Siti'],
        ['Johor', 'Kedah', 'Pulau-Pinang'],
      ],
    },
    { groups: [[], ['kata', "Dato'"]] },
  ])('round-trips $groups', ({ groups }) => {
    const map = decodeClusters(encodeClusters(groups));
    groups.forEach((g, i) => {
      for (const w of g) expect(map.get(w)).toBe(i);
    });
    expect(map.size).toBe(groups.flat().length);
  });

  it('gives each word the number of the last group holding it, for any groups (property)', () => {
    const word = fc.stringMatching(/^[^\s]{1,6}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 6 }), { maxLength: 6 }), (groups) => {
        const want = new Map<string, number>();
        groups.forEach((g, i) => {
          for (const w of g) want.set(w, i);
        });
        expect([...decodeClusters(encodeClusters(groups))].sort()).toEqual([...want].sort());
      }),
    );
  });

  it.each(['Kuala Lumpur', '', 'a\tb'])('refuses a word with a space or none: %j', (w) => {
    expect(() => encodeClusters([[w]])).toThrow(/no space/);
  });
});
