// kenal corpus from the command line: the tables, the problems it counts, and the report in
// headless Chromium (skipped when /usr/bin/chromium is absent).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TABLE, ERROR_TABLE, EVENT_TABLE, TIMELINE_TABLE } from '../../src/corpus/tables.js';
import { parseCsv } from '../../src/formats/csv.js';
import { record, smallCorpus } from '../corpus/fixtures.js';
import { type Browser, CHROMIUM, hasChromium, launchChromium } from '../support/chromium.js';
import { jsonl, kenal, scratch } from './helpers.js';

const dir = scratch();
const results = join(dir, 'results.jsonl');
writeFileSync(results, jsonl(smallCorpus().map(record)));

const table = (file: string): Record<string, string>[] => {
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
};
const header = (file: string): string[] => parseCsv(readFileSync(file, 'utf8'))[0]!;

describe('kenal corpus', () => {
  const out = join(dir, 'tables');
  const r = kenal(['corpus', results, '--out', out]);

  it('writes the four tables and the report, and exits 0', () => {
    expect(r.code).toBe(0);
    expect(header(join(out, 'entities.csv'))).toEqual([...ENTITY_TABLE]);
    expect(header(join(out, 'events.csv'))).toEqual([...EVENT_TABLE]);
    expect(header(join(out, 'timeline.csv'))).toEqual([...TIMELINE_TABLE]);
    expect(header(join(out, 'errors.csv'))).toEqual([...ERROR_TABLE]);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('merges a name across documents, with its variants as JSON', () => {
    const farid = table(join(out, 'entities.csv')).find((e) => e.canonical === 'Farid Osman')!;
    expect([farid.corpus_id, farid.mentions, farid.documents, farid.first_date, farid.last_date]).toEqual([
      'kenal:per:farid-osman',
      '5',
      '3',
      '2024-01-15',
      '2024-02-20',
    ]);
    expect(JSON.parse(farid.variants!)).toEqual({ 'Farid Osman': 3, 'Mohd Farid Osman': 1, Farid: 1 });
  });

  it('writes one event row per pair of a meeting and per statement, actors by corpus id', () => {
    const events = table(join(out, 'events.csv'));
    expect(events).toHaveLength(6);
    expect(events.find((e) => e.act === 'VISIT')).toMatchObject({
      source_id: 'kenal:per:farid-osman',
      target_id: 'JP',
      target_country: 'JP',
      host_id: 'JP',
      cameo: '042',
      quad_class: '1',
    });
  });

  it('writes mentions and documents per month', () => {
    const rows = table(join(out, 'timeline.csv')).filter((x) => x.corpus_id === 'kenal:per:farid-osman');
    expect(rows.map((x) => [x.month, x.mentions, x.documents])).toEqual([
      ['2024-01', '2', '1'],
      ['2024-02', '3', '2'],
    ]);
  });

  it('says what it did on standard error', () => {
    expect(r.err).toMatch(/3 records \(3 documents, 0 not read\)/);
    expect(r.err).toMatch(/names: \d+ merged into \d+ corpus entities/);
  });

  it('reads standard input, and several files, to the same tables', () => {
    const [a, b] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
    const recs = smallCorpus().map(record);
    writeFileSync(a, jsonl(recs.slice(0, 1)));
    writeFileSync(b, jsonl(recs.slice(1)));
    expect(kenal(['corpus', a, b, '--out', join(dir, 'two'), '--quiet']).code).toBe(0);
    expect(kenal(['corpus', '--out', join(dir, 'stdin'), '--quiet'], jsonl(recs)).code).toBe(0);
    for (const f of ['entities.csv', 'events.csv', 'timeline.csv']) {
      expect(readFileSync(join(dir, 'two', f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
      expect(readFileSync(join(dir, 'stdin', f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    }
  });
});

describe('kenal corpus: lines that are not result records', () => {
  const bad = join(dir, 'bad.jsonl');
  const recs = smallCorpus().map(record);
  writeFileSync(
    bad,
    [
      JSON.stringify(recs[0]),
      '{"id": "broken", "entities": [',
      JSON.stringify({ id: 'e1', line: 7, error: { code: 'E_NO_TEXT', message: 'record has no "text" field' } }),
      JSON.stringify({ id: 'e2', entities: 'none' }),
      JSON.stringify(recs[1]),
      '',
    ].join('\n'),
  );
  const out = join(dir, 'bad-tables');
  const r = kenal(['corpus', bad, '--out', out]);

  it('counts each, lists it in errors.csv with file and line, and exits 1', () => {
    expect(r.code).toBe(1);
    expect(table(join(out, 'errors.csv')).map((e) => [e.line, e.doc_id, e.code])).toEqual([
      ['2', '', 'E_JSON'],
      ['3', 'e1', 'E_NO_TEXT'],
      ['4', 'e2', 'E_RECORD'],
    ]);
    expect(r.err).toMatch(/5 records \(2 documents, 3 not read\)/);
    expect(r.err).toMatch(/E_JSON 1/);
  });

  it('still uses the good records around them', () => {
    expect(table(join(out, 'entities.csv')).find((e) => e.corpus_id === 'kenal:per:farid-osman')!.documents).toBe('2');
  });

  it.each([
    [['corpus', results], /--out DIR is required/],
    [['corpus', 'no/such.jsonl', '--out', dir], /no such file/],
    [['corpus', results, '--out', results], /is a file, not a directory/],
  ])('rejects %j with a usage error (exit 64)', (args, msg) => {
    const u = kenal(args);
    expect(u.code).toBe(64);
    expect(u.err).toMatch(msg);
  });
});

describe.skipIf(!hasChromium)(
  `kenal corpus report in headless Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed; apt-get install chromium)`}`,
  () => {
    let browser: BrowserContext;
    let page: Page;
    let chrome: Browser | undefined;
    const out = join(dir, 'report');

    beforeAll(async () => {
      expect(kenal(['corpus', results, '--out', out, '--quiet', '--title', 'Ujian korpus']).code).toBe(0);
      chrome = await launchChromium({ width: 1200, height: 900 });
      browser = chrome.context;
      page = await browser.newPage();
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
    }, 60_000);

    afterAll(async () => {
      await chrome?.close();
    });

    it('draws one line per top person in the monthly chart, named in the legend', async () => {
      const lines = await page.$$eval('#timeline polyline.series', (ps) => ps.map((p) => p.getAttribute('points')!.split(' ').length));
      const legend = await page.$$eval('#timeline text.legend', (ts) => ts.map((t) => t.textContent));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((n) => n === 2)).toBe(true); // January and February 2024
      expect(legend).toContain('Farid Osman');
    });

    it('draws the meeting network: a node per party, an edge per pair', async () => {
      const nodes = await page.$$eval('#meetings circle.node title', (ts) => ts.map((t) => t.textContent));
      expect(nodes.map((n) => n!.replace(/: \d+$/, '')).sort()).toEqual(['Farid Osman', 'Jepun', 'Kenji Takahashi']);
      expect(await page.$$eval('#meetings .edge', (es) => es.length)).toBe(2);
    });

    it('draws the statement network with arrows coloured by act', async () => {
      const edges = await page.$$eval('#statements path.edge', (es) =>
        es.map((e) => [e.querySelector('title')!.textContent, e.getAttribute('stroke'), e.getAttribute('marker-end')]),
      );
      expect(edges.map(([t]) => t).sort()).toEqual([
        'Farid Osman → Lim Boon Keat: 1',
        'Kenji Takahashi → Farid Osman: 1',
        'Lim Siew Ling → Farid Osman: 1',
      ]);
      expect(new Set(edges.map(([, c]) => c)).size).toBe(3);
      expect(edges.every(([, , m]) => m?.startsWith('url(#arrow-'))).toBe(true);
    });

    it('lists the top entities with their variants', async () => {
      const row = await page.$$eval('table.top[data-label="PER"] tr', (rs) => rs.map((r) => r.textContent ?? ''));
      expect(row.some((x) => x.includes('Farid Osman') && x.includes('Mohd Farid Osman (1)'))).toBe(true);
    });

    it('renders to a non-blank screenshot', async () => {
      const png = await page.screenshot({ fullPage: true });
      // kept as a test artefact, never committed: test/cli/__artifacts__/ (ignored by git), or KENAL_ARTEFACTS=DIR
      const artefacts = process.env.KENAL_ARTEFACTS ?? fileURLToPath(new URL('./__artifacts__/', import.meta.url));
      mkdirSync(artefacts, { recursive: true });
      writeFileSync(join(artefacts, 'corpus-report.png'), png);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
    });
  },
);
