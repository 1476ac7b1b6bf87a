// MatchesAt: the gazetteer's matches by their first token, as the recognisers ask for them.
import { describe, expect, it } from 'vitest';
import type { GazetteerMatch } from '../../src/gazetteer/index.js';
import { MatchesAt } from '../../src/recognise/context.js';

/** A match that starts at token a (only tokenStart is read; the tag tells them apart). */
const match = (a: number, tag: string): GazetteerMatch => ({ tokenStart: a, tokenEnd: a + 1, tag }) as unknown as GazetteerMatch;

describe('matches by their first token', () => {
  it.each([
    ['no matches', [], 3, [undefined, undefined, undefined]],
    ['one at the first token', [[0, 'x']], 2, ['x', undefined]],
    ['one at the last token', [[2, 'y']], 3, [undefined, undefined, 'y']],
    [
      'two at one token: the last listed',
      [
        [1, 'a'],
        [1, 'b'],
        [2, 'c'],
      ],
      3,
      [undefined, 'b', 'c'],
    ],
  ] as const)('%s', (_name, list, n, want) => {
    const at = new MatchesAt(
      list.map(([a, tag]) => match(a, tag)),
      n,
    );
    expect(Array.from({ length: n }, (_, k) => (at.at(k) as unknown as { tag: string } | undefined)?.tag)).toEqual(want);
    // outside the text: none
    expect(at.at(n)).toBeUndefined();
    expect(at.at(-1)).toBeUndefined();
  });
});
