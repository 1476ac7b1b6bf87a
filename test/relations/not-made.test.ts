// A statement verb after a word of willingness or daring, expectation or schedule, being urged,
// "dalam" or "usaha" (an effort to), or after "akan", "perlu" ... with an adverb between, is not reported as made
// (not-made.ts). The verb alone, or after an adverb that is not a word of intent, stays. The rules
// alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a statement verb not made here: no statement', () => {
  it.each([
    ['sanggup', '[[Syarikat Maju Jaya|ORG]] sanggup menafikan laporan audit itu.'],
    ['tidak berani', '[[Kamal Idris|PER]] tidak berani membantah arahan itu.'],
    ['dijangka', '[[Kamal Idris|PER]] dijangka mengumumkan senarai calon minggu depan.'],
    ['digesa', '[[Kamal Idris|PER]] digesa menegur pegawainya yang lewat.'],
    ['dalam', '[[Kamal Idris|PER]] lantang dalam mengulas isu banjir itu.'],
    ['usaha', '[[Majlis Daerah Hulu|ORG]] lambat dalam usaha menuntut bayaran balik daripada kontraktor.'],
    ['akan terus', '[[Majlis Daerah Hulu|ORG]] akan terus menggesa penduduk membersihkan longkang.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('a statement made stays', () => {
  it.each([
    ['terus alone', '[[Kamal Idris|PER]] terus menggesa penduduk membersihkan longkang.', [['Kamal Idris', 'APPEAL', 'name']]],
    ['the verb alone', '[[Kamal Idris|PER]] mengumumkan senarai calon semalam.', [['Kamal Idris', 'SAY', 'name']]],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
