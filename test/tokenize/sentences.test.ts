import { describe, expect, it } from 'vitest';
import { sentenceTexts } from './helpers.js';

describe('sentence boundaries', () => {
  it.each([
    ['full stop and a capital', 'Beliau tiba. Kemudian berucap.', ['Beliau tiba.', 'Kemudian berucap.']],
    ['question and exclamation marks', 'Betulkah? Ya! Tentu.', ['Betulkah?', 'Ya!', 'Tentu.']],
    ['run together without a space', 'yang lalu.Beliau yang ditemani', ['yang lalu.', 'Beliau yang ditemani']],
    ['closing quote goes with its sentence', '“Kami setuju.” Beliau berkata.', ['“Kami setuju.”', 'Beliau berkata.']],
    ['quote then attribution stays one sentence', '“Kami setuju,” katanya. Dia pergi.', ['“Kami setuju,” katanya.', 'Dia pergi.']],
    ['a blank line ends a headline without a stop', 'Tajuk berita\n\nIsi berita.', ['Tajuk berita', 'Isi berita.']],
    ['a single line break before a capital ends a line', 'Saturday\n27.1 C\nBrunei', ['Saturday', '27.1 C', 'Brunei']],
    [
      'a hard-wrapped line going on in lower case stays',
      'Menteri itu berkata\nbahawa semua selamat.',
      ['Menteri itu berkata\nbahawa semua selamat.'],
    ],
    ['an ellipsis before lower case does not end', 'Dia diam... lalu pergi.', ['Dia diam... lalu pergi.']],
    ['a decimal point is no boundary', 'Naik 1.5 peratus. Turun', ['Naik 1.5 peratus.', 'Turun']],
  ])('%s', (_name, s, expected) => {
    expect(sentenceTexts(s)).toEqual(expected);
  });
});

describe('abbreviation dots do not end sentences', () => {
  it.each([
    ['Dr.', 'Dr. Mahathir hadir.'],
    ['Prof.', 'Prof. Ahmad hadir.'],
    ['Sdn. Bhd.', 'Syarikat Maju Sdn. Bhd. telah ditubuhkan.'],
    ['Y.B.', 'Y.B. Menteri tiba.'],
    ['Y.A.B.', 'Y.A.B. Perdana Menteri tiba.'],
    ['Hj.', 'Hj. Ali tiba.'],
    ['Jln.', 'Di Jln. Ampang ramai orang.'],
    ['No.', 'Di No. 5 ada kedai.'],
    ['Tkt.', 'Di Tkt. 3 Menara.'],
    ['Kg.', 'Di Kg. Baru ramai.'],
    ['Bt.', 'Di Bt. 5 Jalan Ipoh.'],
    ['U.S.', 'Pegawai U.S. Army tiba.'],
    ['11 Okt. in a dateline', 'KUALA LUMPUR 11 Okt. - Kementerian Pendidikan memaklumkan.'],
    ['P.123', 'Kerusi P.123 Kota Raja dimenangi.'],
  ])('%s', (_name, s) => {
    expect(sentenceTexts(s)).toEqual([s]);
  });
  it('a company abbreviation closes a sentence before a new capitalised one', () => {
    expect(sentenceTexts('Dia bekerja di Maju Bhd. Beliau gembira.')).toEqual(['Dia bekerja di Maju Bhd.', 'Beliau gembira.']);
  });
});

describe('an exclamation mark written onto a lone capital is part of a name', () => {
  it.each([
    ['a credit line', 'Semua pihak bersetuju. - K! ONLINE', ['Semua pihak bersetuju.', '- K! ONLINE']],
    ['a credit line without spaces', 'Semua pihak bersetuju. -K!ONLINE', ['Semua pihak bersetuju.', '-K!ONLINE']],
    ['a channel', 'Tonton E! News malam ini.', ['Tonton E! News malam ini.']],
    ['a word before the mark still ends its sentence', 'Awas! Pintu ditutup.', ['Awas!', 'Pintu ditutup.']],
    ['a lone capital at the end of a line still ends it', 'Kumpulan A!\nKumpulan B menang.', ['Kumpulan A!', 'Kumpulan B menang.']],
  ])('%s', (_name, s, expected) => {
    expect(sentenceTexts(s)).toEqual(expected);
  });
});

describe('datelines belong to the first sentence', () => {
  it('PYONGYANG, 21 JAN – opens the sentence after it', () => {
    expect(sentenceTexts('PYONGYANG, 21 JAN – Korea Utara berkata. Ia setuju.')).toEqual([
      'PYONGYANG, 21 JAN – Korea Utara berkata.',
      'Ia setuju.',
    ]);
  });
});
