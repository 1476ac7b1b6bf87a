// Running bin/kenal as a user does (npm test builds dist/ first), and scratch directories.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/kenal', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export function kenal(args: readonly string[], input?: string | Buffer, cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', cwd, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

/** A scratch directory removed after the file's tests. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kenal-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const SENTENCES = [
  'Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Jakarta semalam.',
  'Menteri Luar Negeri berkata Malaysia akan menghantar bantuan ke Gaza minggu depan.',
  'Ketua Pemuda UMNO mengkritik kerajaan negeri kerana lambat membaiki jalan di Kuantan.',
  'Universiti Malaya menandatangani perjanjian dengan sebuah syarikat dari Jepun.',
  'Sultan Brunei, Sultan Hassanal Bolkiah menerima kunjungan hormat duta Singapura di Bandar Seri Begawan.',
];

/** n small records of text written for the tests. */
export function records(n: number): { id: string; text: string; date: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `t${i + 1}`,
    text: `${SENTENCES[i % SENTENCES.length]} Berita ${i + 1}: "Kami sedia membantu," katanya.`,
    date: '03-05-2024',
  }));
}

export const jsonl = (recs: readonly unknown[]): string => `${recs.map((r) => JSON.stringify(r)).join('\n')}\n`;

export const lines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
