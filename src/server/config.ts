// Service configuration: defaults, then environment (KENAL_*), then flags. Checked once, here,
// so the rest of the server can trust it.
import { availableParallelism } from 'node:os';
import { KenalError } from '../errors.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ServerOptions {
  /** Largest request body in bytes (default 1 MiB): larger bodies get 413. */
  readonly bodyLimit?: number;
  /** Worker threads that run extraction (default: the machine's cores). */
  readonly workers?: number;
  /** Per-request limit in milliseconds, queueing included (default 10,000): past it, 504. */
  readonly timeout?: number;
  /** Tasks that may wait for a free worker (default 256): past it, 503. */
  readonly queueSize?: number;
  /** Most documents in one batch request (default 100): past it, 413. */
  readonly maxBatch?: number;
  /** Log level of fastify's pino logger (default 'silent' for createServer, 'info' for kenal serve). */
  readonly logLevel?: LogLevel;
}

export interface ListenOptions {
  readonly port?: number;
  readonly host?: string;
}

export type ServerConfig = Required<ServerOptions>;
export type ServeConfig = ServerConfig & Required<ListenOptions>;

export const DEFAULTS = {
  bodyLimit: 1024 * 1024,
  timeout: 10_000,
  queueSize: 256,
  maxBatch: 100,
  logLevel: 'silent',
  port: 3000,
  host: '127.0.0.1',
} as const;

function positiveInt(name: string, v: unknown, min = 1): number {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) {
    throw new KenalError('E_OPTION', `${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
  }
  return n;
}

/** Sizes such as 1048576, 512kb, 1mb, 5 MB. */
export function parseSize(name: string, v: unknown): number {
  if (typeof v === 'string') {
    // trimmed first: with \s* on both sides of the optional unit the regex was quadratic
    // on a value such as '1' + many spaces + 'x'
    const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim());
    if (m) {
      const unit = (m[2] ?? 'b').toLowerCase()[0];
      const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
      const n = Math.floor(Number(m[1]) * mult);
      if (n >= 1 && Number.isSafeInteger(n)) return n;
    }
    throw new KenalError('E_OPTION', `${name} must be a size such as 1048576, 512kb or 1mb, got ${JSON.stringify(v)}`);
  }
  return positiveInt(name, v);
}

function logLevel(name: string, v: unknown): LogLevel {
  if (typeof v === 'string' && (LOG_LEVELS as readonly string[]).includes(v)) return v as LogLevel;
  throw new KenalError('E_OPTION', `${name} must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(v)}`);
}

function checkKeys(o: object, allowed: readonly string[], what: string): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw new KenalError('E_OPTION', `unknown ${what} option "${k}"`);
  }
}

const SERVER_KEYS = ['bodyLimit', 'workers', 'timeout', 'queueSize', 'maxBatch', 'logLevel'] as const;

/** Fills in defaults and checks every value; throws KenalError E_OPTION on a bad one. */
export function resolveServerOptions(options: ServerOptions = {}): ServerConfig {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new KenalError('E_OPTION', 'server options must be an object');
  checkKeys(options, SERVER_KEYS, 'server');
  const o = options as Record<string, unknown>;
  const get = (k: string): unknown => o[k];
  return {
    bodyLimit: get('bodyLimit') === undefined ? DEFAULTS.bodyLimit : parseSize('bodyLimit', get('bodyLimit')),
    workers: get('workers') === undefined ? Math.max(1, availableParallelism()) : positiveInt('workers', get('workers')),
    timeout: get('timeout') === undefined ? DEFAULTS.timeout : positiveInt('timeout', get('timeout')),
    queueSize: get('queueSize') === undefined ? DEFAULTS.queueSize : positiveInt('queueSize', get('queueSize'), 0),
    maxBatch: get('maxBatch') === undefined ? DEFAULTS.maxBatch : positiveInt('maxBatch', get('maxBatch')),
    logLevel: get('logLevel') === undefined ? DEFAULTS.logLevel : logLevel('logLevel', get('logLevel')),
  };
}

/** Environment variables read by `kenal serve`; flags win over them. */
export const ENV = {
  port: 'KENAL_PORT',
  host: 'KENAL_HOST',
  bodyLimit: 'KENAL_BODY_LIMIT',
  workers: 'KENAL_WORKERS',
  timeout: 'KENAL_TIMEOUT',
  queueSize: 'KENAL_QUEUE_SIZE',
  maxBatch: 'KENAL_MAX_BATCH',
  logLevel: 'KENAL_LOG_LEVEL',
} as const;

export type ServeFlags = { readonly [K in keyof typeof ENV]?: string | number };

function checkPort(n: number): number {
  if (n > 65535) throw new KenalError('E_OPTION', `port must be at most 65535, got ${n}`);
  return n;
}

/** Merges flags over KENAL_* environment variables over defaults (log level info for the command). */
export function resolveServeConfig(flags: ServeFlags, env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const pick = (k: keyof typeof ENV): string | number | undefined => {
    const f = flags[k];
    if (f !== undefined) return f;
    const e = env[ENV[k]];
    return e !== undefined && e !== '' ? e : undefined;
  };
  const server: Record<string, unknown> = {};
  for (const k of SERVER_KEYS) {
    const v = pick(k);
    if (v !== undefined) server[k] = v;
  }
  server.logLevel ??= 'info';
  const base = resolveServerOptions(server as ServerOptions);
  const port = pick('port');
  const host = pick('host');
  return {
    ...base,
    port: port === undefined ? DEFAULTS.port : checkPort(positiveInt('port', port, 0)),
    host: host === undefined ? DEFAULTS.host : String(host),
  };
}
