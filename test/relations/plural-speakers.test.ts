// A plural pronoun as a statement's subject ("mereka", "kedua-duanya") points back at the parties
// that spoke together last: two or more named for one statement in the same sentence or the one
// before (plural-speakers.ts). One party speaking last leaves "mereka" unresolved. The rules alone
// (no learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('mereka after two parties spoke together', () => {
  it.each([
    [
      'the same sentence',
      '[[Kamal Idris|PER]] dan [[Nora Salleh|PER]] menegaskan, mereka kekal komited untuk membantu penduduk.',
      [
        ['Kamal Idris', 'SAY', 'name'],
        ['Nora Salleh', 'SAY', 'name'],
        ['Kamal Idris', 'INTEND', 'pronoun'],
        ['Nora Salleh', 'INTEND', 'pronoun'],
      ],
    ],
    [
      'the sentence before',
      '[[Majlis Daerah Hulu|ORG]] dan [[Syarikat Maju Jaya|ORG]] mengeluarkan kenyataan bersama semalam. Mereka bersetuju membaiki jalan itu.',
      [
        ['Majlis Daerah Hulu', 'SAY', 'name'],
        ['Syarikat Maju Jaya', 'SAY', 'name'],
        ['Majlis Daerah Hulu', 'INTEND', 'pronoun'],
        ['Syarikat Maju Jaya', 'INTEND', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('mereka after one party spoke: unresolved', () => {
  it.each([
    ['one speaker', '[[Kamal Idris|PER]] berkata, mereka bersetuju untuk membantu penduduk.', [['Kamal Idris', 'SAY', 'name']]],
    [
      'two parties, but long before',
      '[[Kamal Idris|PER]] dan [[Nora Salleh|PER]] berkata jalan itu rosak. Hujan turun sepanjang minggu. Banjir melanda kampung itu. Mereka berjanji membantu.',
      [
        ['Kamal Idris', 'SAY', 'name'],
        ['Nora Salleh', 'SAY', 'name'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
