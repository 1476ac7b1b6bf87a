/**
 * Shared result types. Every span is half-open, in UTF-16 code units of the ORIGINAL input,
 * and `input.slice(start, end) === text` always holds.
 */
import type { TokenColumns } from './tokenize/columns.js';
import type { Vocabulary } from './tokenize/vocabulary.js';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'abbreviation'
  | 'code'
  | 'date'
  | 'time'
  | 'money'
  | 'percent'
  | 'quantity'
  | 'emoji';

/** Enclitics (-nya, -lah, -kah, -pun, -tah, -ku, -mu) and proclitics (ku-, kau-). */
export type CliticForm = 'nya' | 'lah' | 'kah' | 'pun' | 'tah' | 'ku' | 'mu' | 'kau';

export interface Clitic extends Span {
  readonly form: CliticForm;
  readonly position: 'enclitic' | 'proclitic';
}

export type Reduplication = 'full' | 'affixed' | 'rhyming';

export interface Token extends Span {
  readonly kind: TokenKind;
  /** Case-folded, quotes and dashes unified, soft hyphens removed, NFC. Never used for offsets. */
  readonly norm: string;
  /** `norm` without its clitics; set only when the token has clitics (undefined otherwise, and left out of JSON). */
  readonly stem?: string | undefined;
  readonly clitics?: readonly Clitic[] | undefined;
  /** Set on reduplicated words: kanak-kanak (full), beramai-ramai (affixed), sayur-mayur (rhyming). */
  readonly reduplication?: Reduplication | undefined;
}

export interface Sentence extends Span {
  /** Index of the sentence's first token and one past its last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** How a relative date expression moves from the reference date. */
export interface RelativeDate {
  readonly unit: 'day' | 'week' | 'month' | 'year' | 'weekday' | 'named-month';
  /** -1 last, 0 this, +1 next; for days the day offset (semalam -1, esok +1). */
  readonly offset: number;
  /** 1 = Monday ... 7 = Sunday, for unit 'weekday'. */
  readonly weekday?: number;
  /** 1..12, for unit 'named-month' (September lalu). */
  readonly month?: number;
}

interface UnitBase extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface DateUnit extends UnitBase {
  readonly kind: 'date';
  /** ISO 8601 when known from the text alone: 2024-01-16, 2024-01, or --01-14 (no year). */
  readonly value?: string;
  readonly relative?: RelativeDate;
}
export interface TimeUnit extends UnitBase {
  readonly kind: 'time';
  /** 24-hour HH:MM when resolvable. */
  readonly value?: string;
}
export interface MoneyUnit extends UnitBase {
  readonly kind: 'money';
  readonly value?: number;
  /** ISO 4217 where the symbol is unambiguous (MYR, BND, USD, SGD, EUR, GBP, JPY, CNY ...). */
  readonly currency?: string;
}
export interface PercentUnit extends UnitBase {
  readonly kind: 'percent';
  readonly value?: number;
}
export interface QuantityUnit extends UnitBase {
  readonly kind: 'quantity';
  readonly value?: number;
  readonly unit: string;
}
/** "PYONGYANG, 21 JAN –", "KUALA LUMPUR 11 Okt. -", "PUTRAJAYA:" */
export interface DatelineUnit extends UnitBase {
  readonly kind: 'dateline';
  readonly place: Span;
  readonly date?: Span;
  readonly value?: string;
}

export type Unit = DateUnit | TimeUnit | MoneyUnit | PercentUnit | QuantityUnit | DatelineUnit;

/** Non-fatal problems, returned, never printed. */
export interface Message {
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

/** Everything the tokenizer finds in one text. */
export interface Segmentation {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly units: readonly Unit[];
  /**
   * @internal The tokens as columns (src/tokenize/columns.ts), what the pipeline's stages read:
   * `tokens` is made from them on first read. In no JSON, never output.
   */
  readonly columns: TokenColumns;
  /**
   * @internal Each token's id in the pipeline's vocabulary (src/tokenize/vocabulary.ts), when
   * segment() was given one: the later stages' caches are arrays indexed by it. Never output.
   */
  readonly ids?: Int32Array | undefined;
  /** @internal The vocabulary of `ids` (its generation tells caches by id when to start again). */
  readonly vocabulary?: Vocabulary | undefined;
}

// ---- extraction results (the contract of ../shared/spec/OUTPUT.md)

export type EntityLabel = 'PER' | 'LOC' | 'ORG';
export type EntitySource = 'gazetteer' | 'pattern' | 'model' | 'fuzzy' | 'coref';

export interface Entity extends Span {
  readonly label: EntityLabel;
  /** The entity's name in the lexicon or, for unknown entities, the fullest mention in the document. */
  readonly canonical: string;
  /** Lexicon id (Wikidata QID, ISO 3166 code, geonames:..., org:...). */
  readonly kb?: string | undefined;
  readonly source: EntitySource;
  readonly score?: number;
}

export type CameoCode =
  | '010'
  | '016'
  | '020'
  | '030'
  | '040'
  | '041'
  | '042'
  | '043'
  | '044'
  | '045'
  | '046'
  | '051'
  | '100'
  | '111'
  | '112'
  | '120'
  | '130';
export type StatementAct = 'SAY' | 'DENY' | 'APPEAL' | 'INTEND' | 'PRAISE' | 'DEMAND' | 'CRITICISE' | 'ACCUSE' | 'REJECT' | 'THREATEN';

export interface TimeSpan extends Span {
  /** ISO date or interval (2024-01-14/2024-01-20) when resolvable against the document date. */
  readonly value?: string;
}

export interface MeetRelation {
  readonly type: 'MEET';
  readonly cameo: CameoCode;
  readonly trigger: Span;
  readonly participants: readonly Span[];
  readonly place?: Span;
  readonly time?: TimeSpan;
  readonly modality: 'asserted' | 'planned' | 'other';
  readonly score?: number;
}

export interface StatementRelation {
  readonly type: 'STATEMENT';
  readonly act: StatementAct;
  readonly cameo: CameoCode;
  readonly trigger: Span;
  readonly speaker: Span;
  readonly speaker_via: 'name' | 'pronoun';
  readonly target?: Span;
  readonly content?: Span;
  readonly score?: number;
}

export type Relation = MeetRelation | StatementRelation;

export interface DateMention extends Span {
  readonly value?: string;
}

/** What extract() returns for one text. */
export interface DocumentResult {
  readonly id?: string;
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly sentences?: readonly Span[];
  readonly tokens?: readonly Token[];
  readonly dates?: readonly DateMention[];
  readonly warnings?: readonly Message[];
}
