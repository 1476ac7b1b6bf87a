// A statement verb in a conditional clause ("jika X menolak ...", "sekiranya Y bersetuju ...")
// tells of a statement that may be made, not one made: no statement (conditional.ts). A condition
// in another clause, before a comma, leaves the main clause's statement. The rules alone (no
// learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a statement verb in a conditional clause: no statement', () => {
  it.each([
    ['jika', 'Jika [[Kamal Idris|PER]] menolak tawaran itu, syarikat akan mencari calon lain.', []],
    ['sekiranya', 'Projek itu boleh diteruskan sekiranya [[Majlis Daerah Hulu|ORG]] bersetuju menanggung kosnya.', []],
    [
      'kalau, in a quotation: the attribution only',
      '“Kalau saya menafikan perkara itu, tiada siapa akan percaya,” kata [[Kamal Idris|PER]].',
      [['Kamal Idris', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});

describe('a condition in another clause leaves the statement', () => {
  it.each([
    [
      'condition before a comma',
      'Jika hujan turun, [[Kamal Idris|PER]] berkata majlis akan ditangguhkan.',
      [['Kamal Idris', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
