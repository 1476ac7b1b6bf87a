// bin/kenal end to end: the built CLI as a user runs it (npm install builds dist/).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasShared, SEED } from '../shared.js';

const BIN = fileURLToPath(new URL('../../bin/kenal', import.meta.url));
const DEMO = fileURLToPath(new URL('../../examples/demo/berita.txt', import.meta.url));

function kenal(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kenal tokenize', () => {
  it('reads standard input and writes one JSON token a line', () => {
    const r = kenal(['tokenize'], 'Dr. Ali tiba.');
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((t) => t.text)).toEqual(['Dr.', 'Ali', 'tiba', '.']);
    expect(rows[0]).toMatchObject({ start: 0, end: 3, kind: 'abbreviation', norm: 'dr.' });
  });

  it('takes the text as an argument and prints a readable table', () => {
    const r = kenal(['tokenize', '--text', '--format', 'table', 'RM1.5 bilion']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\s+start\s+end\s+kind/);
    expect(r.out).toMatch(/money\s+RM1\.5/);
  });

  it('reads a file and prints its sentences and units', () => {
    const s = kenal(['tokenize', DEMO, '--sentences', '--format', 'jsonl']);
    expect(s.code).toBe(0);
    expect(s.out.trim().split('\n').length).toBeGreaterThan(4);
    const u = kenal(['tokenize', DEMO, '--units', '--format', 'json']);
    const units = JSON.parse(u.out);
    expect(units[0]).toMatchObject({ kind: 'dateline', place: { text: 'KUALA LUMPUR' } });
  });

  it('rejects an unknown format with a usage error (exit 64)', () => {
    const r = kenal(['tokenize', '--format', 'xml', 'abc']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/format/);
  });

  it('rejects input that is not UTF-8 with a clear message (exit 65)', () => {
    const r = spawnSync(process.execPath, [BIN, 'tokenize'], { input: Buffer.from([0x41, 0xff, 0xfe, 0x42]) });
    expect(r.status).toBe(65);
    expect(String(r.stderr)).toMatch(/not valid UTF-8/);
  });

  it('keeps stdout clean of anything but results', () => {
    const r = kenal(['tokenize', '--text', 'a']);
    expect(
      r.out
        .trim()
        .split('\n')
        .every((l) => l.startsWith('{')),
    ).toBe(true);
  });

  it.skipIf(!hasShared)('tokenizes the seed article', () => {
    const r = kenal(['tokenize', SEED, '--units', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"place":{"start":113,"end":122,"text":"PYONGYANG"}');
  });
});
