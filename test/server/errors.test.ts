// Every error status of the service, over real HTTP: each answers { error: { code, message } }
// and leaves the process healthy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigText, type Running, start, until } from './helpers.js';

async function expectError(
  p: Promise<{ status: number; json: { error?: { code?: unknown; message?: unknown } } }>,
  status: number,
  code: string,
): Promise<void> {
  const r = await p;
  expect(r.status).toBe(status);
  expect(r.json.error?.code).toBe(code);
  expect(typeof r.json.error?.message).toBe('string');
}

describe('bad requests', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 1, bodyLimit: 64 * 1024, maxBatch: 3 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('400 for a body that is not JSON, or empty', async () => {
    await expectError(s.post('/v1/extract', '{"text": "Anwar'), 400, 'E_BAD_JSON');
    await expectError(s.post('/v1/extract', ''), 400, 'E_BAD_JSON');
  });

  it('400 for wrong types, with no coercion', async () => {
    await expectError(s.post('/v1/extract', { text: 42 }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract', { text: ['Anwar'] }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract', 'null'), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract', '[]'), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract', { text: 'Anwar', fields: 'entities' }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract/batch', { documents: { id: 'a', text: 'b' } }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract/batch', { documents: [{ id: 1, text: 'b' }] }), 400, 'E_VALIDATION');
  });

  it('400 for empty text, in a document or a batch', async () => {
    const r = await s.post('/v1/extract', { text: '' });
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({ code: 'E_VALIDATION', message: 'body/text must NOT have fewer than 1 characters' });
    await expectError(s.post('/v1/extract', {}), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract/batch', { documents: [] }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract/batch', { documents: [{ id: 'a', text: '' }] }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/tokenize', { text: '' }), 400, 'E_VALIDATION');
  });

  it('400 for unknown properties, fields and bad dates, naming them', async () => {
    const r = await s.post('/v1/extract', { text: 'Anwar', feilds: ['entities'] });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toBe('body has an unknown property "feilds"');
    const f = await s.post('/v1/extract', { text: 'Anwar', fields: ['people'] });
    expect(f.json.error.message).toMatch(/^body\/fields\/0 must be equal to one of the allowed values: entities, relations/);
    await expectError(s.post('/v1/extract', { text: 'Anwar', date: '15/01/2025' }), 400, 'E_VALIDATION');
    await expectError(s.post('/v1/extract', { text: 'Anwar', date: '2025-02-30' }), 400, 'E_OPTION');
  });

  it('404 for an unknown route or method', async () => {
    await expectError(s.get('/v2/extract'), 404, 'E_NOT_FOUND');
    await expectError(s.get('/v1/extract'), 404, 'E_NOT_FOUND');
  });

  it('413 for a body over the limit', async () => {
    const r = await s.post('/v1/extract', { text: bigText(70 * 1024) });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('413 for a batch over the configured number of documents', async () => {
    const documents = Array.from({ length: 4 }, (_, i) => ({ id: String(i), text: 'Anwar.' }));
    const r = await s.post('/v1/extract/batch', { documents });
    expect(r.status).toBe(413);
    expect(r.json.error).toEqual({ code: 'E_BATCH_TOO_LARGE', message: 'a batch holds at most 3 documents, got 4' });
  });

  it('415 for a body that is not JSON by its content type', async () => {
    await expectError(s.post('/v1/extract', 'Anwar bertemu Prabowo.', { 'content-type': 'text/plain' }), 415, 'E_MEDIA_TYPE');
    await expectError(s.post('/v1/extract', 'text=Anwar', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'E_MEDIA_TYPE');
  });

  it('is still healthy and serving after all of them', async () => {
    expect((await s.get('/v1/health')).status).toBe(200);
    const r = await s.post('/v1/extract', { text: 'Anwar di Johor.' });
    expect(r.status).toBe(200);
    expect(r.json.entities.length).toBeGreaterThan(0);
  });
});

describe('a batch with several bad documents', () => {
  // Two workers, two chunks: the second chunk's bad document fails at once, the first chunk's
  // only after a long document; the answer names the first bad document in batch order anyway.
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 2, bodyLimit: 4 * 1024 * 1024, maxBatch: 4 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('names the first bad document, whichever thread finishes first', async () => {
    const documents = [
      { id: 'panjang', text: bigText(400_000) },
      { id: 'a', text: 'Anwar di Johor.', date: '2025-02-30' },
      { id: 'b', text: 'Anwar di Johor.', date: '2025-02-31' },
      { id: 'c', text: 'Anwar di Johor.' },
    ];
    for (let i = 0; i < 2; i++) {
      const r = await s.post('/v1/extract/batch', { documents });
      expect(r.status).toBe(400);
      expect(r.json.error?.code).toBe('E_OPTION');
      expect(String(r.json.error?.message)).toMatch(/^documents\[1\] \(id "a"\)/);
    }
  });
});

describe('overload', () => {
  // One worker and no queue: a large document holds the only worker. 6 MB: several seconds of
  // work even on a fast machine (1 MB was done before the second request on a quiet CI runner).
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 1, queueSize: 0, timeout: 60_000, bodyLimit: 8 * 1024 * 1024 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('503 when the work queue is full, then serves again', async () => {
    const slow = s.post('/v1/extract', { text: bigText(6 * 1024 * 1024) });
    expect(await until(async () => (await s.get('/v1/ready')).json.pool.running === 1)).toBe(true);

    const busy = await s.post('/v1/extract', { text: 'Anwar di Johor.' });
    expect(busy.status).toBe(503);
    expect(busy.json.error.code).toBe('E_BUSY');
    expect(busy.headers.get('retry-after')).toBe('1');
    const busyBatch = await s.post('/v1/extract/batch', { documents: [{ id: 'a', text: 'Anwar.' }] });
    expect(busyBatch.status).toBe(503);
    expect((await s.get('/v1/health')).status).toBe(200);

    expect((await slow).status).toBe(200);
    expect((await s.post('/v1/extract', { text: 'Anwar di Johor.' })).status).toBe(200);
  });
});

describe('slowness', () => {
  // A deadline far below what a 4 MB document takes (seconds).
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 1, timeout: 200, bodyLimit: 8 * 1024 * 1024 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('504 past the deadline; the runaway thread is replaced and the service recovers', async () => {
    const timedOut = await s.post('/v1/extract', { text: bigText(4 * 1024 * 1024) });
    expect(timedOut.status).toBe(504);
    expect(timedOut.json.error).toEqual({ code: 'E_TIMEOUT', message: 'the request took longer than 200 ms' });
    expect((await s.get('/v1/health')).status).toBe(200);

    // Ready again once the new thread has built its pipeline.
    expect(await until(async () => (await s.get('/v1/ready')).status === 200)).toBe(true);
    const ok = await s.post('/v1/extract', { text: 'Anwar di Johor.' });
    expect(ok.status).toBe(200);
    expect(ok.json.entities.length).toBeGreaterThan(0);
  });
});
