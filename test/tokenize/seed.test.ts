// The seed article (read from ../shared at run time, never copied): the tokenizer cases of
// issue #2 that occur in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/tokenize/index.js';
import type { DatelineUnit } from '../../src/types.js';
import { hasShared, SEED } from '../shared.js';

describe.skipIf(!hasShared)('seed article (../shared/seed/seed.txt)', () => {
  const text = hasShared ? readFileSync(SEED, 'utf8') : '';
  const seg = segment(text);
  const tokenTexts = seg.tokens.map((t) => t.text);
  const unitTexts = (kind: string) => seg.units.filter((u) => u.kind === kind).map((u) => u.text);

  it('datelines PYONGYANG, 21 JAN – and COLOMBO, 26 JULAI – with place and date', () => {
    const d = seg.units.filter((u): u is DatelineUnit => u.kind === 'dateline');
    expect(d.map((u) => [u.place.text, u.date?.text, u.value])).toEqual([
      ['PYONGYANG', '21 JAN', '--01-21'],
      ['COLOMBO', '26 JULAI', '--07-26'],
    ]);
  });

  it.each(['hari ini', 'minggu lalu', 'September lalu', '14 Januari', 'Khamis lalu', '16 Januari 2024', 'Saturday, July 27, 2024'])(
    'date expression %s is a unit',
    (expr) => {
      expect(unitTexts('date')).toContain(expr);
    },
  );

  it('27.1 C is a quantity', () => {
    expect(unitTexts('quantity')).toEqual(['27.1 C']);
  });

  it.each(['kedua-dua', 'Kedua-dua', 'kedua-duanya', 'baru-baru'])('reduplication %s is one token', (w) => {
    const t = seg.tokens.find((x) => x.text === w);
    expect(t?.reduplication).toBeDefined();
  });

  it.each(['kesediaannya', 'perangnya', 'senjatanya', 'hubungannya', 'Asianya'])('%s carries the clitic -nya', (w) => {
    expect(seg.tokens.find((x) => x.text === w)?.clitics?.[0]?.form).toBe('nya');
  });

  it('curly quotes around ‘tarikh awal’ are punctuation tokens', () => {
    const i = tokenTexts.indexOf('tarikh');
    expect(tokenTexts.slice(i - 1, i + 3)).toEqual(['‘', 'tarikh', 'awal', '’']);
  });

  it('the credit "– AP" is a dash and the agency name', () => {
    const i = tokenTexts.indexOf('AP');
    expect(tokenTexts.slice(i - 1, i + 1)).toEqual(['–', 'AP']);
  });

  it('names with commas stay separate tokens: Korea Utara , Choe Son Hui', () => {
    const i = tokenTexts.indexOf('Choe');
    expect(tokenTexts.slice(i - 3, i + 3)).toEqual(['Korea', 'Utara', ',', 'Choe', 'Son', 'Hui']);
  });

  it('the dateline opens the first sentence of the story', () => {
    expect(seg.sentences.some((s) => s.text.startsWith('PYONGYANG, 21 JAN – Korea Utara berkata'))).toBe(true);
  });
});
