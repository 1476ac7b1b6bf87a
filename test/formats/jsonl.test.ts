import { describe, expect, it } from 'vitest';
import { isErrorRecord, resultRecord, toJsonLine } from '../../src/formats/jsonl.js';
import { RESULT } from './fixtures.js';

describe('jsonl records', () => {
  it('puts the id first, passes other input fields through, and drops the text', () => {
    const rec = resultRecord('a', { id: 'a', text: 'panjang', title: 'Tajuk', date: '10-11-2018' }, RESULT);
    expect(Object.keys(rec).slice(0, 3)).toEqual(['id', 'title', 'date']);
    expect(rec).not.toHaveProperty('text');
    expect(rec.entities).toBe(RESULT.entities);
  });

  it('lets the result win over an input field of the same name', () => {
    const rec = resultRecord('a', { entities: 'lama' }, RESULT);
    expect(rec.entities).toBe(RESULT.entities);
  });

  it.each([
    ['newline', 'a\nb'],
    ['line separator U+2028', 'a\u2028b'],
    ['paragraph separator U+2029', 'a\u2029b'],
    ['carriage return', 'a\rb'],
  ])('keeps a record on one line whatever the text holds (%s)', (_n, s) => {
    const line = toJsonLine({ text: s });
    expect(line.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
    expect(JSON.parse(line)).toEqual({ text: s });
  });

  it('tells error records from results', () => {
    expect(isErrorRecord({ id: null, line: 2, error: { code: 'E_JSON', message: 'x' } })).toBe(true);
    expect(isErrorRecord(resultRecord('a', {}, RESULT))).toBe(false);
  });
});
