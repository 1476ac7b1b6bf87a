// A statement noun's agent after "oleh" a few words on, over what qualifies the noun
// (noun-agent.ts): "kritikan hebat oleh X", "pengumuman Bajet 2020 oleh X". A verb or "yang"
// between ends the noun phrase. Every sentence here is written for these tests; the rules run
// alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a statement noun and its agent after "oleh"', () => {
  it.each([
    [
      'an adjective between, two agents',
      'Cadangan itu menerima kritikan keras sama ada oleh [[Parti Maju|ORG]] mahupun [[Parti Jaya|ORG]].',
      [
        ['Parti Maju', 'CRITICISE', 'name'],
        ['Parti Jaya', 'CRITICISE', 'name'],
      ],
    ],
    [
      'a name of what is announced between',
      'Peruntukan itu termasuk dalam pengumuman Bajet 2020 oleh [[Rahman Ali|PER]] minggu lalu.',
      [['Rahman Ali', 'SAY', 'name']],
    ],
    ['right after the noun, as before', 'Tuduhan oleh [[Siti Aminah|PER]] itu dibincangkan semalam.', [['Siti Aminah', 'ACCUSE', 'name']]],
    ['a relative clause between: no agent of the noun', 'Kenyataan yang dikeluarkan oleh [[Rahman Ali|PER]] itu mengejutkan.', []],
    ['a verb between: no agent of the noun', 'Tuntutan itu dipertimbangkan oleh [[Majlis Daerah Kulai|ORG]] semalam.', []],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
