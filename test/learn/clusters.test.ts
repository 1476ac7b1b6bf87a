// Word clusters as compiled data: the words sorted and joined by spaces, each word's cluster as a
// character beside it; decoding gives each word its cluster number back, at once (decodeClusters)
// or by binary search until the table fills itself (lazyClusters).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClusters, encodeClusters, lazyClusters } from '../../src/learn/clusters.js';

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

  it('lazyClusters answers as decodeClusters before and after it fills itself, and is a Map (property)', () => {
    const word = fc.stringMatching(/^[^\s]{1,6}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 6 }), { maxLength: 300 }),
        fc.array(word, { maxLength: 10 }),
        fc.nat(30),
        (groups, others, after) => {
          const e = encodeClusters(groups);
          const want = decodeClusters(e);
          const lazy = lazyClusters(e, after);
          expect(lazy).toBeInstanceOf(Map);
          for (const w of [...others, ...want.keys(), ...others]) {
            expect(lazy.get(w)).toBe(want.get(w));
            expect(lazy.has(w)).toBe(want.has(w));
          }
          expect([...lazy]).toEqual([...want]);
          expect(lazy.size).toBe(want.size);
        },
      ),
    );
  });

  it('lazyClusters fills itself before a size, an iteration or a change is asked of it', () => {
    const e = encodeClusters([['kata', 'ujar'], ['Johor']]);
    expect(lazyClusters(e).size).toBe(3);
    expect([...lazyClusters(e).keys()]).toEqual(['Johor', 'kata', 'ujar']);
    const changed = lazyClusters(e).set('Kedah', 1);
    expect(changed.get('Kedah')).toBe(1);
    expect(changed.get('kata')).toBe(0);
    expect(changed.size).toBe(4);
  });

  it.each(['Kuala Lumpur', '', 'a\tb'])('refuses a word with a space or none: %j', (w) => {
    expect(() => encodeClusters([[w]])).toThrow(/no space/);
  });
});
