// Start the service on an ephemeral loopback port and talk to it over real HTTP.
import type { FastifyInstance } from 'fastify';
import { type CreateServerOptions, createServer } from '../../src/server/index.js';

export interface Running {
  readonly app: FastifyInstance;
  readonly base: string;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string): Promise<Answer>;
  close(): Promise<void>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed response body of whatever route the test calls; each test reads the fields it asserts
  readonly json: any;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function start(options: CreateServerOptions = {}, warm = true): Promise<Running> {
  const app = createServer({ workers: 2, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr !== 'object') throw new Error('no address');
  const base = `http://127.0.0.1:${addr.port}`;
  if (warm) await app.kenal.whenReady();
  return {
    app,
    base,
    post: async (path, body, headers = {}) =>
      answer(
        await fetch(base + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    get: async (path) => answer(await fetch(base + path)),
    close: () => app.close(),
  };
}

/** Polls until `ok` holds, at most `tries` times, `ms` apart (bounded: never hangs a test). */
export async function until(ok: () => Promise<boolean>, tries = 400, ms = 25): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, ms));
  }
  return false;
}

/** Malay text of at least `bytes` UTF-8 bytes (a news paragraph repeated). */
export function bigText(bytes: number): string {
  const para =
    'KUALA LUMPUR, 3 Mac – Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Putrajaya semalam bagi membincangkan kerjasama ekonomi. "Hubungan kita semakin kukuh," katanya kepada pemberita.\n\n';
  return para.repeat(Math.ceil(bytes / Buffer.byteLength(para)));
}
