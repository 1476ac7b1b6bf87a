// "pihaknya", "kita" or "kami" as a meeting's subject stands for the body the person speaks for
// (our-side.ts): the body named in the person's title, or the body a title pointing back at it
// ("Menterinya, Y", "Timbalan Menteri berkenaan, Y") names just before. "kita / kami" only with a
// title pointing back. The rules alone (no learned model). Every sentence here is written for
// these tests.
import { describe, expect, it } from 'vitest';
import { ourSide, pointedBody, weSubject } from '../../src/relations/our-side.js';
import { atFirstMeeting, meets, withTriggers } from './helpers.js';

const sides = (text: string): string[][] => meets(text).map((m) => m.parties);

/** pointedBody for the last mention of `name`, read at the end of the text. */
function pointed(marked: string, name: string): string | undefined {
  const { d } = withTriggers(marked);
  let e = -1;
  for (let x = 0; x < d.entities.length; x++) if (d.entities[x]!.canonical === name) e = x;
  const b = pointedBody(d, e, d.cols.size);
  return b === undefined ? undefined : d.entities[b]!.canonical;
}

describe('a title pointing back at the body just named', () => {
  it.each([
    [
      'role with -nya',
      '[[Kementerian Belia|ORG]] akan menambah dana sukan. Menterinya, [[Rahman Ali|PER]] berkata dana itu cukup.',
      'Rahman Ali',
      'Kementerian Belia',
    ],
    [
      'role with berkenaan, honorifics between',
      '[[Jabatan Air Negeri|ORG]] menjelaskan punca gangguan. Timbalan Pengarah berkenaan, Datuk Dr [[Siti Aminah|PER]] berkata kerja baik pulih siap esok.',
      'Siti Aminah',
      'Jabatan Air Negeri',
    ],
    [
      'the first body the sentence names, not the last',
      '[[Kementerian Belia|ORG]] akan membawa cadangan itu ke [[Kabinet|ORG]]. Menterinya, [[Rahman Ali|PER]] berkata dana itu cukup.',
      'Rahman Ali',
      'Kementerian Belia',
    ],
    [
      'the short form in brackets stands for the full name',
      '[[Majlis Belia Daerah|ORG]] ([[MBD|ORG]]) sedia membantu. Pengerusinya, [[Kamal Idris|PER]] berkata program itu percuma.',
      'Kamal Idris',
      'Majlis Belia Daerah',
    ],
  ])('%s', (_name, text, person, body) => {
    expect(pointed(text, person)).toBe(body);
  });
  it.each([
    [
      'a title naming no role',
      '[[Kementerian Belia|ORG]] akan menambah dana sukan. Penduduk, [[Rahman Ali|PER]] berkata dana itu cukup.',
      'Rahman Ali',
    ],
    [
      'a plain title',
      '[[Kementerian Belia|ORG]] akan menambah dana sukan. Menteri Belia, [[Rahman Ali|PER]] berkata dana itu cukup.',
      'Rahman Ali',
    ],
  ])('none: %s', (_name, text, person) => {
    expect(pointed(text, person)).toBeUndefined();
  });
});

describe('the body meets', () => {
  it.each([
    [
      'pihaknya, a body in the title',
      'Setiausaha [[Persatuan Nelayan Kuala Kedah|ORG]], [[Kamal Idris|PER]] berkata, pihaknya akan bertemu [[Lembaga Pelabuhan Utara|ORG]] minggu depan.',
      [['Lembaga Pelabuhan Utara', 'Persatuan Nelayan Kuala Kedah']],
    ],
    [
      'pihaknya, a title pointing back',
      '[[Kementerian Belia|ORG]] akan menambah dana sukan. Menterinya, [[Rahman Ali|PER]] berkata, pihaknya akan berbincang dengan [[Majlis Sukan Negeri|ORG]] esok.',
      [['Kementerian Belia', 'Majlis Sukan Negeri']],
    ],
  ])('%s', (_name, text, want) => {
    expect(sides(text)).toEqual(want);
  });
});

describe('the person stays the side', () => {
  it.each([
    [
      'pihaknya, no body tied to the person',
      'Penduduk kampung, [[Kamal Idris|PER]] berkata, pihaknya akan bertemu [[Lembaga Pelabuhan Utara|ORG]] minggu depan.',
      [['Kamal Idris', 'Lembaga Pelabuhan Utara']],
    ],
    [
      'a named subject, not a pronoun',
      'Setiausaha [[Persatuan Nelayan Kuala Kedah|ORG]], [[Kamal Idris|PER]] akan bertemu [[Lembaga Pelabuhan Utara|ORG]] minggu depan.',
      [['Kamal Idris', 'Lembaga Pelabuhan Utara']],
    ],
  ])('%s', (_name, text, want) => {
    expect(sides(text)).toEqual(want);
  });
});

/** ourSide at the first meeting word, the sides being one person and the last name (as the party model may choose them). */
function asModelChose(marked: string, person: string): string[] {
  const { d, trig, m, parties } = atFirstMeeting(marked);
  const we = weSubject(d, trig, m);
  const p = parties.filter((e) => d.entities[e]!.canonical === person)[0]!;
  const chosen = [p, parties[parties.length - 1]!];
  return (we ? ourSide(d, m, we.at, chosen, []) : chosen).map((e) => d.entities[e]!.canonical);
}

describe('"kita / kami" the party model gave a person to', () => {
  const pointingBack =
    '[[Kementerian Belia|ORG]] akan menambah dana sukan, kata Timbalan Menterinya, [[Rahman Ali|PER]] hari ini. Kita akan berbincang dengan [[Majlis Sukan Negeri|ORG]] esok.';
  const namedInTitle =
    'Setiausaha [[Persatuan Nelayan Kuala Kedah|ORG]], [[Kamal Idris|PER]] berkata jeti itu rosak. Kami akan bertemu [[Lembaga Pelabuhan Utara|ORG]] minggu depan.';
  it('a title pointing back: the body', () => {
    expect(asModelChose(pointingBack, 'Rahman Ali')).toEqual(['Kementerian Belia', 'Majlis Sukan Negeri']);
  });
  it('a body named in the title only: the person stays', () => {
    expect(asModelChose(namedInTitle, 'Kamal Idris')).toEqual(['Kamal Idris', 'Lembaga Pelabuhan Utara']);
  });
  it('a named subject: the person stays', () => {
    expect(asModelChose(pointingBack.replace('Kita akan', '[[Rahman Ali|PER]] akan'), 'Rahman Ali')).toEqual([
      'Rahman Ali',
      'Majlis Sukan Negeri',
    ]);
  });
});
