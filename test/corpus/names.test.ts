// Person names as merge keys: the same name written differently gives one key.
import { describe, expect, it } from 'vitest';
import { coreKey, firstLastForm, givenForms, nameRules, personKey, personLike, surnameForm } from '../../src/corpus/names.js';
import { loadBundledLexicon } from '../../src/index.js';

const rules = nameRules(loadBundledLexicon().words);
const key = (name: string): string => personKey(name, rules).join(' ');
const core = (name: string): string => coreKey(personKey(name, rules)).join(' ');

describe('personKey', () => {
  it.each([
    ['honorifics before the name are left out', 'Datuk Seri Farid Osman', 'farid osman'],
    ['several honorifics in a row', "Yang Berhormat Dato' Sri Dr Farid Osman", 'farid osman'],
    ['"the late" is left out', 'Allahyarham Farid Osman', 'farid osman'],
    ['bin and binti are left out, the father kept', 'Farid bin Osman', 'farid osman'],
    ['a/l is left out', 'Ravi a/l Muthu', 'ravi muthu'],
    ['spellings of Muhammad are one', 'Mohd Farid Osman', 'muhammad farid osman'],
    ['Md inside the name is Muhammad too', 'Farid Md Osman', 'farid muhammad osman'],
    ["a father's title inside the name is left out", 'Farid Tun Osman', 'farid osman'],
    ['dots and case do not count', 'S. RAVI', 's ravi'],
    ['a royal title is part of the name', 'Tunku Farid Osman', 'tunku farid osman'],
    ['Tuan is part of the name', 'Tuan Farid Tuan Osman', 'tuan farid tuan osman'],
    ['an honorific alone stays (no name follows)', 'Datuk', 'datuk'],
    ['a particle as the last word stays', 'Farid Bin', 'farid bin'],
  ])('%s: %s -> %s', (_why, name, expected) => {
    expect(key(name)).toBe(expected);
  });
});

describe('coreKey', () => {
  it.each([
    ['a leading Muhammad is left out', 'Mohd Farid Osman', 'farid osman'],
    ['so is a doubled one', 'Muhammad Mohd Farid', 'farid'],
    ['Muhammad alone stays', 'Muhammad', 'muhammad'],
    ['Muhammad inside stays', 'Farid Muhammad Osman', 'farid muhammad osman'],
  ])('%s: %s -> %s', (_why, name, expected) => {
    expect(core(name)).toBe(expected);
  });
});

describe('short forms of a full name', () => {
  it('gives the given name, longer prefixes, and first and last words', () => {
    expect(givenForms(['wan', 'farah', 'wan', 'osman'])).toEqual(['wan', 'wan farah', 'wan farah wan']);
    expect(givenForms(['farid'])).toEqual([]);
    expect(firstLastForm(['farid', 'abdul', 'osman'])).toBe('farid osman');
    expect(firstLastForm(['farid', 'osman'])).toBeUndefined();
  });
  it('gives the last word as the surname of a name of two words or more', () => {
    expect(surnameForm(['kenji', 'takahashi'])).toBe('takahashi');
    expect(surnameForm(['takahashi'])).toBeUndefined();
  });
});

describe('personLike', () => {
  it.each([
    ['a name', 'Farid Osman', true],
    ['a reserve team (numeral)', 'Kelantan Perkasa II', false],
    ['a zone (digits)', 'Seri Jaya Zon R10', false],
    ['a party wing', 'Pemuda Parti Maju', false],
    ['a company', 'Farid Holdings', false],
  ])('%s: %s -> %s', (_why, name, expected) => {
    expect(personLike(personKey(name, rules), rules)).toBe(expected);
  });
});
