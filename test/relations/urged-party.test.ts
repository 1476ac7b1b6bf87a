// A statement verb after an appeal to a party ("meminta kerajaan menyatakan ...", "mencabar X
// supaya mendedahkan ...") is what the party is urged to say: no statement of the party
// (urged-party.ts). The rules alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('what a party is urged to say is not its statement', () => {
  it.each([
    ['meminta X menyatakan', '[[Rosli Hamid|PER]] meminta [[Majlis Daerah Tanjung|ORG]] menyatakan kos projek itu.'],
    ['mencabar X supaya mendedahkan', '[[Rosli Hamid|PER]] mencabar [[Majlis Daerah Tanjung|ORG]] supaya mendedahkan kos projek itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text).map(([s]) => s)).not.toContain('Majlis Daerah Tanjung');
  });
});

describe('a statement of its own stays', () => {
  it.each([
    [
      'another statement verb between',
      '[[Rosli Hamid|PER]] meminta maaf dan berkata [[Majlis Daerah Tanjung|ORG]] menyatakan kos itu semalam.',
    ],
    ['a new sentence', '[[Rosli Hamid|PER]] meminta penjelasan. [[Majlis Daerah Tanjung|ORG]] menyatakan kos projek itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text).map(([s]) => s)).toContain('Majlis Daerah Tanjung');
  });
});
