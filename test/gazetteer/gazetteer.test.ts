import { describe, expect, it } from 'vitest';
import { buildGazetteer, matchGazetteer } from '../../src/gazetteer/index.js';
import { createLexicon, type LexiconEntry, loadBundledLexicon } from '../../src/lexicon/index.js';
import { segment } from '../../src/tokenize/index.js';

const entry = (id: string, label: LexiconEntry['label'], name: string, aliases: string[] = []): LexiconEntry => ({
  id,
  label,
  name,
  aliases,
  source: 'test fixture',
});
const lexicon = createLexicon(
  [
    entry('KP', 'LOC', 'Korea Utara', ['KOREA UTARA']),
    entry('KR', 'LOC', 'Korea Selatan'),
    entry('x:korea', 'LOC', 'Korea'),
    entry('AS', 'LOC', 'Asia'),
    entry('SEL', 'LOC', 'Selangor'),
    entry('KL', 'LOC', 'Kuala Lumpur'),
  ],
  loadBundledLexicon().words,
  'test',
);
const gaz = buildGazetteer(lexicon);
const matches = (text: string) =>
  matchGazetteer(text, segment(text).columns, gaz).map((m) => [text.slice(m.start, m.end), m.candidates[0]?.id, m.caseFolded]);

describe('gazetteer matching over tokens', () => {
  it('takes the longest alias from each start (Korea Utara, not Korea)', () => {
    expect(matches('Pegawai Korea Utara tiba.')).toEqual([['Korea Utara', 'KP', false]]);
  });
  it('is case-sensitive: an ordinary lower-case word is no match', () => {
    expect(matches('korea utara')).toEqual([]);
  });
  it('matches ALL-CAPS datelines and headlines through the folded trie', () => {
    expect(matches('KUALA LUMPUR, 3 Mac')).toEqual([['KUALA LUMPUR', 'KL', true]]);
  });
  it('ends a match at the stem of a word with a clitic (Asianya -> Asia)', () => {
    expect(matches('sekutu Asianya')).toEqual([['Asia', 'AS', false]]);
  });
  it('ignores soft hyphens inside a name (Se\\u00adlangor)', () => {
    expect(matches('negeri Se\u00adlangor')).toEqual([['Se\u00adlangor', 'SEL', false]]);
  });
  it('does not match across a line break', () => {
    expect(matches('Korea\nUtara')).toEqual([['Korea', 'x:korea', false]]);
  });
});
