// A pronoun followed by a name in brackets ("Beliau (Kamal) berkata ...", "Mereka (X dan Y)
// menggesa ...") points at the name the writer put there: the statement's speaker is that name,
// whoever the pronoun would otherwise be read as (bracketed-referent.ts). A description in the
// brackets leaves the pronoun as it is. The rules alone (no learned model). Every sentence here
// is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the name in brackets after a pronoun is the speaker', () => {
  it.each([
    [
      'beliau (X) inside a quotation',
      '[[Nora Salleh|PER]] berkata: “Beliau ([[Kamal|PER|Kamal Idris]]) sudah menghubungi saya dan menyatakan hasrat untuk membantu.”',
      [
        ['Nora Salleh', 'SAY', 'name'],
        ['Kamal Idris', 'INTEND', 'pronoun'],
      ],
    ],
    [
      'dia (X) in the main text',
      '[[Nora Salleh|PER]] hadir di majlis itu. Dia ([[Kamal Idris|PER]]) menegaskan projek itu akan diteruskan.',
      [['Kamal Idris', 'SAY', 'pronoun']],
    ],
    [
      'mereka (X dan Y)',
      '[[Nora Salleh|PER]] tiba awal. Mereka ([[Persatuan Nelayan Kuala Kedah|ORG]] dan [[Persatuan Peniaga Alor Setar|ORG]]) menggesa kerajaan membaiki jeti itu.',
      [
        ['Persatuan Nelayan Kuala Kedah', 'APPEAL', 'pronoun'],
        ['Persatuan Peniaga Alor Setar', 'APPEAL', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('a description in brackets leaves the pronoun as it is', () => {
  it.each([
    [
      'dia (menteri itu)',
      '[[Nora Salleh|PER]] hadir di majlis itu. Dia (menteri itu) menegaskan projek itu akan diteruskan.',
      [['Nora Salleh', 'SAY', 'pronoun']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
