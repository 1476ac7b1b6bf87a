/** Stable error codes: the CLI maps them to exit codes, the service to HTTP statuses. */
export type ErrorCode = 'E_INPUT_TYPE' | 'E_INPUT_TOO_LARGE' | 'E_OPTION' | 'E_LEXICON' | 'E_INTERNAL';

export class KenalError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'KenalError';
    this.code = code;
  }
}

/** Throws E_INPUT_TYPE unless `text` is a string. */
export function assertText(text: unknown, what = 'text'): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new KenalError('E_INPUT_TYPE', `${what} must be a string, got ${got}`);
  }
}
