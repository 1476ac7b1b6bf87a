// Configuration: defaults, KENAL_* environment, flags over environment, bad values refused.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveServeConfig, resolveServerOptions } from '../../src/server/index.js';

describe('server configuration', () => {
  it('has safe defaults: loopback, 1 MiB bodies, one worker per core', () => {
    expect(resolveServeConfig({}, {})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      bodyLimit: 1024 * 1024,
      workers: availableParallelism(),
      timeout: 10_000,
      queueSize: 256,
      maxBatch: 100,
      logLevel: 'info',
    });
    expect(resolveServerOptions().logLevel).toBe('silent');
  });

  it('reads KENAL_* variables and lets flags win', () => {
    const env = {
      KENAL_PORT: '8080',
      KENAL_HOST: '0.0.0.0',
      KENAL_BODY_LIMIT: '2mb',
      KENAL_WORKERS: '3',
      KENAL_TIMEOUT: '500',
      KENAL_QUEUE_SIZE: '0',
      KENAL_MAX_BATCH: '10',
      KENAL_LOG_LEVEL: 'warn',
    };
    expect(resolveServeConfig({}, env)).toEqual({
      port: 8080,
      host: '0.0.0.0',
      bodyLimit: 2 * 1024 * 1024,
      workers: 3,
      timeout: 500,
      queueSize: 0,
      maxBatch: 10,
      logLevel: 'warn',
    });
    expect(resolveServeConfig({ port: '0', workers: '1', bodyLimit: '512kb' }, env)).toMatchObject({
      port: 0,
      workers: 1,
      bodyLimit: 512 * 1024,
      host: '0.0.0.0',
    });
  });

  it('refuses bad values with E_OPTION', () => {
    for (const flags of [
      { port: '70000' },
      { port: 'http' },
      { workers: '0' },
      { workers: '1.5' },
      { bodyLimit: 'lots' },
      { timeout: '-1' },
      { logLevel: 'loud' },
    ]) {
      expect(() => resolveServeConfig(flags, {}), JSON.stringify(flags)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    }
    expect(() => resolveServerOptions({ port: 1 } as never)).toThrow(/unknown server option "port"/);
  });
});
