// kenal/server: the HTTP tagging service. Kept out of the core entry point, which is
// bundled for browsers and must not pull in fastify or worker threads.
export { createServer } from './app.js';
export type { CreateServerOptions, KenalService } from './app.js';
export { resolveServerOptions, resolveServeConfig, DEFAULTS, ENV } from './config.js';
export type { ServerOptions, ServerConfig, ServeConfig, ServeFlags, ListenOptions, LogLevel } from './config.js';
export { ServiceError, STATUS } from './errors.js';
export type { ServiceErrorCode, ErrorBody } from './errors.js';
