// A Malay passive may name its agent right after the verb, without "oleh": the agent is the one
// who spoke (passive-agent.ts). The rules alone (no learned model). Every sentence here is written
// for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the agent right after a passive statement verb speaks', () => {
  it.each([
    ['a title, then the name', 'Cadangan itu disambut baik Ketua Menteri, [[Amir Hassan|PER]], semalam.', 'Amir Hassan', 'PRAISE'],
    ['a name', 'Projek itu dikecam [[Persatuan Nelayan Tanjung|ORG]] kerana merosakkan pantai.', 'Persatuan Nelayan Tanjung', 'CRITICISE'],
    ['with "oleh", as before', 'Projek itu dikecam oleh [[Persatuan Nelayan Tanjung|ORG]].', 'Persatuan Nelayan Tanjung', 'CRITICISE'],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text).map(([s, a]) => [s, a])).toEqual([[speaker, act]]);
  });
});

describe('no agent named after the passive: no statement', () => {
  it.each([
    ['a plain word after it', 'Projek itu dikecam ramai penduduk kampung.'],
    ['a time after it', 'Cadangan itu disambut baik semalam.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});
