// A meeting whose other side nobody names (unnamed-side.ts): "bertemu pengundi", "berjumpa
// dengan beberapa menteri", "mengadakan pertemuan dengan syarikat-syarikat". The side is named
// when a name follows the group or its members are named after "termasuk", "seperti". Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { buildDoc } from '../../src/relations/doc.js';
import { LEXICON } from '../../src/relations/index.js';
import { findTriggers } from '../../src/relations/match.js';
import { unnamedSide } from '../../src/relations/unnamed-side.js';
import { segment } from '../../src/tokenize/index.js';
import { meets, parse } from './helpers.js';

/** unnamedSide at the first meeting word of the sentence. */
function unnamed(marked: string): boolean {
  const { text, entities } = parse(marked);
  const d = buildDoc(text, segment(text), entities, LEXICON);
  const m = findTriggers(d).find((t) => t.trigger.type === 'MEET');
  if (!m) throw new Error(`no meeting word in ${text}`);
  return unnamedSide(d, m);
}

describe('the other side of a meeting left unnamed', () => {
  it.each([
    ['a group noun after the verb', '[[Rahman Ali|PER]] turun padang bertemu pengundi di kawasannya.'],
    ['a group noun after "dengan"', '[[Siti Aminah|PER]] berjumpa dengan penduduk kampung semalam.'],
    ['a quantifier before a role noun', '[[Rahman Ali|PER]] telah berjumpa dengan beberapa menteri sebelum ini.'],
    ['a quantifier before any noun', '[[Majlis Daerah Kulai|ORG]] akan mengadakan pertemuan dengan semua pemilik gerai.'],
    ['a reduplicated plural', '[[Rahman Ali|PER]] mengadakan pertemuan dengan syarikat-syarikat pembinaan minggu lalu.'],
    ['"pihak" before a common noun', '“Saya segera menghubungi pihak hospital,” kata [[Siti Aminah|PER]].'],
    ['a person noun for people nobody names', '[[Rahman Ali|PER]] bersemuka dengan wakil penduduk di dewan orang ramai.'],
    ['past the words describing the meeting', '[[Rahman Ali|PER]] mengadakan pertemuan empat mata dengan wakil penduduk semalam.'],
    [
      'past a second meeting word joined to it',
      '[[Rahman Ali|PER]] mengadakan pertemuan dan perbincangan dengan semua pihak yang terlibat.',
    ],
    ['past a manner', 'Jabatan itu akan membuat rundingan secara terus dengan pengusaha kedai.'],
    [
      'a place after "terutama di" says where the group is, not who',
      '[[Rahman Ali|PER]] banyak bertemu pengundi terutama di [[Felda Bukit Besar|LOC]] dan [[Felda Sungai Koyan|LOC]].',
    ],
  ])('unnamed: %s', (_name, text) => {
    expect(unnamed(text)).toBe(true);
  });
  it.each([
    ['a name after the verb', '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] semalam.'],
    ['a name after "dengan"', '[[Rahman Ali|PER]] berjumpa dengan [[Majlis Daerah Kulai|ORG]] semalam.'],
    ['a name right after the group noun', '[[Rahman Ali|PER]] bertemu rakyat [[Palestin|LOC]] di sana.'],
    ['a name ending the noun phrase', '[[Rahman Ali|PER]] berjumpa dengan wakil kerajaan [[Jepun|LOC]] semalam.'],
    ['"pihak" before a name', '[[Rahman Ali|PER]] menghubungi pihak [[Majlis Daerah Kulai|ORG]] semalam.'],
    ['members named after "termasuk"', '[[Rahman Ali|PER]] berjumpa dengan beberapa pemimpin, termasuk [[Ahmad Zaki|PER]], minggu lalu.'],
    ['members named after "seperti"', '[[Rahman Ali|PER]] bertemu wakil-wakil syarikat seperti [[Syarikat Maju Jaya|ORG]] semalam.'],
    ['a reduplicated adverb, not a plural', '[[Rahman Ali|PER]] bertemu kira-kira sejam dengan [[Ahmad Zaki|PER]].'],
    ['a pronoun', '[[Rahman Ali|PER]] kemudian bertemu beliau di pejabat.'],
    ['a name past a second meeting word', '[[Rahman Ali|PER]] mengadakan pertemuan dan perbincangan dengan [[Ahmad Zaki|PER]] semalam.'],
    ['a role noun alone may stand for a named person', '[[Rahman Ali|PER]] bertemu menteri besar pagi tadi.'],
  ])('named or not a group: %s', (_name, text) => {
    expect(unnamed(text)).toBe(false);
  });
});

describe('with the learned model, no second party is looked for when the other side is unnamed', () => {
  const model = bundledRelationModel();
  it.each([
    ['bertemu pengundi', '[[Ahmad Zaki|PER]] berkata. [[Rahman Ali|PER]] menghabiskan masa bertemu pengundi di [[Kulai|LOC]].'],
    [
      'pertemuan dengan syarikat-syarikat',
      '[[Rahman Ali|PER]] berkata [[Majlis Daerah Kulai|ORG]] mengadakan pertemuan dengan syarikat-syarikat pembinaan.',
    ],
  ])('%s', (_name, text) => {
    expect(meets(text, { model })).toEqual([]);
  });
});
