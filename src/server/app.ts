// The HTTP service: fastify routes over a pool of worker threads, each holding one frozen
// pipeline. The main thread only parses, validates, queues and sends the JSON bytes the
// workers made (body.ts), so health checks answer while the workers are busy with a large
// document.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { FIELDS, type Field } from '../pipeline/index.js';
import { asBuffer, batchBody } from './body.js';
import { resolveServerOptions, type ServerConfig, type ServerOptions } from './config.js';
import { errorBody, ServiceError, toServiceError } from './errors.js';
import { buildOpenApi, type CollectedRoute } from './openapi.js';
import { PAGE_CSP, PAGE_HTML } from './page.js';
import { WorkerPool } from './pool.js';
import { ROUTES } from './schemas.js';
import type { DocTask, Task } from './worker.js';

export interface CreateServerOptions extends ServerOptions {
  /** Where log lines go (default standard output); ignored when logLevel is 'silent'. */
  readonly logStream?: { write(line: string): unknown };
}

/** What createServer adds to the fastify instance, as `app.kenal`. */
export interface KenalService {
  readonly config: ServerConfig;
  readonly pool: WorkerPool;
  /** Resolves once every worker has built its pipeline (GET /v1/ready turns 200 then). */
  whenReady(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    kenal: KenalService;
  }
}

interface ExtractBody {
  text: string;
  id?: string;
  date?: string;
  fields?: Field[];
}
interface BatchBody {
  documents: Array<{ id: string; text: string; date?: string }>;
  fields?: Field[];
}

const JSON_TYPE = 'application/json; charset=utf-8';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function readJson(url: URL): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const pkg = readJson(new URL('../../package.json', import.meta.url)) ?? {};
const VERSION = typeof pkg.version === 'string' ? pkg.version : '0.0.0';

function lexiconManifest(): Record<string, unknown> {
  const m = readJson(new URL('../../lexicons/dist/manifest.json', import.meta.url));
  if (!m) return {};
  const counts = (m.counts ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof m.formatVersion === 'string') out.formatVersion = m.formatVersion;
  if (typeof counts.aliases === 'number') out.aliases = counts.aliases;
  if (m.packages && typeof m.packages === 'object') out.packages = m.packages;
  return out;
}

/**
 * Builds the service. The worker pool starts at once and warms in the background; call
 * `app.listen({ port, host })` to serve and `app.close()` to finish in-flight requests and
 * stop the workers.
 */
export function createServer(options: CreateServerOptions = {}): FastifyInstance {
  const { logStream, ...rest } = options;
  const config = resolveServerOptions(rest);
  const logger: FastifyServerOptions['logger'] =
    config.logLevel === 'silent' ? false : logStream ? { level: config.logLevel, stream: logStream } : { level: config.logLevel };
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    // Receiving a request (headers and body) has the per-request deadline too: fastify's
    // default is no limit, so a slowloris client (a byte at a time) held a socket forever.
    // Node answers 408 and closes; it checks open requests every second (default 30 s).
    requestTimeout: config.timeout,
    http: { requestTimeout: config.timeout, headersTimeout: config.timeout, connectionsCheckingInterval: Math.min(1000, config.timeout) },
    // A client's own request id is kept when it looks like one, else a fresh UUID.
    requestIdHeader: false,
    genReqId: (req) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && REQUEST_ID.test(h) ? h : randomUUID();
    },
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    schemaErrorFormatter: (errors, dataVar) => {
      const e = errors[0];
      const where = `${dataVar}${e?.instancePath ?? ''}`;
      const extra = (e?.params as { additionalProperty?: unknown } | undefined)?.additionalProperty;
      const allowed = (e?.params as { allowedValues?: unknown } | undefined)?.allowedValues;
      let message = `${where} ${e?.message ?? 'is invalid'}`;
      if (typeof extra === 'string') message = `${where} has an unknown property "${extra}"`;
      else if (Array.isArray(allowed)) message += `: ${allowed.join(', ')}`;
      return new Error(message);
    },
    // Answered by the onRequest hook below instead, in this service's error shape.
    return503OnClosing: false,
  });
  const pool = new WorkerPool({
    workers: config.workers,
    queueSize: config.queueSize,
    timeout: config.timeout,
    onError: (err) => app.log.error({ err }, 'worker pool error'),
  });
  const warm = pool.whenWarm();
  warm.then(
    () => {
      app.log.info({ workers: pool.size }, 'worker pipelines ready');
      pool.lexiconInfo().catch(() => undefined); // for /v1/info, asked once while idle
    },
    (err: unknown) => app.log.fatal({ err }, 'a worker could not build its pipeline: the service stays not ready'),
  );
  app.decorate('kenal', { config, pool, whenReady: () => warm } satisfies KenalService);

  const routes: CollectedRoute[] = [];
  app.addHook('onRoute', (r) => {
    if (!r.schema) return;
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const contentType = (r.config as { contentType?: string } | undefined)?.contentType;
    for (const m of methods) {
      if (m === 'HEAD') continue;
      routes.push(
        contentType
          ? { method: m, url: r.url, schema: r.schema as Record<string, unknown>, contentType }
          : { method: m, url: r.url, schema: r.schema as Record<string, unknown> },
      );
    }
  });
  let openapi: string | undefined;

  // Only JSON is accepted: without this fastify would parse text/plain bodies too.
  app.removeContentTypeParser('text/plain');

  // While closing, answers ask keep-alive clients to hang up, so that the server can close
  // as soon as the in-flight requests are answered (fastify keeps idle sockets for 72 s).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Both hooks take a callback rather than returning a promise: on every request, that saves
  // fastify a promise and a turn of the microtask queue each. An answer sent from onRequest
  // ends the request there (done is not called), as fastify documents.
  app.addHook('onRequest', (req, reply, done) => {
    if (!closing) return done();
    const path = req.url.split('?')[0];
    if (path === '/v1/health' || path === '/v1/ready') return done();
    reply
      .code(503)
      .header('retry-after', '1')
      .send(errorBody(new ServiceError('E_UNAVAILABLE', 'the service is shutting down')));
  });
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  app.setErrorHandler((err, req, reply) => {
    const e = toServiceError(err);
    if (e.status >= 500 && e.code !== 'E_BUSY' && e.code !== 'E_UNAVAILABLE') req.log.error({ err }, e.message);
    else req.log.info({ code: e.code }, e.message);
    if (e.code === 'E_BUSY' || e.code === 'E_UNAVAILABLE') reply.header('retry-after', '1');
    return reply.code(e.status).send(errorBody(e));
  });
  app.setNotFoundHandler((req, reply) => {
    return reply.code(404).send(errorBody(new ServiceError('E_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0] ?? ''}`)));
  });

  const sendJson = (reply: FastifyReply, json: string | Buffer): FastifyReply => reply.type(JSON_TYPE).send(json);

  app.post<{ Body: ExtractBody }>('/v1/extract', { schema: ROUTES.extract! }, async (req, reply) => {
    const { text, id, date, fields } = req.body;
    const doc: DocTask = { text, ...(id !== undefined ? { id } : {}), ...(date !== undefined ? { date } : {}) };
    const body = await pool.run({ op: 'extract', docs: [doc], ...(fields ? { fields } : {}) });
    return sendJson(reply, asBuffer(body));
  });

  app.post<{ Body: BatchBody }>('/v1/extract/batch', { schema: ROUTES.batch! }, async (req, reply) => {
    const { documents, fields } = req.body;
    if (documents.length > config.maxBatch) {
      throw new ServiceError('E_BATCH_TOO_LARGE', `a batch holds at most ${config.maxBatch} documents, got ${documents.length}`);
    }
    // Contiguous chunks, one per worker, so a batch uses the whole pool but few queue slots.
    const docs: DocTask[] = documents.map((d) => ({ id: d.id, text: d.text, ...(d.date !== undefined ? { date: d.date } : {}) }));
    const chunks = Math.min(pool.size, docs.length);
    const per = Math.ceil(docs.length / chunks);
    const tasks: Task[] = [];
    for (let i = 0; i < docs.length; i += per) tasks.push({ op: 'extract', docs: docs.slice(i, i + per), ...(fields ? { fields } : {}) });
    let results: Uint8Array[];
    try {
      results = await pool.runAll(tasks);
    } catch (err) {
      if (err instanceof ServiceError && err.index !== undefined) {
        const at = err.index;
        throw new ServiceError(err.code, `documents[${at}] (id ${JSON.stringify(documents[at]?.id)}): ${err.message}`, at);
      }
      throw err;
    }
    return sendJson(reply, batchBody(results));
  });

  app.post<{ Body: { text: string } }>('/v1/tokenize', { schema: ROUTES.tokenize! }, async (req, reply) => {
    return sendJson(reply, asBuffer(await pool.run({ op: 'tokenize', text: req.body.text })));
  });

  const started = Date.now();
  app.get('/v1/health', { schema: ROUTES.health! }, async () => ({ status: 'ok', uptime: (Date.now() - started) / 1000 }));

  app.get('/v1/ready', { schema: ROUTES.ready! }, async (_req, reply) => {
    const ready = pool.isReady();
    return reply.code(ready ? 200 : 503).send({ ready, pool: pool.stats() });
  });

  const manifest = lexiconManifest();
  app.get('/v1/info', { schema: ROUTES.info! }, async () => {
    const lexicon = await pool.lexiconInfo();
    return {
      name: typeof pkg.name === 'string' ? pkg.name : 'kenal',
      version: VERSION,
      node: process.version,
      lexicon: { ...lexicon, ...manifest },
      limits: {
        bodyLimit: config.bodyLimit,
        maxBatch: config.maxBatch,
        timeout: config.timeout,
        queueSize: config.queueSize,
        workers: config.workers,
      },
      fields: [...FIELDS],
      pool: pool.stats(),
    };
  });

  app.get('/openapi.json', { schema: ROUTES.openapi! }, async (_req, reply) => {
    openapi ??= JSON.stringify(
      buildOpenApi(routes, {
        title: 'kenal tagging service',
        version: VERSION,
        description:
          'Recognise people, places and organisations in Malay news, link them, and extract who met whom and who said what. Errors are { "error": { "code", "message" } }.',
      }),
    );
    return sendJson(reply, openapi);
  });

  app.get('/', { schema: ROUTES.page!, config: { contentType: 'text/html' } }, async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .send(PAGE_HTML),
  );
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());

  // Runs after fastify stopped taking requests and the in-flight ones were answered.
  app.addHook('onClose', async () => {
    await pool.close();
  });
  return app;
}
