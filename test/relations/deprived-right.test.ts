// "menafikan hak X", "menidakkan hak penduduk": depriving of a right is an act, no denial said
// (deprived-right.ts). A denial of a claim or a report stays DENY. The rules alone (no learned
// model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a denial verb with "hak" after it: no statement', () => {
  it.each([
    ['menafikan hak', '[[Majlis Daerah Hulu|ORG]] menafikan hak peniaga kecil untuk berniaga di situ.'],
    ['menidakkan hak', 'Tindakan [[Syarikat Maju Jaya|ORG]] menidakkan hak pekerja tetap.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('a denial of a claim stays DENY', () => {
  it.each([['menafikan dakwaan', '[[Kamal Idris|PER]] menafikan dakwaan bahawa dia menerima rasuah.']])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Kamal Idris', 'DENY', 'name']]);
  });
});
