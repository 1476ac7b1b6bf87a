// resolveDate for the times of meetings: year boundaries and future dates.
import { describe, expect, it } from 'vitest';
import { parseIsoDate, resolveDate } from '../../src/tokenize/dates.js';
import type { DateUnit } from '../../src/types.js';

const unit = (u: Partial<DateUnit>): DateUnit => ({ kind: 'date', start: 0, end: 0, text: '', tokenStart: 0, tokenEnd: 0, ...u });

describe('resolveDate across year boundaries', () => {
  const jan3 = parseIsoDate('2024-01-03')!; // a Wednesday
  it.each([
    ['Disember lalu seen in January is last year', unit({ relative: { unit: 'named-month', offset: -1, month: 12 } }), '2023-12'],
    ['30 Disember (no year) seen on 3 January is last year', unit({ value: '--12-30' }), '2023-12-30'],
    ['bulan lalu in January is December', unit({ relative: { unit: 'month', offset: -1 } }), '2023-12'],
    ['tahun lalu', unit({ relative: { unit: 'year', offset: -1 } }), '2023'],
    ['minggu depan', unit({ relative: { unit: 'week', offset: 1 } }), '2024-01-08/2024-01-14'],
    ['Isnin depan is the next Monday', unit({ relative: { unit: 'weekday', offset: 1, weekday: 1 } }), '2024-01-08'],
    ['Rabu lalu on a Wednesday is a week back', unit({ relative: { unit: 'weekday', offset: -1, weekday: 3 } }), '2023-12-27'],
    ['esok', unit({ relative: { unit: 'day', offset: 1 } }), '2024-01-04'],
  ])('%s', (_name, u, value) => {
    expect(resolveDate(u, jan3)).toBe(value);
  });
  it('a bad calendar date is no reference', () => {
    expect(parseIsoDate('2024-02-30')).toBeUndefined();
  });
});
