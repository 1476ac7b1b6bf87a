import { describe, expect, it } from 'vitest';
import { mayHaveClitics, mayHaveCliticsIn } from '../../src/tokenize/clitics.js';
import { tokenOf } from './helpers.js';

describe('enclitics -nya, -lah, -kah, -pun, -tah, -ku, -mu are sub-spans of their word', () => {
  it.each([
    ['perangnya', 'nya', 'perang'],
    ['kesediaannya', 'nya', 'kesediaan'],
    ['Menterinya', 'nya', 'menteri'],
    ['katanya', 'nya', 'kata'],
    ['dialah', 'lah', 'dia'],
    ['bukankah', 'kah', 'bukan'],
    ['Apakah', 'kah', 'apa'],
    ['kerajaanpun', 'pun', 'kerajaan'],
    ['apatah', 'tah', 'apa'],
    ['rumahku', 'ku', 'rumah'],
    ['bukumu', 'mu', 'buku'],
  ])('%s ends in -%s', (word, form, stem) => {
    const s = `Itu ${word} juga.`;
    const t = tokenOf(s, word);
    expect(t.clitics?.map((c) => c.form)).toEqual([form]);
    expect(t.stem).toBe(stem);
    const c = t.clitics![0]!;
    expect(s.slice(c.start, c.end)).toBe(c.text);
    expect(c.end).toBe(t.end);
  });
});

describe('words that only look like word + clitic keep their ending', () => {
  it.each([
    'walaupun',
    'meskipun',
    'bagaimanapun',
    'sekolah',
    'masalah',
    'telah',
    'salah',
    'bersekolah',
    'langkah',
    'nikah',
    'tanya',
    'bertanya',
    'hanya',
    'punya',
    'Kenya',
    'ampun',
    'berhimpun',
    'perintah',
    'pemerintah',
    'mentah',
    'buku',
    'ilmu',
    'bertemu',
    'Abdullah',
    'Makkah',
    'Mekah',
    'Allah',
  ])('%s has no clitic', (word) => {
    const t = tokenOf(`Itu ${word} juga.`, word);
    expect(t.clitics).toBeUndefined();
    expect(t.stem).toBeUndefined();
  });
});

describe('two enclitics stack: -nya then -lah/-pun', () => {
  it('katanyalah', () => {
    const t = tokenOf('Begitu katanyalah.', 'katanyalah');
    expect(t.clitics?.map((c) => c.form)).toEqual(['nya', 'lah']);
    expect(t.stem).toBe('kata');
  });
});

describe('proclitics ku- and kau- on a root verb', () => {
  it.each([
    ['kubawa', 'ku', 'bawa'],
    ['kaulihat', 'kau', 'lihat'],
  ])('%s starts with %s-', (word, form, stem) => {
    const t = tokenOf(`Buku itu ${word} semalam.`, word);
    expect(t.clitics?.[0]).toMatchObject({ form, position: 'proclitic', text: form });
    expect(t.stem).toBe(stem);
  });
  it.each(['kuasa', 'kuat', 'kaum', 'kumpulan', 'Kuala', 'kurang'])('%s is a word, not ku- + root', (word) => {
    expect(tokenOf(`Itu ${word} juga.`, word).clitics).toBeUndefined();
  });
});

describe('clitics on reduplicated words attach to the last part', () => {
  it('kanak-kanaknya', () => {
    const t = tokenOf('Semua kanak-kanaknya hadir.', 'kanak-kanaknya');
    expect(t.clitics?.map((c) => c.form)).toEqual(['nya']);
    expect(t.reduplication).toBe('full');
  });
});

describe('the in-place clitic test of a letters-only word agrees with the test of its lower case', () => {
  // every ending and start the test knows, near misses of each, and short words, in three cases
  const words = [
    'rumahnya',
    'rumahnia',
    'rumahya',
    'nya',
    'anya',
    'dialah',
    'ialah',
    'tidakkah',
    'apatah',
    'rumahah',
    'kerajaanpun',
    'ampun',
    'rumun',
    'bukuku',
    'bukumu',
    'buku',
    'kuasa',
    'kau',
    'kaum',
    'kabut',
    'kubawa',
    'kautulis',
    'kita',
    'jalan',
    'data',
    'pula',
    'ku',
    'a',
    'ab',
    'abc',
    'lah',
    'milah',
  ];
  const variants = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]);
  it.each(variants)('%s', (w) => {
    const text = `(${w})`;
    expect(mayHaveCliticsIn(text, 1, 1 + w.length)).toBe(mayHaveClitics(w.toLowerCase()));
  });
});
