// The service's endpoints over real HTTP on a loopback port: results match the library's,
// batches keep their order, and the ops endpoints say what they should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/index.js';
import { type Running, start } from './helpers.js';

const TEXT =
  'PUTRAJAYA, 14 Jan. – Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Seri Perdana semalam. "Malaysia komited," katanya di Kuala Lumpur.';

let s: Running;
const pipeline = createPipeline();

beforeAll(async () => {
  s = await start();
});
afterAll(async () => {
  await s.close();
});

describe('POST /v1/extract', () => {
  it('answers the document result of the library, as JSON', async () => {
    const r = await s.post('/v1/extract', { text: TEXT, date: '2025-01-15', id: 'doc-1' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json).toEqual(JSON.parse(JSON.stringify(pipeline.extract(TEXT, { id: 'doc-1', date: '2025-01-15' }))));
    expect(r.json.id).toBe('doc-1');
    const anwar = r.json.entities.find((e: { text: string }) => e.text === 'Anwar Ibrahim');
    expect(anwar).toMatchObject({ label: 'PER', canonical: 'Anwar Ibrahim' });
    for (const e of r.json.entities) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
  });

  it('returns only the fields asked for', async () => {
    const r = await s.post('/v1/extract', { text: TEXT, fields: ['entities', 'tokens'] });
    expect(r.status).toBe(200);
    expect(r.json.tokens.length).toBeGreaterThan(10);
    expect(r.json.sentences).toBeUndefined();
    expect(r.json.dates).toBeUndefined();
  });

  it('keeps a sane x-request-id from the client and makes one otherwise', async () => {
    const mine = await s.post('/v1/extract', { text: 'Anwar di Johor.' }, { 'x-request-id': 'trace-42' });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    const bad = await s.post('/v1/extract', { text: 'Anwar di Johor.' }, { 'x-request-id': 'no spaces\tor tabs' });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('POST /v1/extract/batch', () => {
  it('answers one result per document, in request order, ignoring extra properties', async () => {
    const documents = Array.from({ length: 7 }, (_, i) => ({
      id: `d${i}`,
      text: `${['Anwar', 'Mahathir', 'Prabowo'][i % 3]} tiba di Johor pada hari ${i}.`,
      title: 'ignored',
    }));
    const r = await s.post('/v1/extract/batch', { documents, fields: ['entities'] });
    expect(r.status).toBe(200);
    expect(r.json.results.map((d: { id: string }) => d.id)).toEqual(documents.map((d) => d.id));
    for (let i = 0; i < documents.length; i++) {
      expect(r.json.results[i]).toEqual(
        JSON.parse(JSON.stringify(pipeline.extract(documents[i]!.text, { id: `d${i}`, fields: ['entities'] }))),
      );
    }
  });

  it('resolves relative dates per document', async () => {
    const r = await s.post('/v1/extract/batch', {
      documents: [
        { id: 'a', text: 'Beliau tiba semalam.', date: '2024-03-02' },
        { id: 'b', text: 'Beliau tiba semalam.' },
      ],
      fields: ['dates'],
    });
    expect(r.status).toBe(200);
    expect(r.json.results[0].dates[0]).toMatchObject({ text: 'semalam', value: '2024-03-01' });
    expect(r.json.results[1].dates[0].value).toBeUndefined();
  });

  it('names the document when one is refused', async () => {
    const r = await s.post('/v1/extract/batch', {
      documents: [
        { id: 'ok', text: 'Anwar.' },
        { id: 'bad-date', text: 'Anwar.', date: '2024-02-30' },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('E_OPTION');
    expect(r.json.error.message).toMatch(/^documents\[1\] \(id "bad-date"\): date must be/);
  });
});

describe('POST /v1/tokenize', () => {
  it('answers tokens, sentences and units', async () => {
    const r = await s.post('/v1/tokenize', { text: 'Dr. Ali tiba. Harga RM1.5 bilion.' });
    expect(r.status).toBe(200);
    expect(r.json.tokens[0]).toMatchObject({ text: 'Dr.', kind: 'abbreviation' });
    expect(r.json.sentences).toHaveLength(2);
    expect(r.json.units.some((u: { kind: string }) => u.kind === 'money')).toBe(true);
  });
});

describe('ops endpoints', () => {
  it('GET /v1/health and /v1/ready', async () => {
    const h = await s.get('/v1/health');
    expect(h.status).toBe(200);
    expect(h.json.status).toBe('ok');
    const r = await s.get('/v1/ready');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ready: true, pool: { workers: 2, warm: 2 } });
  });

  it('GET /v1/info tells the version, lexicon version and sizes, and the limits', async () => {
    const r = await s.get('/v1/info');
    expect(r.status).toBe(200);
    expect(r.json.name).toBe('kenal');
    expect(r.json.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.json.lexicon.version).toBe(pipeline.lexicon.version);
    expect(r.json.lexicon.entries).toBe(pipeline.lexicon.entries.length);
    expect(r.json.lexicon.byLabel.PER).toBeGreaterThan(0);
    expect(r.json.limits).toEqual({ bodyLimit: 1024 * 1024, maxBatch: 100, timeout: 10_000, queueSize: 256, workers: 2 });
  });

  it('GET /openapi.json documents every route from its schemas', async () => {
    const r = await s.get('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json.openapi).toBe('3.1.0');
    expect(Object.keys(r.json.paths).sort()).toEqual([
      '/',
      '/openapi.json',
      '/v1/extract',
      '/v1/extract/batch',
      '/v1/health',
      '/v1/info',
      '/v1/ready',
      '/v1/tokenize',
    ]);
    const op = r.json.paths['/v1/extract'].post;
    expect(op.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ExtractRequest' });
    expect(op.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/DocumentResult' });
    expect(op.responses['4XX'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(r.json.components.schemas.ExtractRequest.properties.text).toMatchObject({ type: 'string', minLength: 1 });
    expect(r.json.paths['/'].get.responses['200'].content['text/html']).toBeDefined();
    // every $ref points at a component
    const refs = [...r.text.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    for (const name of refs) expect(r.json.components.schemas[name]).toBeDefined();
  });

  it('GET / serves the demo page under a strict content security policy', async () => {
    const res = await fetch(`${s.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'sha256-/);
    const html = await res.text();
    expect(html).toContain('<textarea id="text"');
  });
});
