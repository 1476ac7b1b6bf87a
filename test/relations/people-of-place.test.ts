// A place qualifying its people ("media Malaysia", "rakyat Jepun", people-of-place.ts) is no
// party to a meeting: the people are met, not the place. Representatives ("pegawai Israel",
// "wakil Malaysia") still stand for their state. The candidates are read through the
// build-time oracle, which sees them and chooses none, so what is asserted does not depend on
// the model's weights. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { buildDoc } from '../../src/relations/doc.js';
import { LEXICON } from '../../src/relations/index.js';
import { peopleOfPlace } from '../../src/relations/people-of-place.js';
import { segment } from '../../src/tokenize/index.js';
import { parse, partyCandidatesShown } from './helpers.js';

/** peopleOfPlace of the entity named `name` in the sentence. */
function ofPeople(marked: string, name: string): boolean {
  const { text, entities } = parse(marked);
  const d = buildDoc(text, segment(text), entities, LEXICON);
  const e = entities.findIndex((x) => x.canonical === name);
  return peopleOfPlace(d, e);
}

describe('a place right after a noun for its people', () => {
  it.each([
    ['the press of a country', 'Beliau memberi taklimat kepada media [[Malaysia|LOC]] di sana.', 'Malaysia'],
    ['the citizens of a country', 'Dia berjumpa dengan seorang doktor, rakyat [[Jepun|LOC]] yang bertugas di situ.', 'Jepun'],
    ['the reporters of a country', 'Menteri itu bercakap kepada wartawan [[Malaysia|LOC]] selepas pertemuan itu.', 'Malaysia'],
    ['the residents of a state', 'Pertemuan dengan penduduk [[Sabah|LOC]] diadakan semalam.', 'Sabah'],
    ['the students of a country', 'Lawatan itu turut disertai pelajar [[Indonesia|LOC]].', 'Indonesia'],
  ])('qualifies its people: %s', (_name, text, name) => {
    expect(ofPeople(text, name)).toBe(true);
  });
  it.each([
    ['officials stand for their state', 'Menteri itu berunding dengan pegawai [[Israel|LOC]] bulan lalu.', 'Israel'],
    ['representatives stand for their state', 'Dia berbincang dengan wakil [[Malaysia|LOC]] semalam.', 'Malaysia'],
    ['a place standing alone', 'Dia melawat [[Jepun|LOC]] minggu lalu.', 'Jepun'],
    ['a body, not a place', 'Dia bertemu penyokong [[Parti Maju Rakyat|ORG]] semalam.', 'Parti Maju Rakyat'],
  ])('stands for itself: %s', (_name, text, name) => {
    expect(ofPeople(text, name)).toBe(false);
  });
});

describe('a place qualifying its people is no party candidate', () => {
  const model = bundledRelationModel();
  const candidates = (marked: string): string[][] => partyCandidatesShown(marked, model);
  it('"taklimat kepada media Malaysia": the person is a candidate, the country is not', () => {
    const got = candidates('[[Rahman Ali|PER]] memberi taklimat kepada media [[Malaysia|LOC]] di sana semalam.');
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]).toContain('Rahman Ali');
    expect(got[0]).not.toContain('Malaysia');
  });
  it('"bertemu pegawai Jepun": the country stays a candidate', () => {
    const got = candidates('Pertemuan [[Rahman Ali|PER]] dengan pegawai [[Jepun|LOC]] diadakan semalam.');
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]).toContain('Jepun');
  });
});
