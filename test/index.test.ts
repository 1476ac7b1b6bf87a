// Pins the public surface: a change here is a change to the API.
import { describe, expect, it } from 'vitest';
import * as kenal from '../src/index.js';

describe('public API', () => {
  it('exports exactly the documented functions and classes', () => {
    expect(Object.keys(kenal).sort()).toEqual([
      'FIELDS',
      'KenalError',
      'createPipeline',
      'extract',
      'loadBundledLexicon',
      'mergeLexicons',
      'parseLexicon',
      'segment',
      'sentences',
      'tokenize',
    ]);
  });
  it.each([
    ['null', null],
    ['a number', 42],
    ['an object', { text: 'x' }],
    ['undefined', undefined],
  ])('tokenize(%s) throws a KenalError with code E_INPUT_TYPE', (_name, bad) => {
    expect(() => kenal.tokenize(bad as unknown as string)).toThrowError(kenal.KenalError);
    try {
      kenal.tokenize(bad as unknown as string);
    } catch (e) {
      expect((e as kenal.KenalError).code).toBe('E_INPUT_TYPE');
    }
  });
});
