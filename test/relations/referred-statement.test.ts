// A statement noun after "dengan", "kepada", "daripada", "susulan", "ekoran" or "di sebalik" refers
// to a statement made elsewhere: no statement of its maker is added (referred-statement.ts). After
// "terhadap", with an agent after "oleh", or in "dalam kenyataan X", it stays. The rules alone (no
// learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a statement referred to after a preposition adds no statement of its maker', () => {
  it.each([
    ['tunduk dengan tuntutan', 'Penduduk enggan tunduk dengan tuntutan [[Syarikat Batu Hijau|ORG]] itu.'],
    ['merujuk kepada kenyataan', 'Merujuk kepada kenyataan [[Persatuan Peniaga Pekan|ORG]] semalam, harga sayur akan naik.'],
    ['susulan dakwaan', 'Siasatan dibuka susulan dakwaan [[Kelab Belia Tanjung|ORG]] mengenai dana itu.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('the statement stays', () => {
  it.each([
    ['an agent after "oleh"', 'Siasatan dibuka susulan dakwaan penyelewengan oleh [[Kelab Belia Tanjung|ORG]].', 'Kelab Belia Tanjung'],
    ['"dalam kenyataan X"', 'Dalam kenyataan [[Persatuan Peniaga Pekan|ORG]] semalam, harga sayur akan naik.', 'Persatuan Peniaga Pekan'],
  ])('%s', (_name, text, speaker) => {
    expect(statements(text).map(([s]) => s)).toEqual([speaker]);
  });
});
