// Agreeing with what another has said ("bersetuju dengan kenyataan X", "setuju dengan pandangan
// itu") endorses it: PRAISE (agree-with-view.ts; ANNOTATION.md section 4, endorsing verbs). Agreeing
// to act, or with a proposal or a request, stays an intent. The rules alone (no learned model).
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('agreeing with a statement or a view is PRAISE', () => {
  it.each([
    ['kenyataan', '[[Kamal Idris|PER]] bersetuju dengan kenyataan ketua kampung mengenai banjir itu.'],
    ['pandangan', '[[Kamal Idris|PER]] setuju dengan pandangan para nelayan tentang jeti baharu.'],
    ['semua teguran', '[[Kamal Idris|PER]] bersetuju dengan semua teguran yang dibuat oleh penduduk.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Kamal Idris', 'PRAISE', 'name']]);
  });
});

describe('agreeing to act or with a proposal stays INTEND', () => {
  it.each([
    ['bersetuju untuk', '[[Nora Salleh|PER]] bersetuju untuk membina dewan baharu di kampung itu.'],
    ['a proposal', '[[Nora Salleh|PER]] bersetuju dengan cadangan membina dewan baharu.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([['Nora Salleh', 'INTEND', 'name']]);
  });
});
