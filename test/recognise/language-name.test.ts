// A name after "bahasa" is a language, not a place (src/recognise/language-name.ts). Mentions are
// given as the model might decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutLanguageNames } from '../../src/recognise/language-name.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutLanguageNames(cols, mentions));
}

describe('a language after bahasa', () => {
  it.each([
    ['lower-case bahasa', 'Murid itu fasih berbahasa Arab dan belajar bahasa Korea di sekolah.', 'Korea'],
    ['capitalised Bahasa', 'Semua surat ditulis dalam Bahasa Malaysia sahaja.', 'Malaysia'],
  ])('is no place: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([]);
  });

  it.each([
    ['a country after another word', 'Pelajar dari Korea belajar di sini.', 'Korea'],
    ['a language word before a line break', 'Kelas bahasa\nJepun menerima lawatan itu.', 'Jepun'],
  ])('stays a place: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([`${span}/LOC`]);
  });
});
