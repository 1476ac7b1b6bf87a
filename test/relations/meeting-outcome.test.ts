// The outcome of a meeting (meeting-outcome.ts): "hasil", "keputusan" before a meeting noun that
// names no side of its own speaks of what a meeting produced, not of a meeting held here. Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { outcomeOnly } from '../../src/relations/meeting-outcome.js';
import { atFirstMeeting } from './helpers.js';

/** outcomeOnly at the first meeting word of the sentence. */
function outcome(marked: string): boolean {
  const { d, m } = atFirstMeeting(marked);
  return outcomeOnly(d, m);
}

describe('the outcome of a meeting', () => {
  it.each([
    [
      '"hasil" and a purpose after',
      '[[Rahman Ali|PER]] berkata hasil perbincangan dalam usaha menyelesaikan isu [[Lembah Hijau|LOC]] masih belum jelas.',
    ],
    ['"hasil" and a verb after', 'Hasil pertemuan dijangka diumumkan oleh [[Siti Aminah|PER]] minggu depan.'],
    ['"keputusan" and a time after', 'Keputusan mesyuarat semalam dimaklumkan kepada [[Persatuan Nelayan Kuala Muda|ORG]].'],
    ['words describing the meeting before the verb', 'Hasil rundingan tertutup itu tidak didedahkan kepada [[Kesatuan Guru Negeri|ORG]].'],
  ])('outcome only: %s', (_name, text) => {
    expect(outcome(text)).toBe(true);
  });
  it.each([
    [
      'the sides after "antara"',
      'Hasil perbincangan antara [[Kementerian Belia|ORG]] dengan [[Majlis Sukan Negeri|ORG]] diumumkan hari ini.',
    ],
    ['a side after "bersama"', 'Keputusan itu hasil rundingan bersama [[Persatuan Peniaga Kecil|ORG]] minggu lalu.'],
    ['-nya names whose meeting it is', '[[Rahman Ali|PER]] berpuas hati dengan hasil perbincangannya dengan [[Siti Aminah|PER]].'],
    ['the body whose meeting it is', 'Keputusan mesyuarat [[Majlis Perbandaran Tanjung|ORG]] akan diumumkan esok.'],
    ['a pronoun after the visit', 'Perjanjian itu hasil lawatan kerja beliau ke [[Jepun|LOC]] bulan lalu.'],
    ['no outcome word before it', '[[Rahman Ali|PER]] mengadakan pertemuan dalam usaha menyelesaikan isu itu.'],
  ])('a meeting of its own: %s', (_name, text) => {
    expect(outcome(text)).toBe(false);
  });
});
