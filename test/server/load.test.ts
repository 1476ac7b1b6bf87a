// A huge document must not block the main thread: health checks (and small documents, on the
// other worker) are answered while a 5 MB document is being processed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigText, type Running, start, until } from './helpers.js';

describe('a 5 MB document in flight', () => {
  let s: Running;
  beforeAll(async () => {
    // The deadline bounds the test: the pipeline is far from done with 5 MB by then.
    s = await start({ workers: 2, bodyLimit: 8 * 1024 * 1024, timeout: 4000 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('does not hold up GET /v1/health or a small document', async () => {
    const text = bigText(5 * 1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    let settled = false;
    const huge = s.post('/v1/extract', { text }).finally(() => {
      settled = true;
    });
    // Wait until a worker is actually running it.
    expect(await until(async () => (await s.get('/v1/ready')).json.pool.running >= 1)).toBe(true);

    const health = await s.get('/v1/health');
    expect(health.status).toBe(200);
    expect(health.json.status).toBe('ok');
    const small = await s.post('/v1/extract', { text: 'Anwar Ibrahim tiba di Johor.' });
    expect(small.status).toBe(200);
    expect(small.json.entities[0]).toMatchObject({ text: 'Anwar Ibrahim', label: 'PER' });
    expect(settled).toBe(false);

    const r = await huge;
    // 200 if a faster pipeline finishes within the deadline, else 504: never a crash.
    expect([200, 504]).toContain(r.status);
    expect((await s.get('/v1/health')).status).toBe(200);
  });
});
