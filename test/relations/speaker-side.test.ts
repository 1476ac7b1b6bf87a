// "pihaknya" (his or her side) as a statement's subject is the body named in the title of the
// person it points at (speaker-side.ts): "Setiausaha Persatuan X, Y berkata, pihaknya ..." is X's
// statement. A person with no body in the title, or one serving "di" (in) a body, stays the
// speaker. The rules alone (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('pihaknya: the body in the speaker title', () => {
  it.each([
    [
      'Setiausaha + body',
      'Setiausaha [[Persatuan Nelayan Kuala Kedah|ORG]], [[Kamal Idris|PER]] berkata, pihaknya mencadangkan jeti itu dibaiki segera.',
      [
        ['Kamal Idris', 'SAY', 'name'],
        ['Persatuan Nelayan Kuala Kedah', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'Presiden + body, no comma',
      'Presiden [[Kelab Penjaja Taiping|ORG]] [[Nora Salleh|PER]] berkata pihaknya menggesa majlis daerah menurunkan sewa gerai.',
      [
        ['Nora Salleh', 'SAY', 'name'],
        ['Kelab Penjaja Taiping', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'a title pointing back at the body just named (our-side.ts)',
      '[[Lembaga Zakat Negeri|ORG]] akan membuka kaunter baharu. Pengurusnya, [[Nora Salleh|PER]] berkata, pihaknya menggesa penerima mengemas kini alamat.',
      [
        ['Nora Salleh', 'SAY', 'name'],
        ['Lembaga Zakat Negeri', 'APPEAL', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('pihaknya stays the person', () => {
  it.each([
    [
      'no body in the title',
      'Penduduk kampung, [[Kamal Idris|PER]] berkata, pihaknya mencadangkan jeti itu dibaiki segera.',
      [
        ['Kamal Idris', 'SAY', 'name'],
        ['Kamal Idris', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'di + body',
      'Menteri di [[Jabatan Perdana Menteri|ORG]], [[Nora Salleh|PER]] berkata, pihaknya menggesa pengusaha teksi bekerjasama.',
      [
        ['Nora Salleh', 'SAY', 'name'],
        ['Nora Salleh', 'APPEAL', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
