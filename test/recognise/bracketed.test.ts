// A name that goes on after its bracketed short form ("Barisan Nasional (BN) Johor") is proposed
// as one organisation (src/recognise/propose/bracketed.ts); a short form after a complete name
// followed by a title, a lower-case word or the end of the sentence is not.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/gazetteer/index.js';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { propose } from '../../src/recognise/index.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import { segment } from '../../src/tokenize/index.js';

const lexicon = loadBundledLexicon();
const res = { gazetteer: buildGazetteer(lexicon), words: buildWordKnowledge(lexicon) };
const bracketed = (text: string): string[] =>
  propose(text, segment(text), res)
    .proposals.filter((m) => m.by === 'bracketed')
    .map((m) => text.slice(m.start, m.end));

describe('a name that goes on after its bracketed short form', () => {
  it.each([
    ['a party and its state chapter', 'Mesyuarat Barisan Nasional (BN) Johor diadakan semalam.', 'Barisan Nasional (BN) Johor'],
    [
      'a university and its campus',
      'Pelajar Universiti Teknologi Mara (UiTM) Sabah menang pertandingan itu.',
      'Universiti Teknologi Mara (UiTM) Sabah',
    ],
    [
      'a school (a place noun) and its name',
      'Guru Sekolah Menengah Kebangsaan (SMK) Bukit Jalil bersara.',
      'Sekolah Menengah Kebangsaan (SMK) Bukit Jalil',
    ],
    ['a ministry and its branch', 'Pegawai Kementerian Kesihatan (KKM) Negeri Kedah hadir.', 'Kementerian Kesihatan (KKM) Negeri Kedah'],
  ])('%s', (_name, text, span) => {
    expect(bracketed(text)).toContain(span);
  });

  it.each([
    ['a title after the short form', 'Jurucakap Kementerian Kesihatan (KKM) Datuk Ali berkata begitu.'],
    ['a lower-case word after the short form', 'Kementerian Kesihatan (KKM) berkata begitu.'],
    ['the end of the sentence after the short form', 'Beliau menyertai Kementerian Kesihatan (KKM).'],
    ['a new line after the short form', 'Beliau dari Kementerian Kesihatan (KKM)\nSabah menang.'],
  ])('none with %s', (_name, text) => {
    expect(bracketed(text)).toEqual([]);
  });
});
