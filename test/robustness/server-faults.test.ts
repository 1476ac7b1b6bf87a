// The service under hostile traffic, all on 127.0.0.1 and bounded in count and time:
// slowloris bodies time out, oversized and malformed requests are rejected in the service's
// error shape, and 1,000 concurrent bad requests neither grow memory much nor stop good
// requests from succeeding.
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, start } from '../server/helpers.js';

// A real collection before each heap reading (vitest does not start node with --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const settledHeap = async (): Promise<number> => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
};

const GOOD = { text: 'Perdana Menteri Anwar Ibrahim bertemu Presiden Prabowo Subianto di Jakarta semalam.' };

/** A raw HTTP exchange: writes `head` and `chunks` `gapMs` apart; resolves with what came back and when the socket closed. */
function raw(
  base: string,
  head: string,
  chunks: readonly string[],
  gapMs: number,
  limitMs: number,
): Promise<{ reply: string; closedAfterMs: number }> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const t0 = Date.now();
    const s: Socket = connect(Number(port), '127.0.0.1');
    let reply = '';
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    const done = (): void => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ reply, closedAfterMs: Date.now() - t0 });
    };
    const guard = setTimeout(() => s.destroy(), limitMs);
    const next = (): void => {
      if (s.destroyed || i >= chunks.length) return;
      s.write(chunks[i++]!);
      timer = setTimeout(next, gapMs);
    };
    s.on('connect', () => {
      s.write(head);
      timer = setTimeout(next, gapMs);
    });
    s.on('data', (d) => (reply += d.toString('latin1')));
    s.on('error', () => undefined);
    s.on('close', done);
  });
}

describe('slow and hostile connections', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 1, timeout: 1500, bodyLimit: 64 * 1024 });
  });
  afterAll(async () => {
    await s.close();
  });

  it('a slowloris body (one byte every 200 ms) is cut off near the deadline, and good requests pass meanwhile', async () => {
    const body = JSON.stringify(GOOD);
    const head = `POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const slow = raw(s.base, head, [...body], 200, 20_000);
    const ok = await s.post('/v1/extract', GOOD);
    expect(ok.status).toBe(200);
    const r = await slow;
    expect(r.closedAfterMs).toBeLessThan(8000); // the full body would take 17 s
    expect(r.reply === '' || /^HTTP\/1\.1 (408|400|503)/.test(r.reply)).toBe(true);
  });

  it('slowloris headers (one header line every 200 ms) are cut off too', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `X-Slow-${i}: x\r\n`);
    const r = await raw(s.base, 'POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n', lines, 200, 20_000);
    expect(r.closedAfterMs).toBeLessThan(8000);
  });

  it('a body shorter than its Content-Length does not hold a worker: cut off near the deadline', async () => {
    const r = await raw(
      s.base,
      'POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":"Anwar',
      [],
      100,
      20_000,
    );
    expect(r.closedAfterMs).toBeLessThan(8000);
  });

  it('a Content-Length over the limit is refused at once with 413, before the body is read', async () => {
    const r = await raw(
      s.base,
      'POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n{"text":"',
      [],
      50,
      10_000,
    );
    expect(r.reply).toMatch(/^HTTP\/1\.1 413/);
    expect(r.reply).toContain('"E_INPUT_TOO_LARGE"');
  });

  it('a chunked body over the limit is refused with 413', async () => {
    const chunk = `${(32 * 1024).toString(16)}\r\n${'a'.repeat(32 * 1024)}\r\n`;
    const r = await raw(
      s.base,
      'POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n',
      [chunk, chunk, chunk, '0\r\n\r\n'],
      20,
      10_000,
    );
    expect(r.reply).toMatch(/^HTTP\/1\.1 413/);
  });

  it.each([
    ['nested 20,000 deep', `{"text":${'['.repeat(20_000)}${']'.repeat(20_000)}}`, 400],
    ['a prototype-poisoning key', '{"text":"Anwar","__proto__":{"admin":true}}', 400],
    ['a constructor-poisoning key', '{"text":"Anwar","constructor":{"prototype":{"admin":true}}}', 400],
    ['invalid UTF-8 bytes', Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 200],
    ['a lone surrogate escape', '{"text":"Anwar \\ud800 Ibrahim"}', 200],
    ['NUL characters', '{"text":"Anwar\\u0000Ibrahim\\u0000"}', 200],
    ['a number where text should be', '{"text":1e400}', 400],
    ['duplicate keys', '{"text":"Anwar","text":"Ibrahim"}', 200],
    ['trailing garbage', '{"text":"Anwar"} {"text":"again"}', 400],
  ])('malformed body (%s): %s in the service shape, never a crash', async (_name, body, status) => {
    const res = await fetch(`${s.base}/v1/extract`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error?: { code: string; message: string }; entities?: unknown[] };
    if (status === 200) expect(Array.isArray(json.entities)).toBe(true);
    else expect(typeof json.error?.code).toBe('string');
  });

  it('a header block over the limit is refused (431) and the service stays up', async () => {
    const res = await fetch(`${s.base}/v1/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-big': 'a'.repeat(64 * 1024) },
      body: JSON.stringify(GOOD),
    }).catch(() => undefined);
    if (res) expect(res.status).toBe(431);
    expect((await s.post('/v1/extract', GOOD)).status).toBe(200);
  });
});

describe('1,000 concurrent bad requests', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ workers: 2, bodyLimit: 16 * 1024, queueSize: 64 });
  });
  afterAll(async () => {
    await s.close();
  });

  const BAD: readonly (() => RequestInit & { path?: string })[] = [
    () => ({ body: '{"text": "Anwar' }),
    () => ({ body: JSON.stringify({ text: 'x'.repeat(20 * 1024) }) }),
    () => ({ body: JSON.stringify({ text: 42 }) }),
    () => ({ body: JSON.stringify({ text: 'Anwar', colour: 'merah' }) }),
    () => ({ body: 'text=Anwar', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    () => ({ body: '', headers: { 'content-type': 'application/json' } }),
    () => ({ body: JSON.stringify({ documents: 'none' }), path: '/v1/extract/batch' }),
    () => ({ method: 'GET', body: null, path: '/v1/nothing' }),
  ];

  async function burst(n: number): Promise<number[]> {
    return Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const b = BAD[i % BAD.length]!();
        const res = await fetch(`${s.base}${b.path ?? '/v1/extract'}`, {
          method: b.method ?? 'POST',
          headers: b.headers ?? { 'content-type': 'application/json' },
          body: b.body ?? null,
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
  }

  it('every one is answered 4xx, good requests sent alongside succeed, memory stays near where it was', async () => {
    await burst(200); // warm up: connection pool, JIT, parser caches
    const before = await settledHeap();
    const good = Promise.all(Array.from({ length: 20 }, () => s.post('/v1/extract', GOOD)));
    const statuses = await burst(1000);
    expect(statuses.every((x) => x >= 400 && x < 500)).toBe(true);
    expect(statuses.filter((x) => x === 413).length).toBeGreaterThan(0);
    const answers = await good;
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => a.json.entities.length > 0)).toBe(true);
    await burst(1000);
    const after = await settledHeap();
    // generous: two more bursts of 1,000 must not leave tens of megabytes behind
    expect(after - before).toBeLessThan(32 * 1024 * 1024);
    expect((await s.get('/v1/health')).status).toBe(200);
    expect((await s.get('/v1/ready')).status).toBe(200);
  });
});
