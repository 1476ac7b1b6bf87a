// A title before a name reaches further than its capitalised words: "bekas" / "mantan" lead it,
// "Yang" opens an honorific, and a long body's name may stand inside it (title-lead.ts). The rules
// alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the person after a long title speaks', () => {
  it.each([
    [
      '"oleh bekas" before the title',
      'Rancangan itu dikritik oleh bekas Ketua Pengarah Jabatan, Tan Sri [[Amir Hassan|PER]].',
      'Amir Hassan',
      'CRITICISE',
    ],
    [
      '"mantan" after a statement noun',
      'Kenyataan mantan Perdana Menteri, Tun [[Amir Hassan|PER]] itu mengejutkan ramai.',
      'Amir Hassan',
      'SAY',
    ],
    [
      '"oleh Yang Dipertua" and a body',
      'Cadangan itu disambut baik oleh Yang Dipertua [[Persatuan Peniaga Kecil Kampung Baru|ORG]], [[Amir Hassan|PER]].',
      'Amir Hassan',
      'PRAISE',
    ],
    [
      'a long body inside the title',
      'Demikian gesaan Pengerusi [[Lajnah Ekonomi dan Pertanian ( LEP ) Parti Rakyat Pusat Negeri|ORG]], [[Amir Hassan|PER]].',
      'Amir Hassan',
      'APPEAL',
    ],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text).map(([s, a]) => [s, a])).toEqual([[speaker, act]]);
  });
});

describe('no title before the name: as before', () => {
  it.each([
    [
      'a relative "yang" after "oleh"',
      'Rancangan itu dikritik oleh yang tidak bersetuju, kata [[Amir Hassan|PER]] kemudian.',
      'Amir Hassan',
      'SAY',
    ],
    ['a plain lower-case word', 'Rancangan itu dikritik oleh ramai penduduk kampung.', undefined, undefined],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text).map(([s, a]) => [s, a])).toEqual(speaker ? [[speaker, act]] : []);
  });
});
