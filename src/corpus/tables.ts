// The CSV tables of `kenal corpus` (RFC 4180, as src/formats/csv.ts writes them): their columns
// in one place, so that the README, the writer and the tests agree. Lists inside a cell (the
// variants of a name) are JSON, which pandas and R read back with one call.
import { csvRow } from '../formats/csv.js';
import type { EventRow } from './digests.js';
import type { CorpusEntity } from './entities.js';

export const ENTITY_TABLE = [
  'corpus_id',
  'label',
  'canonical',
  'kb',
  'country',
  'mentions',
  'documents',
  'first_date',
  'last_date',
  'variants',
  'merged_names',
  'merged_by',
] as const;

export const EVENT_TABLE = [
  'event_id',
  'date',
  'doc_id',
  'event_type',
  'act',
  'cameo',
  'root_code',
  'quad_class',
  'source_id',
  'source_name',
  'source_label',
  'source_country',
  'source_text',
  'target_id',
  'target_name',
  'target_label',
  'target_country',
  'target_text',
  'host_id',
  'modality',
  'place',
  'time',
  'trigger',
  'trigger_start',
  'trigger_end',
  'sentence_start',
  'sentence_end',
] as const;

export const TIMELINE_TABLE = ['corpus_id', 'label', 'canonical', 'month', 'mentions', 'documents'] as const;

export const ERROR_TABLE = ['file', 'line', 'doc_id', 'code', 'message'] as const;

const pairs = (xs: readonly (readonly [string, number])[]): string => JSON.stringify(Object.fromEntries(xs));

export const entityRow = (e: CorpusEntity): string =>
  csvRow([
    e.id,
    e.label,
    e.canonical,
    e.kb,
    e.country,
    e.mentions,
    e.documents,
    e.first,
    e.last,
    pairs(e.variants),
    pairs(e.names),
    e.rules.join(' '),
  ]);

export const eventRow = (r: EventRow): string => {
  const x = r.draft;
  return csvRow([
    r.eventId,
    r.date,
    r.docId,
    r.type,
    r.act,
    r.cameo,
    r.cameo.slice(0, 2),
    r.quadClass,
    r.source?.id,
    r.source?.canonical,
    r.source?.label,
    r.source?.country,
    r.sourceText,
    r.target?.id,
    r.target?.canonical,
    r.target?.label,
    r.target?.country,
    r.targetText,
    r.host?.id,
    x.modality,
    x.place,
    x.time,
    x.trigger.text,
    x.trigger.start,
    x.trigger.end,
    x.sentence?.[0],
    x.sentence?.[1],
  ]);
};

/** The timeline rows of one entity, month by month. */
export function timelineRows(e: CorpusEntity): string {
  let out = '';
  for (const [m, c] of [...e.months].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    out += csvRow([e.id, e.label, e.canonical, m, c.mentions, c.documents]);
  return out;
}
