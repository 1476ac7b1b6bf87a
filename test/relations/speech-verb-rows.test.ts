// Trigger rows of lexicons/src/relations/triggers.tsv for verbal attacks ("menyerang",
// "menegur", "menyindir": CRITICISE, as membidas), the bare verbs of spoken Malay ("saya
// cadangkan", "dia maklumkan": as mencadangkan, memaklumkan), a common misspelling ("mengesa"
// for menggesa) and refusals ("tidak akan mengiktiraf", "tidak pernah bersetuju": REJECT, as
// "tidak bersetuju"), a denial and a grievance ("menepis dakwaan": DENY, "meluahkan rasa":
// CRITICISE) and a position urging another ("berpendirian agar": APPEAL). Every sentence here
// is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('the act of the row, the speaker before the verb', () => {
  it.each([
    ['menyerang', '[[Rahman Ali|PER]] menyerang dasar cukai baharu itu semalam.', 'Rahman Ali', 'CRITICISE'],
    ['menegur', '[[Siti Aminah|PER]] menegur kontraktor itu kerana kerja yang lambat.', 'Siti Aminah', 'CRITICISE'],
    ['menyindir', '[[Rahman Ali|PER]] menyindir pembangkang kerana tidak hadir.', 'Rahman Ali', 'CRITICISE'],
    ['mengesa', '[[Persatuan Pengguna Pahang|ORG]] mengesa peniaga menurunkan harga.', 'Persatuan Pengguna Pahang', 'APPEAL'],
    ['tidak akan mengiktiraf', '[[Majlis Daerah Kulai|ORG]] tidak akan mengiktiraf permit itu.', 'Majlis Daerah Kulai', 'REJECT'],
    ['tidak pernah bersetuju', '[[Siti Aminah|PER]] tidak pernah bersetuju dengan cadangan itu.', 'Siti Aminah', 'REJECT'],
    ['menepis dakwaan', '[[Rahman Ali|PER]] menepis dakwaan bahawa dana itu disalah guna.', 'Rahman Ali', 'DENY'],
    ['meluahkan rasa', '[[Siti Aminah|PER]] meluahkan rasa kecewa terhadap layanan hospital itu.', 'Siti Aminah', 'CRITICISE'],
    ['berpendirian agar', '[[Persatuan Pengguna Pahang|ORG]] berpendirian agar harga gula dikawal.', 'Persatuan Pengguna Pahang', 'APPEAL'],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text)).toEqual([[speaker, act, 'name']]);
  });
});

describe("a bare verb in speech: the quotation's speaker", () => {
  it.each([
    ['saya cadangkan', '“Saya cadangkan mereka berjumpa pegawai daerah,” kata [[Rahman Ali|PER]].', 'APPEAL'],
    ['saya maklumkan', '“Saya maklumkan perkara itu kepada ketua kampung,” kata [[Rahman Ali|PER]].', 'SAY'],
  ])('%s', (_name, text, act) => {
    expect(statements(text)).toContainEqual(['Rahman Ali', act, 'pronoun']);
  });
});
