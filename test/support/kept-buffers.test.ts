// What a pipeline keeps between documents: working buffers up to MAX_KEPT_ENTRIES, and a
// document larger than that is worked in buffers of its own. Either way a document's result
// does not depend on the documents before it. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import { keepable, MAX_KEPT_ENTRIES } from '../../src/support/kept-buffers.js';

describe('keepable', () => {
  it.each([
    [0, true],
    [MAX_KEPT_ENTRIES, true],
    [MAX_KEPT_ENTRIES + 1, false],
  ])('%d entries: kept %s', (n, kept) => {
    expect(keepable(n)).toBe(kept);
  });
});

const ARTICLE =
  'KUALA LUMPUR, 3 Mac – Menteri Besar Selangor, Datuk Seri Rahman Ali berkata kerajaan negeri akan membina jambatan baharu. ' +
  '“Kami mahu projek ini siap tahun depan,” katanya selepas bertemu dengan Pengerusi Majlis Daerah Kulai, Siti Aminah di Shah Alam. ';
const OTHER = 'Presiden Persatuan Nelayan Malaysia, Ahmad Zaki menggesa Kementerian Pertanian menurunkan harga baja.';

describe('a document after a very large one gives the result it gives alone', () => {
  // large enough that its per-token arrays pass MAX_KEPT_ENTRIES (six numbers a token)
  const large = ARTICLE.repeat(Math.ceil((MAX_KEPT_ENTRIES / 6 / 40) * 1.2));
  it('small, large, small again: each as from a fresh pipeline', () => {
    const fields = ['tokens', 'entities', 'relations'] as const;
    const fresh = (t: string) => createPipeline({ maxLength: 10_000_000 }).extract(t, { fields: [...fields] });
    const p = createPipeline({ maxLength: 10_000_000 });
    const first = p.extract(OTHER, { fields: [...fields] });
    const big = p.extract(large, { fields: [...fields] });
    const again = p.extract(ARTICLE, { fields: [...fields] });
    expect(first).toEqual(fresh(OTHER));
    expect(again).toEqual(fresh(ARTICLE));
    expect(big.tokens!.length * 6).toBeGreaterThan(MAX_KEPT_ENTRIES);
    expect(big.entities.length).toBeGreaterThan(0);
  }, 60_000);
});
