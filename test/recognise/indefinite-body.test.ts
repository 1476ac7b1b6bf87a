// A body introduced with "sebuah" / "satu" is described, not named
// (src/recognise/indefinite-body.ts). Mentions are given as the model might decide them, so the
// rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutIndefiniteBodies } from '../../src/recognise/indefinite-body.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutIndefiniteBodies(cols, mentions));
}

describe('a body after sebuah or satu', () => {
  it.each([
    ['a proposed committee', 'Dia mahu sebuah Jawatankuasa Khas Reformasi Media ditubuhkan segera.', 'Jawatankuasa Khas Reformasi Media'],
    ['a fund launched', 'Semalam satu Tabung Bantuan Mangsa dilancarkan oleh penduduk.', 'Tabung Bantuan Mangsa'],
  ])('is no name: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'ORG']])).toEqual([]);
  });

  it.each([
    ['a capitalised Satu starting a name', 'Program Satu Komuniti Satu Sekolah bermula.', 'Sekolah', 'ORG'],
    ['a body after another word', 'Dia menemui Jawatankuasa Khas Reformasi Media semalam.', 'Jawatankuasa Khas Reformasi Media', 'ORG'],
    ['a place after satu', 'Mereka menginap satu malam di hotel itu.', 'malam', 'LOC'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
