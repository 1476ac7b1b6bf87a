// Bodies listed in one decided span are cut apart where a comma or "dan" comes before the same
// head noun again or before a closing acronym (src/recognise/listed-bodies.ts). Mentions are given
// as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withListedBodiesApart } from '../../src/recognise/listed-bodies.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withListedBodiesApart(cols, mentions, mentionFor));
}

describe('bodies listed one after another', () => {
  it.each([
    [
      'ministries joined by a comma and dan',
      'Kementerian Kesihatan, Kementerian Pendidikan dan Kementerian Belia akan bermesyuarat.',
      'Kementerian Kesihatan, Kementerian Pendidikan dan Kementerian Belia',
      ['Kementerian Kesihatan/ORG', 'Kementerian Pendidikan/ORG', 'Kementerian Belia/ORG'],
    ],
    [
      'two centres',
      'Pesakit dihantar ke Pusat Rawatan Bukit Indah dan Pusat Rawatan Teluk Mas.',
      'Pusat Rawatan Bukit Indah dan Pusat Rawatan Teluk Mas',
      ['Pusat Rawatan Bukit Indah/ORG', 'Pusat Rawatan Teluk Mas/ORG'],
    ],
    [
      'a department and an acronym',
      'Laporan itu dihantar kepada Jabatan Hutan dan MPOB semalam.',
      'Jabatan Hutan dan MPOB',
      ['Jabatan Hutan/ORG', 'MPOB/ORG'],
    ],
  ])('are cut apart: %s', (_name, text, span, want) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual(want);
  });

  it.each([
    [
      'a ministry of two portfolios',
      'Kementerian Perumahan dan Kerajaan Tempatan membalas surat itu.',
      'Kementerian Perumahan dan Kerajaan Tempatan',
    ],
    [
      'a ministry of three portfolios',
      'Kementerian Wanita, Keluarga dan Masyarakat membalas surat itu.',
      'Kementerian Wanita, Keluarga dan Masyarakat',
    ],
    ['a council with dan inside', 'Dewan Bahasa dan Pustaka menerbitkan kamus baharu.', 'Dewan Bahasa dan Pustaka'],
  ])('stay one name: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([`${span}/ORG`]);
  });
});
