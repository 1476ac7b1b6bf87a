// STATEMENT: speaker patterns, acts and CAMEO codes, pronoun and description speakers. Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { relations, statements } from './helpers.js';

describe('speaker before the verb: "X berkata"', () => {
  it.each([
    ['plain subject', '[[Ahmad Zaki|PER]] berkata kerajaan akan membina jambatan baharu.', [['Ahmad Zaki', 'SAY', 'name']]],
    [
      'title chain with comma and honorifics (Menteri ..., Datuk Seri)',
      'Menteri Pertanian, Datuk Seri [[Ahmad Zaki|PER]] berkata harga baja akan turun.',
      [['Ahmad Zaki', 'SAY', 'name']],
    ],
    [
      'place inside a title is not the speaker (Perdana Menteri Thailand, X)',
      'Perdana Menteri [[Thailand|LOC]], [[Srettha Thavisin|PER]] berkata sempadan akan dibuka.',
      [['Srettha Thavisin', 'SAY', 'name']],
    ],
    [
      'adverbs and a date between subject and verb (pada Isnin lalu)',
      '[[Jepun|LOC]] pada Isnin lalu turut menegaskan pendiriannya.',
      [['Jepun', 'SAY', 'name']],
    ],
    [
      'organisation in a statement (dalam satu kenyataan)',
      '[[Jabatan Meteorologi Malaysia|ORG]] dalam satu kenyataan berkata hujan lebat dijangka.',
      [['Jabatan Meteorologi Malaysia', 'SAY', 'name']],
    ],
    [
      'parenthetical between subject and verb',
      '[[Kementerian Kesihatan|ORG]], dalam komen yang disiarkan oleh [[Bernama|ORG]], berkata kes baharu menurun.',
      [['Kementerian Kesihatan', 'SAY', 'name']],
    ],
    [
      'relative clause with a title is not the subject (yang juga Pengerusi X)',
      '[[Rahim Noor|PER]] yang juga Pengerusi [[Koperasi Nelayan|ORG]] berkata hasil tangkapan meningkat.',
      [['Rahim Noor', 'SAY', 'name']],
    ],
    ['role noun before a place: no named speaker (pegawai Jepun)', 'Pegawai [[Jepun|LOC]] berkata kapal itu telah belayar.', []],
    ['object of a preposition is not the speaker (di X)', 'Di [[Ipoh|LOC]], penduduk berkata air sungai keruh.', []],
    [
      'reduplicated quantifier with coordinated speakers (Kedua-dua X dan Y)',
      'Kedua-dua [[Vietnam|LOC]] dan [[Filipina|LOC]] telah menafikan laporan itu.',
      [
        ['Vietnam', 'DENY', 'name'],
        ['Filipina', 'DENY', 'name'],
      ],
    ],
    [
      'list of three with commas and dan',
      '[[Perak|LOC]], [[Kedah|LOC]] dan [[Perlis|LOC]] menggesa kerajaan pusat bertindak.',
      [
        ['Perak', 'APPEAL', 'name'],
        ['Kedah', 'APPEAL', 'name'],
        ['Perlis', 'APPEAL', 'name'],
      ],
    ],
    [
      'complement clause subject after a reporting verb',
      '[[Bernama|ORG]] melaporkan bahawa [[Rosli Hamid|PER]] mengumumkan peletakan jawatannya.',
      // "lapor" is SAY (../shared/spec/ANNOTATION.md section 4), so the agency reports too (issue #17)
      [
        ['Bernama', 'SAY', 'name'],
        ['Rosli Hamid', 'SAY', 'name'],
      ],
    ],
    [
      'causative verb: the person after it speaks (menyebabkan X ... meminta)',
      'Kekecohan itu menyebabkan Speaker, [[Johari Abdul|PER]] meminta ahli bertenang.',
      [['Johari Abdul', 'APPEAL', 'name']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('speaker after the verb: "kata X", "menurut X", "Tambah X"', () => {
  it.each([
    ['kata X after a direct quotation', '“Bantuan akan sampai esok,” kata [[Lim Guan Eng|PER]].', [['Lim Guan Eng', 'SAY', 'name']]],
    ['kata with title before the name', '“Itu keputusan muktamad,” kata Ketua Polis, [[Razak Ali|PER]].', [['Razak Ali', 'SAY', 'name']]],
    ['menurut X at the start', 'Menurut [[Siti Aminah|PER]], harga beras akan naik bulan depan.', [['Siti Aminah', 'SAY', 'name']]],
    [
      'menurut with a described speaker (seorang penganalisis, Dr X)',
      'Menurut seorang penganalisis, Dr [[Wong Mei Ling|PER]], pasaran akan pulih.',
      [['Wong Mei Ling', 'SAY', 'name']],
    ],
    ['clause-initial Tambah X', 'Tambah [[Rahim Noor|PER]], bot nelayan akan dibaiki.', [['Rahim Noor', 'SAY', 'name']]],
    [
      'kata beliau: the person pronoun after the verb',
      '[[Rahim Noor|PER]] melawat tapak projek itu. “Kerja akan siap bulan depan,” kata beliau.',
      [['Rahim Noor', 'SAY', 'pronoun']],
    ],
    [
      'titah baginda: the royal pronoun after the verb',
      '[[Sultan Ibrahim|PER]] berangkat ke majlis itu. “Rakyat perlu hidup bersatu padu,” titah baginda.',
      [['Sultan Ibrahim', 'SAY', 'pronoun']],
    ],
    ['idiom dengan kata lain is no statement', 'Dengan kata lain, [[Sabah|LOC]] perlu bersedia.', []],
    ['adjective jelas is no statement', 'Keputusan [[Mahkamah Tinggi|ORG]] jelas menunjukkan kesilapan itu.', []],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('pronoun and description speakers point at the entity they refer to (speaker_via pronoun)', () => {
  it.each([
    [
      'katanya after a named statement',
      '[[Ahmad Zaki|PER]] berkata projek itu siap. “Kami bangga dengan pencapaian ini,” katanya.',
      [
        ['Ahmad Zaki', 'SAY', 'name'],
        ['Ahmad Zaki', 'SAY', 'pronoun'],
      ],
    ],
    [
      'sentence-initial Katanya',
      '[[Siti Aminah|PER]] berkata stok mencukupi. Katanya, bekalan tiba esok.',
      [
        ['Siti Aminah', 'SAY', 'name'],
        ['Siti Aminah', 'SAY', 'pronoun'],
      ],
    ],
    [
      'menurutnya',
      'Menurut [[Siti Aminah|PER]], harga naik. Menurutnya, petani terjejas.',
      [
        ['Siti Aminah', 'SAY', 'name'],
        ['Siti Aminah', 'SAY', 'pronoun'],
      ],
    ],
    [
      'tegasnya (clitic-only trigger)',
      '[[Azman Idris|PER]] berkata pasukan itu kuat. Kekalahan itu, tegasnya, bukan alasan.',
      [
        ['Azman Idris', 'SAY', 'name'],
        ['Azman Idris', 'SAY', 'pronoun'],
      ],
    ],
    [
      'beliau berkata: the person named before',
      'Jurulatih [[Azman Idris|PER]] hadir ke sesi latihan itu. Beliau berkata pemain sudah bersedia.',
      [['Azman Idris', 'SAY', 'pronoun']],
    ],
    [
      'beliau right after a name in the same sentence',
      '[[Siti Aminah|PER]] berkata stok cukup. Lain pula pandangan Exco, [[Rahim Noor|PER]] apabila beliau berkata stok berkurang.',
      [
        ['Siti Aminah', 'SAY', 'name'],
        ['Rahim Noor', 'SAY', 'pronoun'],
      ],
    ],
    [
      'kementerian itu: the last ministry named',
      '[[Kementerian Pendidikan|ORG]] mengumumkan cuti tambahan. Kementerian itu berkata sekolah dibuka semula Isnin.',
      [
        ['Kementerian Pendidikan', 'SAY', 'name'],
        ['Kementerian Pendidikan', 'SAY', 'pronoun'],
      ],
    ],
    [
      'kata kementerian X: head noun with a place points at that ministry',
      '[[Kementerian Luar Jepun|ORG]] mengecam ujian itu. Ujian itu berbahaya, kata kementerian [[Jepun|LOC]].',
      [
        ['Kementerian Luar Jepun', 'CRITICISE', 'name'],
        ['Kementerian Luar Jepun', 'SAY', 'pronoun'],
      ],
    ],
    [
      'role description (pemimpin itu)',
      '[[Anwar Ibrahim|PER]] tiba di Kuching. Pemimpin itu menegaskan rakyat perlu bersatu.',
      [['Anwar Ibrahim', 'SAY', 'pronoun']],
    ],
    [
      'definite description of an organisation (kerajaan negeri)',
      '[[Kerajaan Negeri Johor|ORG]] bermesyuarat semalam. Selepas itu, kerajaan negeri berjanji membaiki jalan.',
      [['Kerajaan Negeri Johor', 'INTEND', 'pronoun']],
    ],
    [
      'ia in a bahawa clause is the reporting subject',
      '[[Indonesia|LOC]] berkata bahawa ia bersetuju untuk meneruskan rundingan.',
      [
        ['Indonesia', 'SAY', 'name'],
        ['Indonesia', 'INTEND', 'pronoun'],
      ],
    ],
    [
      'elided subject of a coordinated verb (dan berkata)',
      '[[Vietnam|LOC]] berkata [[Rosli Hamid|PER]] mengesahkan kesediaannya untuk hadir dan berkata beliau gembira.',
      [
        ['Vietnam', 'SAY', 'name'],
        ['Rosli Hamid', 'INTEND', 'name'],
        ['Rosli Hamid', 'SAY', 'pronoun'],
      ],
    ],
    [
      'first person inside a quotation is its quoted speaker (saya minta ..., kata X)',
      '“Saya minta [[Jabatan Kerja Raya|ORG]] membaiki jalan itu segera,” kata [[Ahmad Zaki|PER]].',
      [
        ['Ahmad Zaki', 'APPEAL', 'pronoun'],
        ['Ahmad Zaki', 'SAY', 'name'],
      ],
    ],
    [
      'a quotation left open runs on to the next paragraph and its attribution',
      '[[Ahmad Zaki|PER]] hadir.\n\n“Saya minta [[Jabatan Kerja Raya|ORG]] bertindak.\n\n“Jalan itu berbahaya,” katanya.',
      [
        ['Ahmad Zaki', 'APPEAL', 'pronoun'],
        ['Ahmad Zaki', 'SAY', 'pronoun'],
      ],
    ],
    [
      'a statement reported inside a quotation does not become the current speaker',
      '[[Ahmad Zaki|PER]] berkata jalan rosak. “[[Jabatan Kerja Raya|ORG]] sedia membaiki jalan itu,” katanya.',
      [
        ['Ahmad Zaki', 'SAY', 'name'],
        ['Jabatan Kerja Raya', 'INTEND', 'name'],
        ['Ahmad Zaki', 'SAY', 'pronoun'],
      ],
    ],
    [
      'a post-posed attribution is the current speaker, not the statement it reports',
      '[[Jepun|LOC]] menyatakan ‘terima kasih’ kepada [[Malaysia|LOC]], kata kementerian [[Malaysia|LOC]]. Ia berkata rundingan berjaya.',
      [
        ['Jepun', 'PRAISE', 'name'],
        ['Kementerian Luar Malaysia', 'SAY', 'pronoun'],
        ['Kementerian Luar Malaysia', 'SAY', 'pronoun'],
      ],
    ],
    [
      'a bare role as subject, no name and no demonstrative (timbalan menteri turut berkata)',
      'Timbalan Menteri Kesihatan, [[Lee Boon Chye|PER]] melawat hospital itu. Timbalan menteri turut berkata wad baharu siap bulan depan.',
      [['Lee Boon Chye', 'SAY', 'pronoun']],
    ],
    [
      'a role points at the person named with that title, not at the last one quoted',
      'Menteri Besar, [[Ahmad Zaki|PER]] merasmikan jambatan itu. “Ia siap awal,” kata jurutera, [[Rahim Noor|PER]]. Menteri besar itu berkata kos dijimatkan.',
      [
        ['Rahim Noor', 'SAY', 'name'],
        ['Ahmad Zaki', 'SAY', 'pronoun'],
      ],
    ],
    [
      'a deputy is not the office he deputises (perdana menteri vs Timbalan Perdana Menteri)',
      'Perdana Menteri, [[Ahmad Zaki|PER]] tiba. Timbalan Perdana Menteri, [[Rahim Noor|PER]] pula hadir. Perdana menteri berkata rakyat perlu bersatu.',
      [['Ahmad Zaki', 'SAY', 'pronoun']],
    ],
    ['mereka (plural) is left unresolved', '[[Ali Hassan|PER]] dan rakannya tiba. Mereka berkata perjalanan lancar.', []],
  ])('%s', (_name, text, expected) => {
    const t = text.includes('kementerian [[Malaysia') ? `[[Kementerian Luar Malaysia|ORG]] bersidang. ${text}` : text;
    const got = statements(t).filter((s) => !(t !== text && s[0] === 'Kementerian Luar Malaysia' && s[2] === 'name'));
    expect(got).toEqual(expected);
  });
});

describe('act and CAMEO code from the trigger and its object', () => {
  it.each([
    ['SAY 010 mengumumkan', '[[Tenaga Nasional|ORG]] mengumumkan tarif baharu.', 'SAY', '010'],
    ['DENY 016 menafikan', '[[Rusia|LOC]] menafikan laporan itu.', 'DENY', '016'],
    ['DENY 016 menolak dakwaan (object-sensitive menolak)', '[[Rusia|LOC]] menolak dakwaan itu.', 'DENY', '016'],
    ['REJECT 120 menolak a proposal', '[[Rusia|LOC]] menolak cadangan itu.', 'REJECT', '120'],
    ['APPEAL 020 menyeru', '[[Mufti Perak|PER]] menyeru umat Islam bersabar.', 'APPEAL', '020'],
    ['INTEND 030 bersetuju untuk', '[[Thailand|LOC]] bersetuju untuk membuka sempadan.', 'INTEND', '030'],
    ['INTEND 030 bersetuju and a verb (no untuk)', '[[Majlis Daerah Kulai|ORG]] bersetuju menubuhkan jawatankuasa khas.', 'INTEND', '030'],
    ['INTEND 030 setuju in speech', '[[Rahman Ali|PER]] setuju melantik pegawai baharu bulan depan.', 'INTEND', '030'],
    ['INTEND 030 bersedia and a verb', '[[Kelab Belia Tanjung|ORG]] bersedia menerima ahli baharu tahun ini.', 'INTEND', '030'],
    ['INTEND 030 komited and a verb', '[[Persatuan Nelayan Kuala Kedah|ORG]] komited memperjuangkan nasib ahlinya.', 'INTEND', '030'],
    [
      'INTEND 030 mengesahkan kesediaannya (clitic on the object)',
      '[[Brunei|LOC]] mengesahkan kesediaannya untuk menjadi tuan rumah.',
      'INTEND',
      '030',
    ],
    [
      'INTEND 030 menyatakan “keinginan ...” (object-sensitive menyatakan, quote between)',
      '[[Laos|LOC]] menyatakan “keinginan kuat untuk bekerjasama”.',
      'INTEND',
      '030',
    ],
    ['PRAISE 051 memuji', '[[Singapura|LOC]] memuji usaha itu.', 'PRAISE', '051'],
    ['INTEND 030 memberi komitmen', '[[Syarikat Maju Jaya|ORG]] memberi komitmen untuk membina sekolah itu.', 'INTEND', '030'],
    ['INTEND 030 menyatakan komitmen', '[[Brunei|LOC]] menyatakan komitmen penuh untuk bekerjasama.', 'INTEND', '030'],
    ['INTEND 030 menyuarakan hasrat', '[[Rahman Ali|PER]] menyuarakan hasrat untuk bertanding semula.', 'INTEND', '030'],
    ['CRITICISE 111 melahirkan rasa kesal', '[[Siti Aminah|PER]] melahirkan rasa kesal terhadap sikap kontraktor itu.', 'CRITICISE', '111'],
    ['SAY 010 yakin (a stated confidence)', '[[Rahman Ali|PER]] yakin projek itu siap tahun depan.', 'SAY', '010'],
    ['SAY 010 membangkitkan (raising a matter)', '[[Siti Aminah|PER]] membangkitkan isu harga beras di dewan.', 'SAY', '010'],
    [
      'SAY 010 mengeluarkan kenyataan (its subject speaks)',
      '[[Majlis Daerah Kulai|ORG]] mengeluarkan kenyataan mengenai banjir itu.',
      'SAY',
      '010',
    ],
    [
      'PRAISE 051 menyatakan sokongan (verbal support)',
      '[[Kelab Belia Tanjung|ORG]] menyatakan sokongan penuh kepada program itu.',
      'PRAISE',
      '051',
    ],
    ['APPEAL 020 saranan X (the noun of menyarankan)', 'Saranan [[Rahman Ali|PER]] itu disambut oleh penduduk.', 'APPEAL', '020'],
    [
      'PRAISE 051 menyatakan ‘terima kasih’ (object-sensitive)',
      '[[Jepun|LOC]] menyatakan ‘terima kasih yang mendalam’ kepada [[Malaysia|LOC]].',
      'PRAISE',
      '051',
    ],
    [
      'PRAISE 051 mengucapkan ribuan terima kasih (gap of one word)',
      '[[Sabah|LOC]] mengucapkan ribuan terima kasih kepada penderma.',
      'PRAISE',
      '051',
    ],
    ['DEMAND 100 mendesak', '[[Kesatuan Sekerja|ORG]] mendesak majikan menaikkan gaji.', 'DEMAND', '100'],
    ['CRITICISE 111 mengecam', '[[Parti Hijau|ORG]] mengecam pembalakan itu.', 'CRITICISE', '111'],
    [
      'CRITICISE 111 menyatakan ‘kebimbangan serius’ (object-sensitive)',
      '[[Korea Selatan|LOC]] menyatakan ‘kebimbangan serius’ terhadap [[China|LOC]].',
      'CRITICISE',
      '111',
    ],
    ['ACCUSE 112 menuduh', '[[India|LOC]] menuduh [[Pakistan|LOC]] melanggar gencatan senjata.', 'ACCUSE', '112'],
    ['THREATEN 130 memberi amaran', '[[Iran|LOC]] memberi amaran kepada kapal asing.', 'THREATEN', '130'],
  ])('%s', (_name, text, act, cameo) => {
    const { rels } = relations(text);
    const st = rels.filter((r) => r.type === 'STATEMENT');
    expect(st.map((r) => (r.type === 'STATEMENT' ? [r.act, r.cameo] : []))).toEqual([[act, cameo]]);
  });

  it.each([
    ['negated denial (tidak menafikan)', '[[Ali Hassan|PER]] tidak menafikan perkara itu.'],
    ['negated with a hedge (bukan mahu menafikan)', '“Saya bukan mahu menafikan hubungan itu,” kata [[Ali Hassan|PER]].'],
  ])('%s is not a denial', (_name, text) => {
    expect(statements(text).filter((s) => s[1] === 'DENY')).toEqual([]);
  });
});

describe('nouns with an agent: "tuduhan oleh X dan Y", "kenyataan X"', () => {
  it.each([
    [
      'tuduhan oleh X dan Y: two accusers',
      '[[Myanmar|LOC]] menafikan tuduhan oleh [[Bangladesh|LOC]] dan [[India|LOC]] mengenai kem itu.',
      [
        ['Myanmar', 'DENY', 'name'],
        ['Bangladesh', 'ACCUSE', 'name'],
        ['India', 'ACCUSE', 'name'],
      ],
    ],
    [
      'kenyataan with a titled genitive',
      'Beliau mengulas kenyataan Menteri Kewangan, Datuk [[Rosli Hamid|PER]] semalam.',
      [['Rosli Hamid', 'SAY', 'name']],
    ],
    ['noun without an agent names no one', 'Dakwaan itu tidak berasas.', []],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});

describe('target and content spans', () => {
  it('target of an appeal is the object, after the quote marks', () => {
    const { rels, text } = relations('[[Korea Selatan|LOC]] menggesa [[Majlis Keselamatan PBB|ORG]] ‘untuk bertindak’ segera.');
    const r = rels[0]!;
    expect(r.type === 'STATEMENT' && r.target?.text).toBe('Majlis Keselamatan PBB');
    expect(r.type === 'STATEMENT' && r.target && text.slice(r.target.start, r.target.end)).toBe('Majlis Keselamatan PBB');
  });
  it('target after kepada', () => {
    const { rels } = relations('[[Jepun|LOC]] menyatakan ‘terima kasih’ kepada [[Malaysia|LOC]] atas bantuan itu.');
    expect(rels[0]?.type === 'STATEMENT' && rels[0].target?.text).toBe('Malaysia');
  });
  it('content of a post-posed attribution is the quotation', () => {
    const { rels } = relations('“Bantuan untuk mangsa banjir sudah tiba,” kata [[Lim Guan Eng|PER]].');
    expect(rels[0]?.type === 'STATEMENT' && rels[0].content?.text).toBe('Bantuan untuk mangsa banjir sudah tiba');
  });
  it('content of a royal attribution, titah X after a quotation, is the quotation', () => {
    const { rels } = relations('“Rakyat perlu hidup bersatu padu,” titah [[Sultan Ibrahim|PER]] semalam.');
    expect(rels.map((r) => r.type === 'STATEMENT' && [r.speaker.text, r.act, r.content?.text])).toEqual([
      ['Sultan Ibrahim', 'SAY', 'Rakyat perlu hidup bersatu padu'],
    ]);
  });
  it('content of a reporting verb is the clause after it', () => {
    const { rels } = relations('[[Ahmad Zaki|PER]] berkata, jambatan itu siap bulan depan.');
    expect(rels[0]?.type === 'STATEMENT' && rels[0].content?.text).toBe('jambatan itu siap bulan depan');
  });
  it('every span is a slice of the input', () => {
    const { rels, text } = relations(
      '“Saya minta [[Jabatan Kerja Raya|ORG]] bertindak,” kata [[Ahmad Zaki|PER]]. [[Rusia|LOC]] dan [[China|LOC]] menafikan tuduhan oleh [[Jepun|LOC]].',
    );
    for (const r of rels) {
      const spans = r.type === 'STATEMENT' ? [r.trigger, r.speaker, r.target, r.content] : [r.trigger, ...r.participants, r.place, r.time];
      for (const s of spans) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('"berkata demikian": the statements before, told again (ANNOTATION §4)', () => {
  it.each([
    [
      'the speaker of "berkata demikian" says nothing new',
      '“Jambatan itu akan siap tahun depan,” kata [[Ahmad Zaki|PER]]. [[Ahmad Zaki|PER]] berkata demikian ketika melawat tapak projek.',
      [['Ahmad Zaki', 'SAY', 'name']],
    ],
    [
      'but is the one speaking afterwards ("katanya")',
      '[[Siti Aminah|PER]] berkata demikian selepas mesyuarat. “Kami akan membantu,” katanya.',
      [['Siti Aminah', 'SAY', 'pronoun']],
    ],
    [
      '"berkata" before any other word still reports',
      '[[Siti Aminah|PER]] berkata bantuan akan disalurkan minggu depan.',
      [['Siti Aminah', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
