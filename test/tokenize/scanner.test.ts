import { describe, expect, it } from 'vitest';
import { segment, tokenize } from '../../src/tokenize/index.js';
import { scan } from '../../src/tokenize/scanner.js';
import { texts, tokenOf } from './helpers.js';

describe('abbreviations keep their dots', () => {
  it.each([
    ['Dr. Ahmad hadir.', 'Dr.'],
    ['Prof. Madya Dr. Siti hadir.', 'Prof.'],
    ['Syarikat Maju Sdn. Bhd. ditubuhkan.', 'Sdn.'],
    ['Syarikat Maju Sdn. Bhd. ditubuhkan.', 'Bhd.'],
    ['Y.B. Menteri hadir.', 'Y.B.'],
    ['Y.A.B. Perdana Menteri hadir.', 'Y.A.B.'],
    ['Hj. Ali hadir.', 'Hj.'],
    ['Di Jln. Ampang ada kedai.', 'Jln.'],
    ['Rumah No. 5 dijual.', 'No.'],
    ['Di Tkt. 3 ada pejabat.', 'Tkt.'],
    ['Di Kg. Baru ada pasar.', 'Kg.'],
    ['Di Bt. 5 ada sekolah.', 'Bt.'],
    ['Ramasamy a/l Muthu hadir.', 'a/l'],
    ['Devi a/p Raman hadir.', 'a/p'],
    ['Pegawai U.S. hadir.', 'U.S.'],
    ['Pegawai A.S. hadir.', 'A.S.'],
    ['Y.Bhg. Datuk hadir.', 'Y.Bhg.'],
    ['M. Kulasegaran hadir.', 'M.'],
    ['Datuk Seri M.Nasir hadir.', 'M.'],
  ])('%s keeps %s whole', (s, abbr) => {
    expect(tokenOf(s, abbr).kind).toBe('abbreviation');
  });

  it.each([
    ['constituency code P.123', 'Kerusi P.123 Kota Raja.', 'P.123'],
    ['state seat code N.12', 'Kerusi N.12 dipertandingkan.', 'N.12'],
  ])('%s', (_name, s, code) => {
    expect(tokenOf(s, code).kind).toBe('code');
  });

  it('a month abbreviation takes its dot only after a day number', () => {
    expect(texts('KUALA LUMPUR 11 Okt. - Berita')).toContain('Okt.');
    expect(texts('Kata Okt. Lalu')).toEqual(['Kata', 'Okt', '.', 'Lalu']);
  });

  it('"No." without a number after it is a word and a full stop', () => {
    expect(texts('Jawapannya no. Kemudian')).toEqual(['Jawapannya', 'no', '.', 'Kemudian']);
  });
});

describe('money, numbers and percentages are single tokens', () => {
  it.each([
    ['RM1.5', 'money'],
    ['B$50', 'money'],
    ['US$3.2', 'money'],
    ['RM1,000', 'money'],
    ['1,000', 'number'],
    ['3.5%', 'percent'],
    ['2008-2009', 'number'],
    ['10.30', 'number'],
    ['12hb', 'date'],
    ['21/1/2024', 'date'],
    ['5km', 'quantity'],
  ])('%s is one %s token', (tok, kind) => {
    const s = `Nilai ${tok} itu`;
    expect(texts(s)).toEqual(['Nilai', tok, 'itu']);
    expect(tokenOf(s, tok).kind).toBe(kind);
  });
  it('a thousands comma needs three digits after it: "5,6 dan" is a list', () => {
    expect(texts('nombor 5,6 dan 7')).toEqual(['nombor', '5', ',', '6', 'dan', '7']);
  });
});

describe('quotes and dashes are punctuation', () => {
  it.each([
    ['curly single quotes', '‘tarikh awal’', ['‘', 'tarikh', 'awal', '’']],
    ['curly double quotes', '“perintah baharu,”', ['“', 'perintah', 'baharu', ',', '”']],
    ['straight double quotes', '"langkah penting"', ['"', 'langkah', 'penting', '"']],
    ['en dash', 'hari ini – Korea', ['hari', 'ini', '–', 'Korea']],
    ['em dash', 'itu—dan', ['itu', '—', 'dan']],
    ['credit at the end', 'Korea Utara. – AP', ['Korea', 'Utara', '.', '–', 'AP']],
    ['apostrophe inside a name', "Ma'ruf Amin", ["Ma'ruf", 'Amin']],
    ["Dato' keeps its apostrophe", "Dato' Sri Ali", ["Dato'", 'Sri', 'Ali']],
  ])('%s', (_name, s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
  it('a run of one punctuation mark is one token', () => {
    expect(texts('Tunggu... dan!!!')).toEqual(['Tunggu', '...', 'dan', '!!!']);
  });
});

describe('URLs, emails, @mentions, #hashtags and emoji', () => {
  it.each([
    ['https://www.bernama.com/bm/news.php?id=123', 'url'],
    ['www.sinarharian.com.my', 'url'],
    ['malaysiakini.com', 'url'],
    ['siti.aminah@contoh.edu.my', 'email'],
    ['@AnwarIbrahim', 'mention'],
    ['#PRU15', 'hashtag'],
  ])('%s is one %s token', (tok, kind) => {
    const s = `Lihat ${tok} sekarang.`;
    expect(texts(s)).toEqual(['Lihat', tok, 'sekarang', '.']);
    expect(tokenOf(s, tok).kind).toBe(kind);
  });
  it('a URL does not swallow the closing full stop or bracket', () => {
    expect(texts('(lihat https://contoh.my/a).')).toEqual(['(', 'lihat', 'https://contoh.my/a', ')', '.']);
  });
  it.each([
    ['a single emoji', 'Tahniah 🎉 semua', '🎉'],
    ['a ZWJ family', 'Keluarga 👨‍👩‍👧 gembira', '👨‍👩‍👧'],
    ['a skin tone', 'Syabas 👍🏽 kawan', '👍🏽'],
    ['a flag', 'Malaysia 🇲🇾 menang', '🇲🇾'],
  ])('%s keeps exact UTF-16 offsets', (_name, s, emoji) => {
    const t = tokenOf(s, emoji);
    expect(t.kind).toBe('emoji');
    expect(s.slice(t.start, t.end)).toBe(emoji);
  });
});

describe('real-world noise from news pages', () => {
  it('sentences run together without a space still split at the dot', () => {
    expect(texts('pada 10 Mei 2018 yang lalu.Beliau yang ditemani')).toEqual([
      'pada',
      '10',
      'Mei',
      '2018',
      'yang',
      'lalu',
      '.',
      'Beliau',
      'yang',
      'ditemani',
    ]);
  });
  it('a soft hyphen inside a word is part of it and gone from the normal form', () => {
    const t = tokenOf('Beliau ber\u00adkata begitu.', 'ber\u00adkata');
    expect(t.norm).toBe('berkata');
  });
  it.each([
    ['a run of them inside a word', 'Beliau me\u00ad\u00ad\u00adnyerahkan surat.', 'me\u00ad\u00ad\u00adnyerahkan', 'menyerahkan'],
    ['a run inside a reduplicated word', 'Pekilang-pe\u00ad\u00adkilang kecil.', 'Pekilang-pe\u00ad\u00adkilang', 'pekilang-pekilang'],
  ])('soft hyphens: %s', (_name, s, token, norm) => {
    expect(tokenOf(s, token).norm).toBe(norm);
  });
  it('a run of soft hyphens at the end of a word is left out of it', () => {
    expect(texts('akhir\u00ad\u00ad ayat')).toEqual(['akhir', 'ayat']);
  });
  it('a stray leading ": " is punctuation, not part of the first word', () => {
    expect(texts(': Sebanyak 13 buah')).toEqual([':', 'Sebanyak', '13', 'buah']);
  });
  it('page furniture "A- A+ (Ubah saiz teks)" tokenizes without merging into the text', () => {
    expect(texts('A- A+ (Ubah saiz teks)\n\nBERITA')).toEqual(['A', '-', 'A', '+', '(', 'Ubah', 'saiz', 'teks', ')', 'BERITA']);
  });
  it('non-breaking spaces separate tokens like spaces', () => {
    expect(texts('Kuala\u00a0Lumpur\u202fhari ini')).toEqual(['Kuala', 'Lumpur', 'hari', 'ini']);
  });
  it('a BOM and zero-width spaces are gaps', () => {
    expect(texts('\ufeffKorea\u200bUtara')).toEqual(['Korea', 'Utara']);
  });
  it('Windows line endings are gaps', () => {
    expect(texts('Satu.\r\nDua.')).toEqual(['Satu', '.', 'Dua', '.']);
  });
});

describe('the normalised form is separate from the text', () => {
  it.each([
    ['KUALA', 'kuala'],
    ['Menteri', 'menteri'],
    ['’', "'"],
    ['“', '"'],
    ['–', '-'],
  ])('%s -> %s', (tok, norm) => {
    const t = tokenize(`x ${tok} y`).find((x) => x.text === tok);
    expect(t?.norm).toBe(norm);
  });
});

describe('tokenize() gives the tokens segment() gives', () => {
  it.each([
    [
      'a news sentence with a dateline and a date',
      'KUALA LUMPUR, 5 Mac (Bernama) -- Perdana Menteri berkata pada 16 Januari 2024 bahawa ...',
    ],
    ['money, percentages and times', 'Harga naik RM1.5 bilion atau 3.5% pada pukul 3 petang.'],
    ['clitics and proclitics', 'Katanya, bukunya dibawa dan kubawa pulang. Dialah orangnya.'],
    ['reduplication and proper compounds', 'Kanak-kanak dan beramai-ramai ke sempadan Malaysia-Singapura.'],
    ['h- and w- words next to web addresses', 'Hari ini wakil hadir; lihat http://bernama.com dan www.kenal.my hingga habis.'],
    ['ASCII punctuation runs', 'Apa?! Tunggu... (ya) -- "betul" ; tamat.'],
    ['curly quotes and capitals before a full stop', '\u201cSaya setuju,\u201d kata Anwar. Beliau hadir.'],
  ])('%s', (_name, s) => {
    expect(tokenize(s)).toEqual(segment(s).tokens);
  });
});

describe('texts with more tokens than the scanner makes room for', () => {
  // the scanner's columns start with room for a token per four characters (at most 65,536)
  // and grow past it: these texts outgrow that room
  it.each([
    ['a token per character', 'a,'.repeat(1000), 2000],
    ['more tokens than the largest room', 'x '.repeat(150_000), 150_000],
    ['a short text of marks', '!?', 2],
  ])('%s', (_name, text, count) => {
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(count);
    tokens.forEach((t, k) => {
      expect(t.text).toBe(text.slice(t.start, t.end));
      if (k > 0) expect(t.start).toBeGreaterThanOrEqual(tokens[k - 1]!.end);
    });
    expect(tokens.map((t) => t.text).join('')).toBe(text.replaceAll(' ', ''));
  });
});

describe('every token has one shape; JSON writes the fields it has, in order', () => {
  // eight fields on every token (one object shape for the optimising compiler); JSON leaves out
  // stem and clitics, and reduplication, where the word has none
  it.each([
    ['a plain word', 'Menteri', ['start', 'end', 'text', 'kind', 'norm']],
    ['a unit', 'RM5', ['start', 'end', 'text', 'kind', 'norm']],
    ['a clitic', 'bukunya', ['start', 'end', 'text', 'kind', 'norm', 'stem', 'clitics']],
    ['a reduplication', 'beramai-ramai', ['start', 'end', 'text', 'kind', 'norm', 'reduplication']],
    ['both', 'kanak-kanaknya', ['start', 'end', 'text', 'kind', 'norm', 'stem', 'clitics', 'reduplication']],
  ])('%s', (_name, text, keys) => {
    for (const t of [tokenize(text)[0]!, segment(text).tokens[0]!]) {
      expect(Object.keys(t)).toEqual(['start', 'end', 'text', 'kind', 'norm', 'stem', 'clitics', 'reduplication']);
      expect(Object.keys(JSON.parse(JSON.stringify(t)))).toEqual(keys);
    }
  });
});

describe('line breaks kept past the growth of the columns', () => {
  // two tokens per four characters outgrow the room: the blank lines after it still cut sentences
  it.each([
    ['a mark per line', 'x.\n\n'.repeat(500), 500],
    ['capitals after single line breaks', 'Ya,\nTidak,\n'.repeat(300), 600],
  ])('%s', (_name, text, count) => {
    expect(segment(text).sentences).toHaveLength(count);
  });
});

describe('words, numbers and dots at the very end of a text', () => {
  // the look-aheads after a word or a number find nothing past the end (and read nothing there)
  it.each([
    [
      'a number and a full stop',
      'Harga naik 1.',
      [
        ['Harga', 'word'],
        ['naik', 'word'],
        ['1', 'number'],
        ['.', 'punctuation'],
      ],
    ],
    [
      'a number and a comma',
      'Jumlah 1,',
      [
        ['Jumlah', 'word'],
        ['1', 'number'],
        [',', 'punctuation'],
      ],
    ],
    [
      'a title without its dot',
      'Jumpa Dr',
      [
        ['Jumpa', 'word'],
        ['Dr', 'word'],
      ],
    ],
    [
      'Dato without its apostrophe',
      'Gelaran Dato',
      [
        ['Gelaran', 'word'],
        ['Dato', 'word'],
      ],
    ],
    [
      'a number',
      'Naik 5',
      [
        ['Naik', 'word'],
        ['5', 'number'],
      ],
    ],
    [
      'an initial and its dot',
      'M.',
      [
        ['M', 'word'],
        ['.', 'punctuation'],
      ],
    ],
    ['a seat code', 'P.1', [['P.1', 'code']]],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.kind])).toEqual(expected);
  });
});

describe('the scanner marks the words of ASCII letters only (TokenTable.plain), wherever they end', () => {
  it.each([
    ['a word before a space', 'rumah itu', 'rumah', 1],
    ['a word before a full stop', 'Dia pulang.', 'pulang', 1],
    ['a capitalised word before a full stop', 'Dia ke Ipoh.', 'Ipoh', 2],
    ['a word in capitals before a hyphen-dash', 'IPOH - Dia', 'IPOH', 2],
    ['a word with an apostrophe', "Ma'ruf datang", "Ma'ruf", 0],
    ['a word with a letter from 128 up', 'café itu', 'café', 0],
    ['a reduplicated word', 'kanak-kanak itu', 'kanak-kanak', 0],
    ['a word with digits', 'COVID19 itu', 'COVID19', 0],
  ])('%s', (_name, text, word, plain) => {
    const t = scan(text);
    const k = [...t.starts].findIndex((s, i) => text.slice(s, t.ends[i]) === word);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(t.plain[k]).toBe(plain);
  });
});
