// The examples run as the README says, on their embedded inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE, compare, describe as describeComparison, LEXICON } from '../../examples/custom-lexicon/main.js';
import { barChartSvg, layout, networkSvg } from '../../examples/news-corpus/charts.js';
import { addResult, DEMO_CORPUS, emptyCounts, report, run } from '../../examples/news-corpus/main.js';
import { DEMO, highlight, tagArticle } from '../../examples/tag-article/main.js';
import { createPipeline } from '../../src/index.js';
import { scratch } from '../cli/helpers.js';

const dir = scratch();
const pipeline = createPipeline();

describe('examples/news-corpus', () => {
  it('has a demo corpus of about 20 articles, each with id, date and text', () => {
    const recs = readFileSync(DEMO_CORPUS, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs.length).toBeGreaterThanOrEqual(18);
    for (const r of recs) expect([typeof r.id, typeof r.date, typeof r.text]).toEqual(['string', 'string', 'string']);
  });

  it('runs over the demo corpus and writes every table and picture', async () => {
    const { counts, exitCode } = await run({ out: dir, quiet: true });
    expect(exitCode).toBe(0);
    expect(counts.documents).toBe(readFileSync(DEMO_CORPUS, 'utf8').trim().split('\n').length);
    for (const f of ['results.jsonl', 'top-entities.tsv', 'met.tsv', 'criticised.tsv', 'mentions.svg', 'meetings.svg', 'report.html']) {
      expect(readFileSync(`${dir}/${f}`, 'utf8').length, f).toBeGreaterThan(0);
    }
    expect(readFileSync(`${dir}/top-entities.tsv`, 'utf8').split('\n')[0]).toBe('label\trank\tcanonical\tkb\tmentions\tdocuments');
  });

  it('counts a pair that met, and who criticised whom, once per document', () => {
    const c = emptyCounts();
    const ent = (start: number, end: number, text: string, canonical: string) => ({
      start,
      end,
      text,
      label: 'PER' as const,
      canonical,
      source: 'pattern' as const,
    });
    const doc = {
      entities: [ent(0, 3, 'Ali', 'Ali Abu'), ent(10, 13, 'Abu', 'Abu Bakar'), ent(20, 23, 'Ali', 'Ali Abu')],
      relations: [
        {
          type: 'MEET' as const,
          cameo: '040' as const,
          trigger: { start: 4, end: 9, text: 'temui' },
          participants: [
            { start: 0, end: 3, text: 'Ali' },
            { start: 10, end: 13, text: 'Abu' },
          ],
          modality: 'asserted' as const,
        },
        {
          type: 'MEET' as const,
          cameo: '040' as const,
          trigger: { start: 4, end: 9, text: 'temui' },
          participants: [
            { start: 10, end: 13, text: 'Abu' },
            { start: 20, end: 23, text: 'Ali' },
          ],
          modality: 'asserted' as const,
        },
        {
          type: 'STATEMENT' as const,
          act: 'CRITICISE' as const,
          cameo: '111' as const,
          trigger: { start: 14, end: 19, text: 'kritik' },
          speaker: { start: 20, end: 23, text: 'Ali' },
          speaker_via: 'name' as const,
          target: { start: 10, end: 13, text: 'Abu' },
        },
      ],
    };
    addResult(c, doc);
    addResult(c, doc);
    expect([...c.met]).toEqual([['Abu Bakar\u0000Ali Abu', 2]]);
    expect([...c.criticised]).toEqual([['Ali Abu\u0000Abu Bakar\u0000CRITICISE', 2]]);
    expect(c.entities.get('PER')!.get('Ali Abu')).toEqual({ mentions: 4, documents: 2 });
    const files = report(c);
    expect(files['met.tsv']).toBe('a\tb\tdocuments\nAbu Bakar\tAli Abu\t2\n');
    expect(files['criticised.tsv']).toBe('speaker\ttarget\tact\tdocuments\nAli Abu\tAbu Bakar\tCRITICISE\t2\n');
  });

  it('draws a bar per item, longest for the largest count', () => {
    const svg = barChartSvg('t', [
      {
        title: 'p',
        color: '#000',
        bars: [
          { label: 'A & B', value: 10 },
          { label: 'C', value: 5 },
        ],
      },
    ]);
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([250, 125]);
    expect(svg).toContain('A &amp; B');
  });

  it('lays the network out inside the picture, the same way every time, with no two nodes on one spot', () => {
    const edges = [
      { a: 'A', b: 'B', weight: 2 },
      { a: 'B', b: 'C', weight: 1 },
      { a: 'D', b: 'E', weight: 1 },
    ];
    const one = layout(edges, 1000, 70);
    expect(layout(edges, 1000, 70)).toEqual(one);
    const pts = [...one.pos.values()];
    for (const p of pts) expect(p.x >= 0 && p.x <= 1000 && p.y >= 70 && p.y <= one.height).toBe(true);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(40);
    expect(networkSvg('t', 's', edges).match(/<circle /g)).toHaveLength(5);
  });
});

describe('examples/tag-article', () => {
  const text = readFileSync(DEMO, 'utf8');

  it('marks every entity in plain output and keeps the text', () => {
    const doc = pipeline.extract(text);
    const plain = highlight(text, doc, false);
    expect(plain.match(/\]\{(PER|ORG|LOC)\}/g)).toHaveLength(doc.entities.length);
    expect(plain.replace(/\[|\]\{(PER|ORG|LOC)\}/g, '')).toBe(text);
  });

  it('colours mentions with ANSI escapes when asked', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal colour escape (ESC [) is what the test looks for
    expect(tagArticle(text, true, pipeline)).toMatch(/\x1b\[4[0-9];[0-9]+m/);
    expect(tagArticle(text, false, pipeline)).not.toContain('\x1b[');
  });

  it('lists entities and relations after the text', () => {
    const out = tagArticle(text, false, pipeline);
    expect(out).toMatch(/^Entities \(\d+\):$/m);
    expect(out).toMatch(/^Relations \(\d+\):$/m);
  });
});

describe('examples/custom-lexicon', () => {
  const c = compare(readFileSync(LEXICON, 'utf8'), LEXICON, readFileSync(ARTICLE, 'utf8'));

  it('reads the user lexicon without complaint', () => {
    expect(c.messages).toEqual([]);
  });

  it('links mentions to the user lexicon that the bundled one cannot', () => {
    expect(c.before.some((e) => e.kb?.startsWith('demo:'))).toBe(false);
    expect(c.after.filter((e) => e.kb?.startsWith('demo:')).length).toBeGreaterThan(0);
    expect(describeComparison(c)).toMatch(/\d+ mentions linked to the user lexicon/);
  });
});
