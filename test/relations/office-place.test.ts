// A place in the title of an office (office-place.ts): "Duta Besar X", "Duta X", "Menteri Besar
// X" name where the office is held; such a place the party model takes is no side of the
// meeting. Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { officePlace } from '../../src/relations/office-place.js';
import { markedBy } from './helpers.js';

/** The places officePlace marks, in the order of the text. */
const offices = (marked: string): string[] => markedBy(marked, officePlace);

describe('a place in the title of an office', () => {
  it.each([
    [
      'an ambassador',
      'Menurut Duta Besar [[Negara Contoh|LOC]] ke [[Jepun|LOC]], [[Ahmad Zaki|PER]], lawatan itu penting.',
      ['Negara Contoh'],
    ],
    ['an ambassador, one word', 'Rombongan Duta [[Negara Contoh|LOC]] tiba semalam.', ['Negara Contoh']],
    ['a chief minister of a state', 'Cadangan Menteri Besar [[Negeri Contoh|LOC]] itu dibincangkan semalam.', ['Negeri Contoh']],
  ])('%s', (_name, text, want) => {
    expect(offices(text)).toEqual(want);
  });
  it.each([
    ['a place visited', '[[Ahmad Zaki|PER]] melawat [[Negara Contoh|LOC]] minggu lalu.'],
    ['a minister of a place, not "Menteri Besar"', 'Menteri Luar [[Negara Contoh|LOC]] tiba semalam.'],
    ['a body after "Duta"', 'Duta [[Kelab Contoh|ORG]] hadir semalam.'],
  ])('not an office: %s', (_name, text) => {
    expect(offices(text)).toEqual([]);
  });
});
