import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, loadBundledLexicon } from '../../src/lexicon/index.js';
import { checkSurface, QID_RE, validateEntry, validateWord } from '../../src/lexicon/validate.js';
import { foldName, nameCore } from '../../src/link/index.js';

const lexicon = loadBundledLexicon();
const count = (label: string): number => lexicon.entries.filter((e) => e.label === label).length;

describe('bundled lexicon integrity', () => {
  it('has unique ids', () => {
    const ids = lexicon.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists no person twice: no two persons share a name once titles inside it and a leading Muhammad are left out', () => {
    // (a curated row about a person of the Wikidata sources carries the QID, so the two merge)
    const byCore = new Map<string, Set<string>>();
    for (const e of lexicon.entries) {
      if (e.label !== 'PER') continue;
      for (const form of [e.name, ...e.aliases]) {
        const core = nameCore(foldName(form).split(' '));
        if (!core.includes(' ')) continue;
        const ids = byCore.get(core) ?? new Set<string>();
        ids.add(e.id);
        byCore.set(core, ids);
      }
    }
    expect([...byCore].filter(([, ids]) => ids.size > 1).map(([core, ids]) => `${core}: ${[...ids].join(', ')}`)).toEqual([]);
  });

  it('every entry passes the user-lexicon validator unchanged', () => {
    const bad = lexicon.entries.filter((e) => {
      const v = validateEntry(e as unknown as Record<string, unknown>, { lexicon: 'bundled', row: e.id });
      return v.value === undefined || JSON.stringify(v.value) !== JSON.stringify(e);
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('has no empty or whitespace-padded alias', () => {
    const bad = lexicon.entries.flatMap((e) =>
      [e.name, e.nameEn, ...e.aliases]
        .filter((a) => a !== undefined && checkSurface(a) !== undefined)
        .map((a) => `${e.id}:${JSON.stringify(a)}`),
    );
    expect(bad).toEqual([]);
  });

  it('has a source on every entry and every word-list row', () => {
    expect(lexicon.entries.filter((e) => e.source.trim() === '' || !e.source.includes(':')).map((e) => e.id)).toEqual([]);
    for (const [list, rows] of Object.entries(lexicon.words)) {
      for (const row of rows as readonly { word: string; source: string }[]) expect(row.source.trim(), `${list}: ${row.word}`).not.toBe('');
    }
  });

  it('word-list rows pass the validator', () => {
    for (const list of ['titles', 'orgHeads', 'particles', 'ambiguous'] as const) {
      for (const row of lexicon.words[list]) {
        const { multiword: _m, ...raw } = row as unknown as Record<string, unknown>;
        expect(validateWord(list, raw, { lexicon: 'bundled' }).messages).toEqual([]);
      }
    }
  });

  it('uses well-formed QIDs only', () => {
    const qids = lexicon.entries.filter((e) => /^Q[0-9]/.test(e.id)).map((e) => e.id);
    expect(qids.length).toBeGreaterThan(600);
    expect(qids.filter((q) => !QID_RE.test(q))).toEqual([]);
  });

  it.each([
    ['PER', 600],
    ['ORG', 300],
    ['LOC', 5000],
  ])('has at least the minimum number of %s entries (%i)', (label, min) => {
    expect(count(label)).toBeGreaterThanOrEqual(min);
  });

  it('has every label', () => {
    for (const l of ENTITY_LABELS) expect(count(l)).toBeGreaterThan(0);
  });

  it('covers every ISO 3166-1 territory', async () => {
    const { createRequire } = await import('node:module');
    const codes = Object.keys(
      (createRequire(import.meta.url)('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> }).getAlpha2Codes(),
    );
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(codes.filter((c) => lexicon.byId(c)?.kind !== 'country')).toEqual([]);
  });

  it('has a capital for every country with a GeoNames capital', () => {
    const capitals = lexicon.entries.filter((e) => e.kind === 'capital');
    expect(capitals.length).toBeGreaterThanOrEqual(230);
  });

  it('is frozen and shared', () => {
    expect(loadBundledLexicon()).toBe(lexicon);
    expect(Object.isFrozen(lexicon)).toBe(true);
    expect(Object.isFrozen(lexicon.entries)).toBe(true);
    expect(Object.isFrozen(lexicon.entries[0])).toBe(true);
    expect(Object.isFrozen(lexicon.words.titles)).toBe(true);
    expect(Object.isFrozen(lexicon.aliases.get('Rusia'))).toBe(true);
    expect(() => (lexicon.entries as unknown as unknown[]).push({})).toThrow();
  });

  it('indexes every name and alias, candidates sorted by prior', () => {
    for (const e of lexicon.entries) {
      for (const a of [e.name, ...e.aliases]) expect(lexicon.aliases.get(a).some((c) => c.id === e.id)).toBe(true);
    }
    for (const key of lexicon.aliases.keys()) {
      const priors = lexicon.aliases.get(key).map((c) => c.prior);
      expect(priors).toEqual([...priors].sort((a, b) => b - a));
    }
  });
});
