// Errors the service answers with: one shape, `{ "error": { "code", "message" } }`, and a
// fixed status per code, so clients can branch on the code rather than on the text.
import type { FastifyError } from 'fastify';
import { KenalError } from '../errors.js';

export type ServiceErrorCode =
  | 'E_BAD_JSON'
  | 'E_VALIDATION'
  | 'E_INPUT_TYPE'
  | 'E_OPTION'
  | 'E_INPUT_TOO_LARGE'
  | 'E_BATCH_TOO_LARGE'
  | 'E_MEDIA_TYPE'
  | 'E_NOT_FOUND'
  | 'E_BUSY'
  | 'E_UNAVAILABLE'
  | 'E_TIMEOUT'
  | 'E_INTERNAL';

export const STATUS: Readonly<Record<ServiceErrorCode, number>> = {
  E_BAD_JSON: 400,
  E_VALIDATION: 400,
  E_INPUT_TYPE: 400,
  E_OPTION: 400,
  E_INPUT_TOO_LARGE: 413,
  E_BATCH_TOO_LARGE: 413,
  E_MEDIA_TYPE: 415,
  E_NOT_FOUND: 404,
  E_BUSY: 503,
  E_UNAVAILABLE: 503,
  E_TIMEOUT: 504,
  E_INTERNAL: 500,
};

export class ServiceError extends Error {
  readonly code: ServiceErrorCode;
  readonly status: number;
  /** For batch requests: the document the error is about. */
  readonly index: number | undefined;
  constructor(code: ServiceErrorCode, message: string, index?: number) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.status = STATUS[code];
    this.index = index;
  }
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

function isServiceCode(code: string): code is ServiceErrorCode {
  return Object.hasOwn(STATUS, code);
}

/** Maps anything thrown while handling a request to a service error. */
export function toServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  if (err instanceof KenalError) return new ServiceError(isServiceCode(err.code) ? err.code : 'E_INTERNAL', err.message);
  const e = err as Partial<FastifyError> & { validation?: unknown; validationContext?: string };
  if (e && typeof e === 'object') {
    if (e.validation) return new ServiceError('E_VALIDATION', e.message ?? 'invalid request');
    switch (e.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return new ServiceError('E_BAD_JSON', e.message ?? 'body is not valid JSON');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return new ServiceError('E_INPUT_TOO_LARGE', e.message ?? 'request body is too large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return new ServiceError('E_MEDIA_TYPE', 'send JSON: Content-Type must be application/json');
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return new ServiceError('E_VALIDATION', e.message ?? 'bad Content-Length');
      default:
        break;
    }
    // JSON.parse errors from the body parser carry statusCode 400 and are SyntaxErrors.
    if (err instanceof SyntaxError || (e.statusCode === 400 && /JSON/i.test(e.message ?? ''))) {
      return new ServiceError('E_BAD_JSON', `body is not valid JSON: ${e.message ?? ''}`.trim());
    }
    if (e.statusCode === 413) return new ServiceError('E_INPUT_TOO_LARGE', e.message ?? 'request body is too large');
    if (e.statusCode === 415) return new ServiceError('E_MEDIA_TYPE', e.message ?? 'unsupported media type');
    if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
      return new ServiceError('E_VALIDATION', e.message ?? 'bad request');
  }
  return new ServiceError('E_INTERNAL', 'internal error');
}

export function errorBody(err: ServiceError): ErrorBody {
  return { error: { code: err.code, message: err.message } };
}
