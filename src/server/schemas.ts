// JSON schemas of the service: fastify validates requests with them and serialises the small
// responses; /openapi.json is generated from the same objects (see openapi.ts), so the
// documentation cannot drift from what is enforced.
import type { FastifySchema } from 'fastify';
import { FIELDS } from '../pipeline/index.js';

type Schema = Record<string, unknown>;

const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

export const Span: Schema = {
  type: 'object',
  description: 'Half-open span [start, end) in UTF-16 code units of the input; input.slice(start, end) === text.',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
};

export const Entity: Schema = {
  type: 'object',
  required: ['start', 'end', 'text', 'label', 'canonical', 'source'],
  properties: {
    ...(Span.properties as Schema),
    label: { type: 'string', description: 'PER, ORG or LOC (further labels may be added).' },
    canonical: { type: 'string', description: 'Lexicon name or, for unknown entities, the fullest mention in the document.' },
    kb: { type: 'string', description: 'Lexicon id: Wikidata QID, ISO 3166 code, geonames:..., org:...' },
    source: { type: 'string', enum: ['gazetteer', 'pattern', 'model', 'fuzzy', 'coref'] },
    score: { type: 'number', minimum: 0, maximum: 1 },
  },
};

const TimeSpan: Schema = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { ...(Span.properties as Schema), value: { type: 'string', description: 'ISO date or interval.' } },
};

export const MeetRelation: Schema = {
  type: 'object',
  required: ['type', 'cameo', 'trigger', 'participants', 'modality'],
  properties: {
    type: { const: 'MEET' },
    cameo: { type: 'string' },
    trigger: Span,
    participants: { type: 'array', items: Span },
    place: Span,
    time: TimeSpan,
    modality: { type: 'string', enum: ['asserted', 'planned', 'other'] },
    score: { type: 'number' },
  },
};

export const StatementRelation: Schema = {
  type: 'object',
  required: ['type', 'act', 'cameo', 'trigger', 'speaker', 'speaker_via'],
  properties: {
    type: { const: 'STATEMENT' },
    act: { type: 'string', enum: ['SAY', 'DENY', 'APPEAL', 'INTEND', 'PRAISE', 'DEMAND', 'CRITICISE', 'ACCUSE', 'REJECT', 'THREATEN'] },
    cameo: { type: 'string' },
    trigger: Span,
    speaker: Span,
    speaker_via: { type: 'string', enum: ['name', 'pronoun'] },
    target: Span,
    content: Span,
    score: { type: 'number' },
  },
};

const Message: Schema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' }, span: Span },
};

export const DocumentResult: Schema = {
  type: 'object',
  description: "The document result of kenal's OUTPUT.md contract.",
  required: ['entities', 'relations'],
  properties: {
    id: { type: 'string' },
    entities: { type: 'array', items: Entity },
    relations: { type: 'array', items: { oneOf: [MeetRelation, StatementRelation] } },
    sentences: { type: 'array', items: Span },
    tokens: {
      type: 'array',
      items: { type: 'object', description: 'Token: span plus kind, norm, and optional stem, clitics, reduplication.' },
    },
    dates: { type: 'array', items: TimeSpan },
    warnings: { type: 'array', items: Message },
  },
};

const fields = {
  type: 'array',
  description: `Parts of the result to return (default: entities, relations, sentences, dates).`,
  items: { type: 'string', enum: [...FIELDS] },
  uniqueItems: true,
};
const date = {
  type: 'string',
  pattern: DATE_PATTERN,
  description: 'Publication date YYYY-MM-DD: resolves relative dates such as "minggu lalu".',
};

export const ExtractRequest: Schema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, description: 'The article, plain text.' },
    id: { type: 'string', description: 'Echoed in the result.' },
    date,
    fields,
  },
};

export const BatchDocument: Schema = {
  type: 'object',
  required: ['id', 'text'],
  description: 'Other properties (title, url, ...) are allowed and ignored.',
  properties: { id: { type: 'string' }, text: { type: 'string', minLength: 1 }, date },
};

export const BatchRequest: Schema = {
  type: 'object',
  required: ['documents'],
  additionalProperties: false,
  properties: {
    documents: {
      type: 'array',
      minItems: 1,
      items: BatchDocument,
      description: 'At most the configured batch size (default 100), else 413.',
    },
    fields,
  },
};

export const BatchResult: Schema = {
  type: 'object',
  required: ['results'],
  properties: { results: { type: 'array', items: DocumentResult, description: 'One per document, in request order.' } },
};

export const TokenizeRequest: Schema = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text: { type: 'string', minLength: 1 } },
};

export const Segmentation: Schema = {
  type: 'object',
  required: ['tokens', 'sentences', 'units'],
  properties: {
    tokens: { type: 'array', items: { type: 'object' } },
    sentences: { type: 'array', items: { type: 'object' } },
    units: { type: 'array', items: { type: 'object' } },
  },
};

export const ErrorBody: Schema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          description:
            'Stable: E_BAD_JSON, E_VALIDATION, E_OPTION, E_INPUT_TOO_LARGE, E_BATCH_TOO_LARGE, E_MEDIA_TYPE, E_NOT_FOUND, E_BUSY, E_UNAVAILABLE, E_TIMEOUT, E_INTERNAL.',
        },
        message: { type: 'string' },
      },
    },
  },
};

export const Health: Schema = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', const: 'ok' }, uptime: { type: 'number', description: 'Seconds since start.' } },
};

const PoolStats: Schema = {
  type: 'object',
  required: ['workers', 'warm', 'running', 'queued', 'completed'],
  properties: {
    workers: { type: 'integer' },
    warm: { type: 'integer', description: 'Workers whose pipeline is built.' },
    running: { type: 'integer' },
    queued: { type: 'integer' },
    completed: { type: 'integer' },
  },
};

export const Ready: Schema = {
  type: 'object',
  required: ['ready', 'pool'],
  properties: { ready: { type: 'boolean' }, pool: PoolStats },
};

export const Info: Schema = {
  type: 'object',
  required: ['name', 'version', 'lexicon', 'limits', 'fields'],
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    node: { type: 'string' },
    lexicon: {
      type: 'object',
      description: 'The lexicon the workers loaded, and the bundled build manifest.',
      properties: {
        version: { type: 'string' },
        entries: { type: 'integer' },
        byLabel: { type: 'object', additionalProperties: { type: 'integer' } },
        aliases: { type: 'integer' },
        formatVersion: { type: 'string' },
        packages: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    limits: {
      type: 'object',
      properties: {
        bodyLimit: { type: 'integer' },
        maxBatch: { type: 'integer' },
        timeout: { type: 'integer' },
        queueSize: { type: 'integer' },
        workers: { type: 'integer' },
      },
    },
    fields: { type: 'array', items: { type: 'string' } },
    pool: PoolStats,
  },
};

/** Named schemas: openapi.ts puts them under components and refers to them by name. */
export const NAMED: Readonly<Record<string, Schema>> = {
  Span,
  Entity,
  MeetRelation,
  StatementRelation,
  DocumentResult,
  ExtractRequest,
  BatchDocument,
  BatchRequest,
  BatchResult,
  TokenizeRequest,
  Segmentation,
  ErrorBody,
  Health,
  Ready,
  Info,
};

const errors = { '4xx': ErrorBody, '5xx': ErrorBody };

export type RouteSchema = FastifySchema & { summary: string; description?: string; tags?: string[] };

export const ROUTES: Readonly<Record<string, RouteSchema>> = {
  extract: {
    summary: 'Find, link and relate the entities of one document',
    tags: ['extract'],
    body: ExtractRequest,
    response: { 200: DocumentResult, ...errors },
  },
  batch: {
    summary: 'Extract from several documents; results in request order',
    tags: ['extract'],
    body: BatchRequest,
    response: { 200: BatchResult, ...errors },
  },
  tokenize: {
    summary: 'Tokens, sentences and units (dates, money, datelines) of a text',
    tags: ['extract'],
    body: TokenizeRequest,
    response: { 200: Segmentation, ...errors },
  },
  health: { summary: 'Liveness: answers while the process runs, even under load', tags: ['ops'], response: { 200: Health } },
  ready: {
    summary: 'Readiness: 200 once the worker pipelines are built, 503 before that and while shutting down',
    tags: ['ops'],
    response: { 200: Ready, 503: Ready },
  },
  info: { summary: 'Service version, lexicon version and sizes, limits', tags: ['ops'], response: { 200: Info, ...errors } },
  openapi: { summary: 'This document: OpenAPI 3.1, generated from the route schemas', tags: ['ops'] },
  page: {
    summary: 'Demo page: paste Malay text, see entities, meetings and statements',
    tags: ['demo'],
    response: { 200: { type: 'string', description: 'HTML' } },
  },
};
