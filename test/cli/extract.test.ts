// kenal extract end to end: the line protocol, error records, formats, workers, resume.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProcessor, type ProcessorOptions } from '../../src/cli/process.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { jsonl, kenal, lines, records, scratch } from './helpers.js';

const dir = scratch();

describe('kenal extract: line protocol (JSONL in, JSONL out)', () => {
  const recs = records(12);
  const r = kenal(['extract', '--format', 'jsonl'], jsonl(recs));

  it('writes exactly one line per input line, in order, ids kept, exit 0', () => {
    expect(r.code).toBe(0);
    expect(lines(r.out).map((x) => x.id)).toEqual(recs.map((x) => x.id));
  });

  it('writes results with entities and relations arrays whose spans fit the text', () => {
    for (const [i, x] of lines(r.out).entries()) {
      const text = recs[i]!.text;
      expect(Array.isArray(x.relations)).toBe(true);
      for (const e of x.entities as { start: number; end: number; text: string }[]) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('passes other input fields through but not the text', () => {
    const x = lines(r.out)[0]!;
    expect(x.date).toBe('03-05-2024');
    expect(x).not.toHaveProperty('text');
  });

  it('puts nothing but records on stdout and the summary on stderr', () => {
    expect(
      r.out
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('{"id":')),
    ).toBe(true);
    expect(r.err).toMatch(/kenal extract: 12 documents \(12 ok, 0 errors\)/);
    expect(r.err).toMatch(/entities: \d+/);
  });

  it('keeps the same output with 2 worker threads', () => {
    const w = kenal(['extract', '--workers', '2', '--quiet'], jsonl(recs));
    expect(w.code).toBe(0);
    expect(w.out).toBe(r.out);
    expect(w.err).toBe('');
  });
});

describe('kenal extract: nothing lost', () => {
  const good = records(3);
  const input = Buffer.concat([
    Buffer.from(`${JSON.stringify(good[0])}\n{"id": "broken", "text": \n`),
    Buffer.from(`${JSON.stringify({ id: 'big', text: 'x'.repeat(3000) })}\n`),
    Buffer.from('{"id":"bin","text":"'),
    Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x22, 0x7d, 0x0a]),
    Buffer.from(
      `${JSON.stringify({ id: 'notext', title: 'tiada teks' })}\n\n${JSON.stringify(good[1])}\n[1, 2]\n${JSON.stringify(good[2])}`,
    ),
  ]);
  const r = kenal(['extract', '--max-chars', '2000'], input);
  const out = lines(r.out);

  it('gives one record per non-blank input line and exit code 1', () => {
    expect(out).toHaveLength(8);
    expect(r.code).toBe(1);
  });

  it.each([
    [1, 'broken', 'E_JSON'],
    [2, 'big', 'E_INPUT_TOO_LARGE'],
    [3, 'bin', 'E_NOT_UTF8'],
    [4, 'notext', 'E_NO_TEXT'],
    [6, null, 'E_JSON'],
  ])('record %i (%s) is an error record with code %s and its line', (k, id, code) => {
    expect(out[k]).toMatchObject({ id, error: { code } });
    expect(typeof out[k]!.line).toBe('number');
  });

  it('processes the good records around them', () => {
    expect([out[0], out[5], out[7]].map((x) => [x!.id, Array.isArray(x!.entities)])).toEqual(good.map((g) => [g.id, true]));
  });

  it('counts the errors by code in the summary', () => {
    expect(r.err).toMatch(/5 errors/);
    expect(r.err).toMatch(/E_JSON 2/);
  });
});

describe('kenal extract: inputs', () => {
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'a', 'b'), { recursive: true });
  writeFileSync(join(corpus, 'a', 'one.jsonl'), jsonl(records(2)));
  writeFileSync(join(corpus, 'a', 'b', 'two.json'), JSON.stringify(records(3).slice(2)));
  writeFileSync(join(corpus, 'a', 'b', 'three.txt'), 'Anwar Ibrahim tiba di Kuala Lumpur.');
  writeFileSync(join(corpus, 'notes.md'), 'not an input');

  it('reads a directory recursively: .jsonl, .json and .txt, sorted, and nothing else', () => {
    const r = kenal(['extract', corpus, '--quiet']);
    expect(r.code).toBe(0);
    expect(lines(r.out).map((x) => x.id)).toEqual([join(corpus, 'a', 'b', 'three.txt'), 't3', 't1', 't2']);
  });

  it('expands a quoted glob', () => {
    const r = kenal(['extract', `${corpus}/**/*.json*`, '--quiet']);
    expect(lines(r.out).map((x) => x.id)).toEqual(['t3', 't1', 't2']);
  });

  // glob rules as other tools have them (picomatch): braces, negation, and dot files
  const globs = join(dir, 'globs');
  mkdirSync(join(globs, 'old'), { recursive: true });
  mkdirSync(join(globs, '.cache'), { recursive: true });
  mkdirSync(join(globs, 'new'), { recursive: true });
  writeFileSync(join(globs, 'a.jsonl'), jsonl([{ id: 'a', text: 'Ali tiba.' }]));
  writeFileSync(join(globs, 'b.json'), JSON.stringify({ id: 'b', text: 'Abu tiba.' }));
  writeFileSync(join(globs, 'c.txt'), 'Siti tiba.');
  writeFileSync(join(globs, '.d.jsonl'), jsonl([{ id: 'dot-file', text: 'Ah Kow tiba.' }]));
  writeFileSync(join(globs, 'old', 'e.jsonl'), jsonl([{ id: 'old', text: 'Muthu tiba.' }]));
  writeFileSync(join(globs, 'new', 'g.jsonl'), jsonl([{ id: 'new', text: 'Kamal tiba.' }]));
  writeFileSync(join(globs, '.cache', 'f.jsonl'), jsonl([{ id: 'dot-folder', text: 'Ramli tiba.' }]));
  it.each([
    ['braces pick the listed extensions', ['*.{jsonl,json}'], ['a', 'b']],
    ['* skips dot files', ['*.jsonl'], ['a']],
    ['** skips dot folders', ['**/*.jsonl'], ['a', 'new', 'old']],
    ['a spelt dot matches dot files', ['.*.jsonl'], ['dot-file']],
    ['a ! argument excludes its matches', ['**/*.jsonl', '!**/old/**'], ['a', 'new']],
    // unlike bash, picomatch lets an extglob negation match a dot folder: documented here, not hidden
    ['an extglob negation inside a pattern (dot folders included)', ['!(old)/*.jsonl'], ['dot-folder', 'new']],
    ['a range in brackets', ['[ab].*'], ['a', 'b']],
  ])('globs: %s', (_name, patterns, ids) => {
    const r = kenal(['extract', ...patterns.map((p) => (p.startsWith('!') && !p.startsWith('!(') ? p : `${globs}/${p}`)), '--quiet']);
    expect(r.err).toBe('');
    expect(lines(r.out).map((x) => x.id)).toEqual(ids);
  });

  it('says so when a ! argument leaves nothing', () => {
    const r = kenal(['extract', `${globs}/*.jsonl`, '!**/a.jsonl', '--quiet']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/no files left/);
  });

  it('reads plain text on stdin with --text', () => {
    const r = kenal(['extract', '--text', '--quiet'], 'Anwar Ibrahim tiba di Kuala Lumpur.');
    expect(lines(r.out)).toHaveLength(1);
    expect(lines(r.out)[0]!.id).toBe('stdin');
  });

  it.each([
    [['extract', 'no/such/file.jsonl'], /no such file/],
    [['extract', '--workers', '0'], /--workers/],
    [['extract', '--format', 'xml'], /format/],
    [['extract', '--date', '2024-02-30'], /--date/],
    [['extract', '--fields', 'entities,people'], /unknown field/],
    [['extract', '--resume'], /--resume needs/],
  ])('rejects %j with a usage error (exit 64)', (args, msg) => {
    const r = kenal(args, '');
    expect(r.code).toBe(64);
    expect(r.err).toMatch(msg);
  });
});

describe('kenal extract: options', () => {
  // in-process: the same processor the command runs, without a process per case
  const pipeline = createPipeline();
  const one = (o: Partial<ProcessorOptions>, rec: unknown): Record<string, unknown> => {
    const x = createProcessor({ format: 'jsonl', maxChars: 1_000_000, ...o }, pipeline)({ line: 1, raw: JSON.stringify(rec) });
    return JSON.parse(x.out.main!) as Record<string, unknown>;
  };

  it.each([
    ['MM-DD-YYYY', '03-05-2024'],
    ['MM/DD/YYYY', '03/05/2024'],
    ['ISO', '2024-03-05'],
    ['ISO with a time', '2024-03-05T08:00:00Z'],
  ])('reads a %s record date to resolve relative dates', (_n, date) => {
    const x = one({ fields: ['dates'] }, { id: 'd', text: 'Beliau tiba semalam.', date });
    expect(x.dates).toEqual([expect.objectContaining({ text: 'semalam', value: '2024-03-04' })]);
  });

  it('uses --date for records without a date', () => {
    const x = one({ fields: ['dates'], date: '2024-03-05' }, { id: 'd', text: 'Beliau tiba semalam.' });
    expect(x.dates).toEqual([expect.objectContaining({ value: '2024-03-04' })]);
  });

  it('warns in the record about a date it cannot read and still processes it', () => {
    const x = one({}, { id: 'd', text: 'Beliau tiba.', date: 'semalam' });
    expect(x.warnings).toEqual([expect.objectContaining({ code: 'W_DATE' })]);
    expect(x.entities).toEqual([]);
  });

  it('writes code-point offsets with --offsets codepoint', () => {
    const text = '😀😀 Anwar Ibrahim tiba di Kuala Lumpur.';
    const ents = one({ offsets: 'codepoint' }, { id: 'e', text }).entities as { start: number; end: number; text: string }[];
    expect(ents.length).toBeGreaterThan(0);
    for (const e of ents) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
  });

  it('returns only the fields asked for', () => {
    expect(Object.keys(one({ fields: ['entities'] }, records(1)[0])).sort()).toEqual(['date', 'entities', 'id', 'relations']);
  });

  it('keeps a numeric id, as a string', () => {
    expect(one({}, { id: 7, text: 'Ali.' }).id).toBe('7');
  });

  it('refuses a text over --max-chars with an error record', () => {
    expect(one({ maxChars: 5 }, { id: 'x', text: 'Anwar Ibrahim' })).toMatchObject({ id: 'x', error: { code: 'E_INPUT_TOO_LARGE' } });
  });

  it('resumes an interrupted run: keeps finished records, drops a cut-off line and error records, appends the rest', () => {
    const recs = records(6);
    const out = join(dir, 'resume.jsonl');
    const first = kenal(['extract', '--quiet'], jsonl(recs.slice(0, 3)));
    const firstLines = first.out.split('\n').filter(Boolean);
    writeFileSync(
      out,
      `${firstLines[0]}\n${JSON.stringify({ id: 't2', line: 2, error: { code: 'E_INTERNAL', message: 'x' } })}\n${firstLines[2]}\n${firstLines[1]!.slice(0, 40)}`,
    );
    const r = kenal(['extract', '--out', out, '--resume'], jsonl(recs));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/2 skipped/);
    const ids = lines(readFileSync(out, 'utf8')).map((x) => x.id);
    expect([...ids].sort()).toEqual(recs.map((x) => x.id).sort());
    expect(lines(readFileSync(out, 'utf8')).every((x) => !('error' in x))).toBe(true);
  });
});

describe('kenal extract: formats', () => {
  const input = jsonl(records(3));

  it('json: one array of the same records', () => {
    const a = lines(kenal(['extract', '--quiet'], input).out);
    const b = JSON.parse(kenal(['extract', '--format', 'json', '--quiet'], input).out) as unknown[];
    expect(b).toEqual(a);
  });

  it('conll: a DOCSTART per document and token<TAB>tag lines', () => {
    const r = kenal(['extract', '--format', 'conll', '--quiet'], input);
    expect(r.out.match(/^-DOCSTART-\tO$/gm)).toHaveLength(3);
    const rows = r.out.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-'));
    expect(rows.every((l) => /^\S+\t(O|[BI]-(PER|ORG|LOC))$/.test(l))).toBe(true);
    expect(rows.some((l) => l.endsWith('-PER'))).toBe(true);
  });

  it('brat: a .txt and .ann per document and annotation.conf', () => {
    const out = join(dir, 'brat');
    const r = kenal(['extract', '--format', 'brat', '--out', out, '--quiet'], input);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'annotation.conf',
      'errors.jsonl',
      't1.ann',
      't1.txt',
      't2.ann',
      't2.txt',
      't3.ann',
      't3.txt',
    ]);
    expect(readFileSync(join(out, 't1.txt'), 'utf8')).toBe(records(1)[0]!.text);
    expect(readFileSync(join(out, 't1.ann'), 'utf8')).toMatch(/^T1\t(PER|ORG|LOC) \d+ \d+\t/);
  });

  it('csv: entities.csv and relations.csv in a directory, entities on stdout', () => {
    const out = `${join(dir, 'csv')}/`;
    kenal(['extract', '--format', 'csv', '--out', out, '--quiet'], input);
    expect(readFileSync(join(out, 'entities.csv'), 'utf8')).toMatch(/^doc_id,start,end,text,label,canonical,kb,source,score\nt1,/);
    expect(readFileSync(join(out, 'relations.csv'), 'utf8')).toMatch(/^doc_id,type,cameo,act,/);
    const r = kenal(['extract', '--format', 'csv', '--quiet'], input);
    expect(r.out.split('\n')[0]).toBe('doc_id,start,end,text,label,canonical,kb,source,score');
  });

  it('html: one page with an article per document, error records included', () => {
    const r = kenal(['extract', '--format', 'html', '--quiet'], `${input}not json\n`);
    expect(r.code).toBe(1);
    expect(r.out.match(/<article>/g)).toHaveLength(4);
    expect(r.out).toContain('E_JSON');
    expect(r.out.trim().endsWith('</html>')).toBe(true);
  });
});

describe('kenal extract: worker threads', () => {
  it('lists the same result fields as the pipeline (the CLI keeps its own copy so as not to load the pipeline)', async () => {
    const { FIELDS: cli } = await import('../../src/cli/records.js');
    const { FIELDS: pipeline } = await import('../../src/pipeline/index.js');
    expect(cli).toEqual(pipeline);
  });

  // bad records between good ones: order, error records and counts must not depend on threads
  const mixed = `${jsonl(records(9).slice(0, 5))}not json\n${JSON.stringify({ id: 'notext' })}\n${jsonl(records(9).slice(5))}`;

  it.each([['jsonl'], ['json'], ['csv'], ['conll'], ['html']])(
    'writes the same %s with 1 and 2 workers, error records included',
    (format) => {
      const one = kenal(['extract', '--format', format, '--workers', '1'], mixed);
      const two = kenal(['extract', '--format', format, '--workers', '2'], mixed);
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.out).toBe(one.out);
      expect(two.err.replace(/ in [\d.]+ s, [\d.]+ docs\/s, 2 workers/, '')).toBe(
        one.err.replace(/ in [\d.]+ s, [\d.]+ docs\/s, 1 worker/, ''),
      );
    },
  );

  it('reports the problems of a user lexicon once, however many threads read it', () => {
    const lex = join(dir, 'bad-lexicon.tsv');
    writeFileSync(lex, 'Anwar\tPER\nnot a row\n');
    const problems = (err: string): string[] => err.split('\n').filter((l) => l.includes('bad-lexicon.tsv'));
    const one = kenal(['extract', '--workers', '1', '--lexicon', lex], jsonl(records(20))); // more than one batch: both threads work
    const two = kenal(['extract', '--workers', '2', '--lexicon', lex], jsonl(records(20)));
    expect(problems(one.err).length).toBeGreaterThan(0);
    expect(problems(two.err)).toEqual(problems(one.err));
    expect(two.out).toBe(one.out);
  });

  it('stops with exit code 70 and one message when a user lexicon cannot be read', () => {
    const r = kenal(['extract', '--workers', '2', '--lexicon', join(dir, 'no-such-lexicon.tsv')], jsonl(records(2)));
    expect(r.code).toBe(70);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/no-such-lexicon\.tsv/);
  });
});
