// A subject shared by coordinated verbs: "X tidak menafikan laporan itu dan menegaskan ...", also
// after a contrast ("sebaliknya", "tetapi", "namun"): "X menafikannya sebaliknya berkata ...". The
// second verb has no subject of its own; when no statement came before it in the sentence (the
// first verb is negated, or no statement verb), its speaker is the subject of the clause the
// coordinator joins. Every sentence here is written for
// these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the subject of the clause before "dan" speaks', () => {
  it.each([
    [
      'a negated statement verb, then dan + a statement verb',
      '[[Persatuan Nelayan Perak|ORG]] tidak menafikan laporan itu dan menegaskan jeti baharu perlu dibina.',
      [['Persatuan Nelayan Perak', 'SAY', 'name']],
    ],
    [
      'a statement before in the sentence: its speaker goes on',
      '[[Rahim Noor|PER]] berkata harga naik dan menegaskan [[Kerajaan Negeri Perak|ORG]] perlu bertindak.',
      [
        ['Rahim Noor', 'SAY', 'name'],
        ['Rahim Noor', 'SAY', 'pronoun'],
      ],
    ],
    [
      'sebaliknya: instead of the first verb, the same subject',
      '[[Zainal Abidin|PER]] menafikannya sebaliknya berkata projek itu diluluskan tahun lalu.',
      [
        ['Zainal Abidin', 'DENY', 'name'],
        ['Zainal Abidin', 'SAY', 'pronoun'],
      ],
    ],
    [
      'tetapi after a negated statement verb',
      '[[Kesatuan Pekerja Ladang|ORG]] tidak menafikan laporan itu tetapi menegaskan gaji pekerja perlu dinaikkan.',
      [['Kesatuan Pekerja Ladang', 'SAY', 'name']],
    ],
    [
      'namun after a verb that is no statement',
      '[[Aminah Yusof|PER]] tiba lewat namun mengesahkan mesyuarat itu ditangguhkan.',
      [['Aminah Yusof', 'SAY', 'name']],
    ],
    ['no subject before the coordinator: nobody', 'Pagi tadi hujan lebat dan menegaskan perlunya saliran baharu.', []],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
