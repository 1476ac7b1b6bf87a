// kenal/server: the HTTP tagging service. Kept out of the core entry point, which is
// bundled for browsers and must not pull in fastify or worker threads.

export type { CreateServerOptions, KenalService } from './app.js';
export { createServer } from './app.js';
export type { ListenOptions, LogLevel, ServeConfig, ServeFlags, ServerConfig, ServerOptions } from './config.js';
export { DEFAULTS, ENV, resolveServeConfig, resolveServerOptions } from './config.js';
export type { ErrorBody, ServiceErrorCode } from './errors.js';
export { ServiceError, STATUS } from './errors.js';
