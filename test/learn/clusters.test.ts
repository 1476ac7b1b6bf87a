// Word clusters as compiled data: one string per cluster, words joined by spaces; decoding gives
// each word its cluster number back.
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

  it.each(['Kuala Lumpur', '', 'a\tb'])('refuses a word with a space or none: %j', (w) => {
    expect(() => encodeClusters([[w]])).toThrow(/no space/);
  });
});
