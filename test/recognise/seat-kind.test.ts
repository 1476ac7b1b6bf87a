// "kerusi DUN", "kerusi Parlimen" with no constituency after them count seats of a kind: the
// assembly is no body there (src/recognise/seat-kind.ts, ANNOTATION.md section 4). Mentions are
// given as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutSeatKinds } from '../../src/recognise/seat-kind.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutSeatKinds(cols, mentions));
}

describe('the kind of seat after kerusi', () => {
  it.each([
    ['state seats', 'Parti itu memenangi lima kerusi DUN dalam pilihan raya lalu.', 'DUN'],
    ['federal seats', 'Gabungan itu menambah dua kerusi Parlimen.', 'Parlimen'],
  ])('is no body: %s', (_name, text, name) => {
    expect(ruled(text, [[name, 'ORG']])).toEqual([]);
  });

  it.each([
    ['the assembly as a body', 'Usul itu dibentangkan dalam DUN semalam.', [['DUN', 'ORG']]],
    ['a seat with its constituency', 'Beliau bertanding di kerusi DUN Bukit Indah.', [['DUN Bukit Indah', 'ORG']]],
  ] as const)('leaves %s alone', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(names.map(([n, l]) => `${n}/${l}`));
  });
});
