// Ranks, "Pahlawan" and "Allahyarham" before a name stay out of the person's span
// (src/recognise/rank-title.ts). Mentions are given as the model might decide them, so the rule
// is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutLeadingRanks } from '../../src/recognise/rank-title.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withoutLeadingRanks(cols, mentions, mentionFor));
}

describe('a rank before a name', () => {
  it.each([
    ['a police rank', 'Ketua Polis Daerah, Superintendan Rosli Hamid berkata begitu.', 'Superintendan Rosli Hamid', 'Rosli Hamid'],
    ['two rank words', 'Menurut Asisten Komisioner Lee Chong Wei, kes itu disiasat.', 'Asisten Komisioner Lee Chong Wei', 'Lee Chong Wei'],
    ['the late', 'Parti itu dahulu dipimpin Allahyarham Yusof Rawa.', 'Allahyarham Yusof Rawa', 'Yusof Rawa'],
  ])('is left out: %s', (_name, text, span, want) => {
    expect(ruled(text, [[span, 'PER']])).toEqual([`${want}/PER`]);
  });

  it.each([
    ['a name alone', 'Kapten itu tiba semalam.', 'Kapten', 'PER'],
    ['a body', 'Komisioner Hak Asasi mengulas isu itu.', 'Komisioner Hak Asasi', 'ORG'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
