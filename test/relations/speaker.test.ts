// The speaker ranker's working space: a pipeline keeps it from document to document unless a
// very large document grew it past what a pipeline keeps (src/support/kept-buffers.ts). A dateline
// ("SEREMBAN –", "KUALA LUMPUR, 3 Jan") is never a candidate. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { buildDoc } from '../../src/relations/doc.js';
import { LEXICON } from '../../src/relations/index.js';
import { isDateline, scratchTooLarge, speakerScratch } from '../../src/relations/speaker.js';
import { MAX_KEPT_ENTRIES } from '../../src/support/kept-buffers.js';
import { segment } from '../../src/tokenize/index.js';
import { parse, statements } from './helpers.js';

describe('a scratch too large to keep', () => {
  it.each([
    ['a new scratch', () => speakerScratch(), false],
    ['bytes at the bound', () => ({ ...speakerScratch(), byteBuf: new Uint8Array(MAX_KEPT_ENTRIES) }), false],
    ['bytes past the bound', () => ({ ...speakerScratch(), byteBuf: new Uint8Array(MAX_KEPT_ENTRIES + 1) }), true],
    ['hashes past the bound', () => ({ ...speakerScratch(), hashBuf: new Uint32Array(MAX_KEPT_ENTRIES + 1) }), true],
    ['ints past the bound', () => ({ ...speakerScratch(), intBuf: new Int32Array(MAX_KEPT_ENTRIES + 1) }), true],
    ['stamps past the bound', () => ({ ...speakerScratch(), stampBuf: new Int32Array(MAX_KEPT_ENTRIES + 1) }), true],
  ])('%s', (_name, make, want) => {
    expect(scratchTooLarge(make())).toBe(want);
  });

  it('a pipeline gives the same statements after a document that outgrew the scratch', () => {
    const article = '“Kami akan hadir,” kata Ahmad Zahid Hamidi di Kuala Lumpur. Beliau berkata Anwar Ibrahim bersetuju. ';
    // (about 60 hash entries an article: its tokens, and fifteen for each of its entities)
    const large = article.repeat(Math.ceil((MAX_KEPT_ENTRIES + 1) / 40));
    const p = createPipeline({ maxLength: 50_000_000 });
    const before = p.extract(article).relations;
    expect(before.length).toBeGreaterThan(0);
    p.extract(large);
    expect(p.extract(article).relations).toEqual(before);
  });
});

describe('a dateline: a place in capitals heading the first sentence', () => {
  const datelineAt0 = (marked: string): boolean => {
    const { text, entities } = parse(marked);
    return isDateline(buildDoc(text, segment(text), entities, LEXICON), 0);
  };
  it.each([
    ['before a comma and a date', '[[KUALA LUMPUR|LOC]], 3 Jan - Seorang guru berkata.', true],
    ['before a date', '[[KUALA LUMPUR|LOC]] 2 Dis. - Seorang guru berkata.', true],
    ['before a dash', '[[SEREMBAN|LOC]] - Seorang bapa merayu pihak sekolah membantu.', true],
    ['before an en dash', '[[SEREMBAN|LOC]] – Seorang bapa merayu pihak sekolah membantu.', true],
    ['before a colon', '[[PETALING JAYA|LOC]]: Seorang bapa merayu pihak sekolah membantu.', true],
    ['written as a name', '[[Seremban|LOC]] - bandar itu semakin sesak.', false],
    ['a subject in capitals', '[[MALAYSIA|LOC]] menolak cadangan itu.', false],
  ])('%s', (_name, text, want) => {
    expect(datelineAt0(text)).toBe(want);
  });
});

describe('a dateline is never the subject the rules find', () => {
  it.each([
    ['before a date and a dash', '[[TAPAH|LOC]] 3 Mac. - Kerajaan berharap hasil padi meningkat tahun ini.', []],
    ['before an en dash', '[[TAPAH|LOC]] – Kerajaan menegaskan harga beras tidak akan naik.', []],
    [
      'a subject after it still speaks',
      '[[TAPAH|LOC]] - [[Majlis Daerah Tapah|ORG]] menegaskan harga sewa gerai tidak akan naik.',
      [['Majlis Daerah Tapah', 'SAY', 'name']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
