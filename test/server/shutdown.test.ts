// `kenal serve` as a user runs it: a child process on an ephemeral port, logs as JSON lines
// with request ids, and SIGTERM that lets an in-flight request finish before exiting 0.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bigText, until } from './helpers.js';

const BIN = fileURLToPath(new URL('../../bin/kenal', import.meta.url));

describe('kenal serve', () => {
  it('logs with request ids and finishes in-flight requests on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--workers', '1', '--body-limit', '2mb', '--timeout', '60000'], {
      env: { ...process.env, KENAL_HOST: '127.0.0.1', KENAL_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = once(child, 'exit');
    try {
      expect(await until(async () => /serving on http:\/\/127\.0\.0\.1:\d+/.test(err), 400)).toBe(true);
      const base = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err)![1]!;
      expect(await until(async () => (await fetch(`${base}/v1/ready`)).status === 200)).toBe(true);

      // A document large enough to be still running when the signal comes.
      let settled = false;
      const inFlight = fetch(`${base}/v1/extract`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-in-flight' },
        body: JSON.stringify({ text: bigText(500 * 1024) }),
      }).finally(() => (settled = true));
      expect(
        await until(async () => ((await (await fetch(`${base}/v1/ready`)).json()) as { pool: { running: number } }).pool.running === 1),
      ).toBe(true);
      child.kill('SIGTERM');

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { entities: unknown[] }).entities.length).toBeGreaterThan(0);
      // Bounded: a server that keeps idle keep-alive sockets open would never exit.
      const code = await Promise.race([
        exited.then(([c]) => c as number | null),
        new Promise<string>((r) => setTimeout(() => r('still running 15 s after SIGTERM'), 15_000)),
      ]);
      expect(code).toBe(0);
      expect(settled).toBe(true);

      const logs = out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logs.some((l) => l.reqId === 'req-in-flight' && (l.res as { statusCode?: number } | undefined)?.statusCode === 200)).toBe(
        true,
      );
      expect(logs.some((l) => l.msg === 'shutting down: finishing in-flight requests' && l.signal === 'SIGTERM')).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
