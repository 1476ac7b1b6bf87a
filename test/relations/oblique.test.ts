// A name after a preposition, with its title between them ("bertemu dengan Timbalan Menteri
// Datuk X"), is the object of its clause (oblique.ts): a "beliau" in the next sentence points
// past it to the person named before, the subject. The rules alone (no learned model). Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { meets, statements } from './helpers.js';

describe('a titled name after a preposition is not what "beliau" points at', () => {
  it.each([
    [
      'dengan + a role and honorifics',
      '[[Rahman Ali|PER]] akan bertemu dengan Timbalan Menteri Besar Datuk Seri [[Ahmad Zaki|PER]] pagi esok. Beliau juga dijangka menerima kunjungan [[Lim Wei Ming|PER]] petang nanti.',
      [
        ['Ahmad Zaki', 'Rahman Ali'],
        ['Lim Wei Ming', 'Rahman Ali'],
      ],
    ],
    [
      'kepada + honorifics only',
      '[[Siti Aminah|PER]] menyerahkan memorandum itu kepada Datuk [[Kamal Hassan|PER]] semalam. Beliau kemudian berjumpa dengan [[Persatuan Nelayan Kuala Kedah|ORG]].',
      [['Persatuan Nelayan Kuala Kedah', 'Siti Aminah']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(meets(text).map((m) => m.parties)).toEqual(expected);
  });
  it('the speaker "beliau" names is the subject, not the titled object', () => {
    expect(
      statements(
        '[[Rahman Ali|PER]] menghantar surat kepada Menteri Kewangan, Tan Sri [[Ahmad Zaki|PER]] minggu lalu. Beliau berkata surat itu belum berjawab.',
      ),
    ).toEqual([['Rahman Ali', 'SAY', 'pronoun']]);
  });
  it('a name after a preposition with no title stays skipped, as before', () => {
    expect(
      meets('[[Rahman Ali|PER]] berbual dengan [[Ahmad Zaki|PER]] semalam. Beliau kemudian bertemu [[Lim Wei Ming|PER]].').map(
        (m) => m.parties,
      ),
    ).toEqual([['Lim Wei Ming', 'Rahman Ali']]);
  });
});
