// A company suffix closes one ORG: the name decided just before it joins it, and a sentence's
// full stop after "Bhd" is left out (src/recognise/company-suffix.ts). Mentions are given as the
// model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withCompanyNames } from '../../src/recognise/company-suffix.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withCompanyNames(cols, mentions, mentionFor));
}

describe('a company suffix', () => {
  it.each([
    [
      'a place read before the company',
      'Kontrak itu diberi kepada Pulau Pinang Ferry Services Sdn. Bhd. (PPFS) tahun lalu.',
      [
        ['Pulau Pinang', 'LOC'],
        ['Ferry Services Sdn. Bhd.', 'ORG'],
      ],
      ['Pulau Pinang Ferry Services Sdn. Bhd./ORG'],
    ],
    [
      'a person read before the company',
      'Saham Rahman Tekstil Berhad naik semalam.',
      [
        ['Rahman', 'PER'],
        ['Tekstil Berhad', 'ORG'],
      ],
      ['Rahman Tekstil Berhad/ORG'],
    ],
    [
      'the full stop after Bhd',
      'Dia pengarah Sinar Baja Sdn Bhd. Syarikat itu membina jambatan.',
      [['Sinar Baja Sdn Bhd.', 'ORG']],
      ['Sinar Baja Sdn Bhd/ORG'],
    ],
  ] as const)('is one company: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    [
      'the dot inside a sentence',
      'Sinar Baja Sdn. Bhd. dan rakan kongsinya menang tender itu.',
      [['Sinar Baja Sdn. Bhd.', 'ORG']],
      ['Sinar Baja Sdn. Bhd./ORG'],
    ],
    [
      'a body after a comma',
      'Menurut Kementerian Kewangan, Sinar Baja Berhad akan dibantu.',
      [
        ['Kementerian Kewangan', 'ORG'],
        ['Sinar Baja Berhad', 'ORG'],
      ],
      ['Kementerian Kewangan/ORG', 'Sinar Baja Berhad/ORG'],
    ],
    [
      'no suffix',
      'Pegawai Johor Bahru Petroleum hadir.',
      [
        ['Johor Bahru', 'LOC'],
        ['Petroleum', 'ORG'],
      ],
      ['Johor Bahru/LOC', 'Petroleum/ORG'],
    ],
  ] as const)('stays: %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });
});
