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
export { createPipeline, extract, FIELDS } from './pipeline/index.js';
export type { Pipeline, PipelineOptions, ExtractOptions, Field } from './pipeline/index.js';
export { loadBundledLexicon, parseLexicon, mergeLexicons } from './lexicon/index.js';
export type { Lexicon, LexiconEntry, LexiconMessage } from './lexicon/index.js';
export type {
  Entity,
  EntityLabel,
  EntitySource,
  Relation,
  MeetRelation,
  StatementRelation,
  StatementAct,
  CameoCode,
  TimeSpan,
  DateMention,
  DocumentResult,
} from './types.js';
