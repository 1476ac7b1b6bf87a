import { describe, expect, it } from 'vitest';
import { reduplicationOf } from '../../src/tokenize/reduplication.js';
import { texts, tokenOf } from './helpers.js';

describe('reduplication stays one token', () => {
  it.each([
    ['kedua-dua', 'affixed'],
    ['negara-negara', 'full'],
    ['kanak-kanak', 'full'],
    ['sama-sama', 'full'],
    ['beramai-ramai', 'affixed'],
    ['Negara-Negara', 'full'],
    ['sayur-mayur', 'rhyming'],
    ['kuih-muih', 'rhyming'],
    ['bermaaf-maafan', 'affixed'],
    ['kedua-duanya', 'affixed'],
  ])('%s is one reduplicated word (%s)', (word, kind) => {
    const s = `Mereka ${word} hadir.`;
    expect(texts(s)).toEqual(['Mereka', word, 'hadir', '.']);
    expect(tokenOf(s, word).reduplication).toBe(kind);
  });
});

describe('hyphenated names and prefixes stay one token without being reduplication', () => {
  it.each([
    ['Go-onger', 'word'],
    ['pasca-pilihan', 'word'],
    ['ke-14', 'ordinal'],
    ['Al-Sultan', 'word'],
    ['COVID-19', 'word'],
    ['anti-rasuah', 'word'],
  ])('%s', (word, kind) => {
    const s = `Itu ${word} raya.`;
    expect(texts(s)).toContain(word);
    const t = tokenOf(s, word);
    expect(t.kind).toBe(kind);
    expect(t.reduplication).toBeUndefined();
  });
});

describe('two different proper names joined by a hyphen are split', () => {
  it.each([
    ['hubungan Malaysia-Singapura', ['hubungan', 'Malaysia', '-', 'Singapura']],
    ['gabungan PH-BN', ['gabungan', 'PH', '-', 'BN']],
    ['Sidang Kemuncak ASEAN-China', ['Sidang', 'Kemuncak', 'ASEAN', '-', 'China']],
  ])('%s', (s, expected) => {
    expect(texts(s)).toEqual(expected);
  });
});

describe('a stance prefix written onto a name is split from it (pro-Rusia, anti-Israel)', () => {
  it.each([
    ['pemisah pro-Rusia', ['pemisah', 'pro', '-', 'Rusia']],
    ['sentimen anti-Israel', ['sentimen', 'anti', '-', 'Israel']],
    ['blog pro-Umno', ['blog', 'pro', '-', 'Umno']],
    ['before a lower-case word it stays one word: anti-rasuah', ['kempen', 'anti-rasuah']],
    ['a word that only starts like one: protes-Rusia stays', ['protes-Rusia']],
  ])('%s', (s, expected) => {
    const text = s.includes(':') ? expected.join(' ') : s;
    expect(texts(text)).toEqual(expected);
  });
});

describe('reduplicationOf classifies lower-case hyphenated words', () => {
  it.each([
    ['rumah-rumah', 'full'],
    ['berlari-lari', 'affixed'],
    ['lauk-pauk', 'rhyming'],
    ['pasca-pilihan', undefined],
    ['ke-14', undefined],
    ['a-b-c', undefined],
  ])('%s -> %s', (w, kind) => {
    expect(reduplicationOf(w)).toBe(kind);
  });
});
