// `kenal serve`: the tagging service on a port. Flags win over KENAL_* environment
// variables, which win over the defaults. SIGTERM and SIGINT finish in-flight requests,
// stop the workers and exit 0; a second signal exits at once.
import type { Command } from 'commander';
import { ENV, resolveServeConfig, type ServeFlags } from './config.js';

export async function runServe(flags: ServeFlags): Promise<number> {
  const config = resolveServeConfig(flags);
  const { port, host, ...options } = config;
  // Loaded here so that other kenal commands do not pay for fastify at start-up.
  const { createServer } = await import('./app.js');
  const app = createServer(options);
  try {
    await app.listen({ port, host });
  } catch (err) {
    await app.close(); // stop the workers; the error (EADDRINUSE, ...) is reported by the CLI
    throw err;
  }
  const address = app.server.address();
  const shown =
    address && typeof address === 'object'
      ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      : String(address);
  process.stderr.write(`kenal: serving on ${shown} (${config.workers} workers; GET / for the demo page, /openapi.json for the API)\n`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        process.stderr.write(`kenal: ${signal} again, exiting now\n`);
        process.exit(1);
      }
      stopping = true;
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      app.close().then(
        () => {
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          resolve(0);
        },
        (err: unknown) => {
          process.stderr.write(`kenal: shutdown failed: ${err instanceof Error ? err.message : String(err)}\n`);
          resolve(70);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

export function registerServe(program: Command, run: (p: Promise<number>) => void): void {
  const env = (k: keyof typeof ENV): string => ENV[k];
  program
    .command('serve')
    .description('run the HTTP tagging service (POST /v1/extract, /v1/extract/batch; demo page at /)')
    .option('-p, --port <port>', `port to listen on, 0 for any free one (env ${env('port')}, default 3000)`)
    .option('-H, --host <host>', `address to bind (env ${env('host')}, default 127.0.0.1: loopback only)`)
    .option('--body-limit <size>', `largest request body, e.g. 1mb or 1048576 (env ${env('bodyLimit')}, default 1mb)`)
    .option('-w, --workers <n>', `worker threads (env ${env('workers')}, default: one per core)`)
    .option('--timeout <ms>', `per-request limit in ms, queueing included; 504 past it (env ${env('timeout')}, default 10000)`)
    .option('--queue-size <n>', `tasks that may wait for a worker; 503 past it (env ${env('queueSize')}, default 256)`)
    .option('--max-batch <n>', `most documents in one batch request; 413 past it (env ${env('maxBatch')}, default 100)`)
    .option('--log-level <level>', `fatal, error, warn, info, debug, trace or silent (env ${env('logLevel')}, default info)`)
    .addHelpText(
      'after',
      '\nLogs are JSON lines (pino) on standard output, each with its request id (reqId; a client may send x-request-id).\n\nExamples:\n  kenal serve --port 8080 --workers 2\n  KENAL_PORT=0 kenal serve\n  curl -s localhost:3000/v1/extract -H "content-type: application/json" -d \'{"text":"Anwar bertemu Prabowo di Putrajaya."}\'',
    )
    .action((opts: ServeFlags) => {
      run(runServe(opts));
    });
}
