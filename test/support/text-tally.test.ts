// TextTally: numbers by text number for one document at a time; each start() empties them.
import { describe, expect, it } from 'vitest';
import { TextTally } from '../../src/support/text-tally.js';

describe('TextTally', () => {
  it('reads 0 until set, and what was set until the next document', () => {
    const t = new TextTally();
    t.start(10);
    expect(t.get(3)).toBe(0);
    t.set(3, 5);
    t.set(4, t.get(4) + 1);
    expect(t.get(3)).toBe(5);
    expect(t.get(4)).toBe(1);
    t.start(10);
    expect(t.get(3)).toBe(0);
    expect(t.get(4)).toBe(0);
  });

  it('grows to the text numbers asked', () => {
    const t = new TextTally();
    t.start(2);
    t.set(1, 7);
    t.start(5000);
    expect(t.get(1)).toBe(0);
    t.set(4999, 2);
    expect(t.get(4999)).toBe(2);
  });
});
