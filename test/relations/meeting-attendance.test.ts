// Those named as attending a meeting in the sentence right after it (meeting-attendance.ts):
// "Mesyuarat itu turut dihadiri X dan Y.", "Yang turut hadir, X.", "Hadir sama ialah X." take
// part in it; not after a visit, nor at a meeting of states. "Antara yang hadir ialah X" names
// the members of a side left unnamed, and completes a meeting with one side named. Every sentence
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { meets } from './helpers.js';

describe('attendees named in the sentence after a meeting take part', () => {
  it.each([
    [
      '"Mesyuarat itu turut dihadiri X dan Y"',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Majlis Daerah Kulai|ORG]] semalam. Mesyuarat itu turut dihadiri Timbalan Pengerusi, [[Siti Aminah|PER]] dan Setiausaha, [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Majlis Daerah Kulai', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Pertemuan tersebut dihadiri oleh X"',
      '[[Rahman Ali|PER]] mengadakan pertemuan dengan [[Siti Aminah|PER]] di pejabatnya. Pertemuan tersebut dihadiri oleh [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Yang turut hadir, X dan timbalannya, Y"',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Jawatankuasa Banjir Kulai|ORG]] pagi tadi. Yang turut hadir, Pengerusi [[Lembaga Air Kulai|ORG]], [[Siti Aminah|PER]] dan timbalannya, [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Jawatankuasa Banjir Kulai', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Turut hadir pada mesyuarat itu ialah X"',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Majlis Daerah Kulai|ORG]] semalam. Turut hadir pada mesyuarat itu ialah [[Siti Aminah|PER]].',
      ['Majlis Daerah Kulai', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Antara yang hadir dalam sesi itu ialah X dan Y"',
      '[[Rahman Ali|PER]] mengadakan pertemuan dengan [[Kelab Penulis Muda|ORG]] semalam. Antara yang hadir dalam sesi itu ialah Datuk [[Siti Aminah|PER]] dan [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Kelab Penulis Muda', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      'a courtesy call received: "Delegasi itu turut disertai X"',
      '[[Rahman Ali|PER]] menerima kunjungan hormat [[Siti Aminah|PER]] di pejabatnya. Delegasi itu turut disertai [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Hadir sama ialah X"',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Majlis Daerah Kulai|ORG]] semalam. Hadir sama ialah [[Siti Aminah|PER]].',
      ['Majlis Daerah Kulai', 'Rahman Ali', 'Siti Aminah'],
    ],
    [
      '"Antara yang hadir ialah X dan Y" after a meeting with one side named: its members',
      '[[Rahman Ali|PER]] berkata demikian selepas perjumpaan bersama penggiat seni tempatan semalam. Antara yang hadir ialah pelukis [[Siti Aminah|PER]] dan penulis [[Ahmad Zaki|PER]].',
      ['Ahmad Zaki', 'Rahman Ali', 'Siti Aminah'],
    ],
  ])('%s', (_name, text, parties) => {
    expect(meets(text).map((m) => m.parties)).toEqual(parties ? [parties] : []);
  });
});

describe('no attendees are added', () => {
  it.each([
    [
      'after a visit: those present came with the visitor',
      '[[Rahman Ali|PER]] melawat [[Jepun|LOC]] minggu lalu. Yang turut hadir, [[Siti Aminah|PER]].',
      ['Jepun', 'Rahman Ali'],
    ],
    [
      'at a meeting of states: the officials stand for their states',
      '[[Jepun|LOC]] dan [[Korea Selatan|LOC]] mengadakan pertemuan semalam. Pertemuan itu dihadiri oleh menteri perdagangan, [[Kenji Sato|PER]].',
      ['Jepun', 'Korea Selatan'],
    ],
    [
      'present at something else: "turut hadir pada sidang media selepas itu"',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Majlis Daerah Kulai|ORG]] semalam. Turut hadir pada sidang media selepas itu ialah [[Siti Aminah|PER]].',
      ['Majlis Daerah Kulai', 'Rahman Ali'],
    ],
    [
      'one side named only: "Yang turut hadir" names those who came along, no meeting is made from them',
      '[[Rahman Ali|PER]] mengadakan pertemuan dengan penduduk semalam. Yang turut hadir, [[Siti Aminah|PER]].',
      null,
    ],
    [
      'not the next sentence',
      '[[Rahman Ali|PER]] mempengerusikan mesyuarat [[Majlis Daerah Kulai|ORG]] semalam. Hujan turun lebat. Yang turut hadir, [[Siti Aminah|PER]].',
      ['Majlis Daerah Kulai', 'Rahman Ali'],
    ],
  ])('%s', (_name, text, parties) => {
    expect(meets(text).map((m) => m.parties)).toEqual(parties ? [parties] : []);
  });
});
