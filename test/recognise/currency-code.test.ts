// "AS$" is a currency code, not the country (src/recognise/currency-code.ts). Mentions are given
// as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutCurrencyCodes } from '../../src/recognise/currency-code.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutCurrencyCodes(cols, mentions));
}

describe('a dollar currency code', () => {
  it.each([
    ['AS against the dollar sign', 'Syarikat itu berhutang AS$20 juta kepada bank.', 'AS'],
    ['a code before a spaced amount', 'Harga minyak naik kepada US$ 80 setong.', 'US'],
  ])('is no place: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([]);
  });

  it.each([
    ['the country before a sum', 'Eksport ke AS $20 juta tahun lalu.', 'AS'],
    ['the country alone', 'Pegawai AS tiba semalam.', 'AS'],
  ])('stays a place: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([`${span}/LOC`]);
  });
});
