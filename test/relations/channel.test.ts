// The channel something is done through is no side of a meeting (channel.ts): a name right
// after "melalui". Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { channel } from '../../src/relations/channel.js';
import { keptParties } from './helpers.js';

const kept = (text: string): string[] => keptParties(text, (d, ps) => ps.filter((e) => !channel(d, e)));

describe('a name after "melalui" is the channel, no side', () => {
  it.each([
    [
      'aid sent through a body',
      '[[Parti Maju|ORG]] akan menghantar bantuan melalui [[Yayasan Contoh|ORG]] dan berunding dengan [[Ahmad Zaki|PER]].',
      ['Parti Maju', 'Ahmad Zaki'],
    ],
    [
      'contact through an office',
      '[[Rahman Ali|PER]] menghubungi [[Ahmad Zaki|PER]] melalui [[Pejabat Contoh|ORG]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
  ])('%s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it('a name after another preposition stays', () => {
    expect(kept('[[Rahman Ali|PER]] berunding dengan [[Ahmad Zaki|PER]] menerusi [[Pejabat Contoh|ORG]].')).toEqual([
      'Rahman Ali',
      'Ahmad Zaki',
      'Pejabat Contoh',
    ]);
  });
});
