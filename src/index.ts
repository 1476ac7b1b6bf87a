// Public surface of kenal. Pinned by test/index.test.ts: add to it on purpose.

export type { ErrorCode } from './errors.js';
export { KenalError } from './errors.js';
export type { Lexicon, LexiconEntry, LexiconMessage } from './lexicon/index.js';
export { loadBundledLexicon, mergeLexicons, parseLexicon } from './lexicon/index.js';
export type { ExtractOptions, Field, Pipeline, PipelineOptions } from './pipeline/index.js';
export { createPipeline, extract, FIELDS } from './pipeline/index.js';
export { segment, sentences, tokenize } from './tokenize/index.js';
export type {
  CameoCode,
  Clitic,
  CliticForm,
  DatelineUnit,
  DateMention,
  DateUnit,
  DocumentResult,
  Entity,
  EntityLabel,
  EntitySource,
  MeetRelation,
  Message,
  MoneyUnit,
  PercentUnit,
  QuantityUnit,
  Reduplication,
  Relation,
  RelativeDate,
  Segmentation,
  Sentence,
  Span,
  StatementAct,
  StatementRelation,
  TimeSpan,
  TimeUnit,
  Token,
  TokenKind,
  Unit,
} from './types.js';
