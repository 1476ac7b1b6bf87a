// "kerajaan Persekutuan" with a capital P names the federal government: one ORG over both words
// (src/recognise/federal-government.ts, ANNOTATION.md section 4). Mentions are given as the model
// might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withFederalGovernment } from '../../src/recognise/federal-government.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withFederalGovernment(cols, mentions, mentionFor));
}

describe('kerajaan Persekutuan', () => {
  it.each([
    ['the second word taken alone', 'Peruntukan itu datang daripada kerajaan Persekutuan tahun ini.', [['Persekutuan', 'ORG']]],
    ['nothing taken', 'Peruntukan itu datang daripada kerajaan Persekutuan tahun ini.', []],
  ] as const)('is one body over both words, with %s', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(['kerajaan Persekutuan/ORG']);
  });

  it('keeps the names around it in order', () => {
    const text = 'Sabah dan kerajaan Persekutuan berunding dengan Petronas.';
    expect(
      ruled(text, [
        ['Sabah', 'LOC'],
        ['Petronas', 'ORG'],
      ]),
    ).toEqual(['Sabah/LOC', 'kerajaan Persekutuan/ORG', 'Petronas/ORG']);
  });

  it.each([
    ['all in lower case', 'Dana itu milik kerajaan persekutuan sepenuhnya.', []],
    ['the name written with a capital', 'Dana itu milik Kerajaan Persekutuan sepenuhnya.', [['Kerajaan Persekutuan', 'ORG']]],
    ['a longer name', 'Dana itu milik kerajaan Persekutuan Rusia sepenuhnya.', [['Rusia', 'LOC']]],
    ['the federal territory', 'Beliau tinggal di Wilayah Persekutuan sejak kecil.', [['Wilayah Persekutuan', 'LOC']]],
  ] as const)('changes nothing %s', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(names.map(([n, l]) => `${n}/${l}`));
  });
});
