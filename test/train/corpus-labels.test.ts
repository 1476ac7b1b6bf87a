// The rules' usual label of a capitalised word across unlabelled text (train/corpus-labels.ts), on
// a small text written for the test: a body's name after its head noun is an organisation, a
// state after "negeri" a place; a word seen too rarely is left out; the same text gives the
// same table.
import { describe, expect, it } from 'vitest';
import { decodeClusters } from '../../src/learn/clusters.js';
import { corpusLabels } from '../../train/corpus-labels.js';
import { recogniserResources } from '../../train/entities.js';

const res = recogniserResources();
const texts = [
  'Kementerian Kesihatan mengeluarkan kenyataan semalam.',
  'Pegawai Kementerian Kesihatan hadir di negeri Johor.',
  'Kementerian Kesihatan menafikan dakwaan itu di Johor.',
  'Penduduk Johor menyambut baik langkah Kementerian Kesihatan.',
  'Seorang penduduk bernama Zulkarnain hadir.',
];
const LABELS = ['PER', 'ORG', 'LOC', 'none'];
/** The label part of a word's group (group = label * 4 + band). */
const labelOf = (table: ReadonlyMap<string, number>, w: string): string | undefined => {
  const g = table.get(w);
  return g === undefined ? undefined : LABELS[g >> 2];
};

describe("the rules' usual label of a capitalised word across unlabelled text", () => {
  const table = decodeClusters(corpusLabels(texts, res));

  it.each([
    ['a body after its head noun', 'Kesihatan', 'ORG'],
    ['a state', 'Johor', 'LOC'],
  ])('%s: %s is %s', (_name, word, label) => {
    expect(labelOf(table, word)).toBe(label);
  });

  it('leaves out a word seen fewer than three times', () => {
    expect(table.has('Zulkarnain')).toBe(false);
  });

  it('is deterministic', () => {
    expect(corpusLabels(texts, res)).toEqual(corpusLabels(texts, res));
  });
});
