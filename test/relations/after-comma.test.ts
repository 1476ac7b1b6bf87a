// The argument after "menurut", "kata" and a comma that follows a plain noun (after-comma.ts):
// an attribution opening the sentence ends there ("Menurut sumber berita, X akan ..." names no
// speaker X); after a quotation a name right after the comma is the source ("kata jurutera, X"),
// plain words are the reported clause. A comma after a title always leads to the name. Every sentence here is written for these tests; the rules run alone
// (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('an attribution and a comma after its argument', () => {
  it.each([
    ['a document, then the clause', 'Menurut dokumen mahkamah, jumlah hutang [[Syarikat Maju Jaya|ORG]] meningkat.', []],
    ['an unnamed source, then the clause', 'Menurut sumber berita, kebanyakan ahli [[Majlis Daerah Kulai|ORG]] bersetuju.', []],
    [
      'an unnamed source opening the sentence, then a name',
      'Menurut sumber berita, [[Majlis Daerah Kulai|ORG]] akan bermesyuarat esok.',
      [],
    ],
    [
      'a plain noun, then a name right after the comma',
      '“Jambatan itu siap awal,” kata jurutera, [[Rahim Noor|PER]].',
      [['Rahim Noor', 'SAY', 'name']],
    ],
    [
      'a role before the comma: its name',
      'Menurut seorang pegawai, Dr [[Wong Mei Ling|PER]], kerja itu siap esok.',
      [['Wong Mei Ling', 'SAY', 'name']],
    ],
    [
      'a role with -nya before the comma: its name',
      '“Itu tidak benar,” kata timbalan menterinya, Datuk [[Rahman Ali|PER]].',
      [['Rahman Ali', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
