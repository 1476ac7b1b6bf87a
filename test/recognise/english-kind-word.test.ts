// An English word for a place or a body ending a name decided as a person makes it a place or a
// body, and a word for a body ending a name decided as a place makes it a body
// (src/recognise/english-kind-word.ts). Mentions are given as the model might decide them,
// so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withEnglishKindWords } from '../../src/recognise/english-kind-word.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withEnglishKindWords(cols, mentions, mentionFor));
}

describe('an English kind word ending a name', () => {
  it.each([
    ['a homestay', 'Pelancong suka menginap di Kenanga Homestay setiap cuti.', 'Kenanga Homestay', 'LOC'],
    ['a street', 'Kedai itu terletak di Bishop Street sejak dulu.', 'Bishop Street', 'LOC'],
    ['a football club', 'Dia kini bermain untuk Borneo United FC musim ini.', 'Borneo United FC', 'ORG'],
    ['an airline', 'Penerbangan Siam Airways ditunda semalam.', 'Siam Airways', 'ORG'],
  ])('is no person: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, 'PER']])).toEqual([`${span}/${label}`]);
  });

  it.each([
    ['an airline named after its country', 'Pesawat Borneo Airlines mendarat awal.', 'Borneo Airlines'],
    ['a bank', 'Dia pernah bekerja di Gulf Merchant Bank selama lima tahun.', 'Gulf Merchant Bank'],
    ['a police force', 'Suspek diserahkan kepada Brunei Police Force semalam.', 'Brunei Police Force'],
    ['a university', 'Dia belajar di Auckland University dahulu.', 'Auckland University'],
  ])('is no place: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([`${span}/ORG`]);
  });

  it.each([
    ['a place ending in a place word', 'Mereka menginap di Kenanga Homestay itu.', 'Kenanga Homestay', 'LOC'],
    ['a person', 'Kenyataan Ahmad Zaki dikeluarkan semalam.', 'Ahmad Zaki', 'PER'],
    ['one word alone', 'Street berkata dia tidak bersalah.', 'Street', 'PER'],
    ['a place already', 'Dia tinggal di Bishop Street itu.', 'Bishop Street', 'LOC'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
