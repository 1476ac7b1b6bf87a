import { describe, expect, it } from 'vitest';
import { detached } from '../../src/support/strings.js';

describe('detached', () => {
  const doc = `Menteri Besar Selangor berkata ${'x'.repeat(40)} kanak-kanak 😀 di Shah Alam.`;
  it.each([
    ['an empty string', ''],
    ['a short word', 'Ipoh'],
    ['a long slice of a document', doc.slice(0, 22)],
    ['a slice with a surrogate pair', doc.slice(doc.indexOf('kanak'), doc.indexOf('di'))],
    ['a whole document', doc],
  ])('keeps %s equal', (_name, s) => {
    expect(detached(s)).toBe(s);
    expect(detached(s).length).toBe(s.length);
  });
});
