// The speaker ranker's working space: a pipeline keeps it from document to document unless a
// very large document grew it past what a pipeline keeps (src/support/kept-buffers.ts).
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { scratchTooLarge, speakerScratch } from '../../src/relations/speaker.js';
import { MAX_KEPT_ENTRIES } from '../../src/support/kept-buffers.js';

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
