// Public surface of kenal. Pinned by test/index.test.ts: add to it on purpose.
export { segment, tokenize, sentences } from './tokenize/index.js';
export { KenalError } from './errors.js';
export type { ErrorCode } from './errors.js';
export type {
  Span,
  Token,
  TokenKind,
  Clitic,
  CliticForm,
  Reduplication,
  Sentence,
  Segmentation,
  Unit,
  DateUnit,
  TimeUnit,
  MoneyUnit,
  PercentUnit,
  QuantityUnit,
  DatelineUnit,
  RelativeDate,
  Message,
} from './types.js';
