// A meeting party named by a role of a place or body ("bertemu Ketua Menteri Sarawak"): the
// party is the person holding that role, when the text named them before with that title
// (meeting.ts, holderOf; role-of.ts). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { meets } from './helpers.js';

describe('the role of a place or body as a meeting party is the person holding it', () => {
  it.each([
    [
      'a chief minister named before with the title',
      'Ketua Menteri, Datuk [[Rahman Ali|PER]] membuka pameran itu. Semalam [[Siti Aminah|PER]] bertemu Ketua Menteri [[Sarawak|LOC]] di pejabatnya.',
      ['Rahman Ali', 'Siti Aminah'],
    ],
    [
      'a president named before with the title',
      'Presiden [[Ahmad Zaki|PER]] hadir awal. [[Siti Aminah|PER]] berjumpa dengan presiden [[Kelab Belia Tani|ORG]] itu semalam.',
      ['Ahmad Zaki', 'Siti Aminah'],
    ],
  ])('%s', (_name, text, parties) => {
    expect(meets(text).map((m) => m.parties)).toEqual([parties]);
  });
  it('no holder named before with the title: the place stays', () => {
    const got = meets('[[Siti Aminah|PER]] bertemu Ketua Menteri [[Sarawak|LOC]] di pejabatnya semalam.');
    expect(got.map((m) => m.parties)).toEqual([['Sarawak', 'Siti Aminah']]);
  });
});
