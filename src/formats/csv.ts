// CSV (RFC 4180: comma separated, fields quoted when needed, CRLF-free "\n" rows): one row
// per entity and one row per relation, each with its document id. Browser-safe.
import type { DocumentResult, Entity, Span } from '../types.js';

export const ENTITY_COLUMNS = ['doc_id', 'start', 'end', 'text', 'label', 'canonical', 'kb', 'source', 'score'] as const;
export const RELATION_COLUMNS = [
  'doc_id',
  'type',
  'cameo',
  'act',
  'modality',
  'trigger_start',
  'trigger_end',
  'trigger',
  'speaker',
  'speaker_canonical',
  'speaker_via',
  'target',
  'target_canonical',
  'participants',
  'participants_canonical',
  'place',
  'time',
  'time_value',
  'content',
  'score',
] as const;

/** One CSV field: quoted when it holds a comma, quote, or line break; a leading = + - @ is not altered (this is data, not a spreadsheet). */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (values: readonly unknown[]): string => `${values.map(csvField).join(',')}\n`;

export const csvHeader = (columns: readonly string[]): string => csvRow(columns);

export function entityRows(docId: string | null, doc: Pick<DocumentResult, 'entities'>): string {
  let out = '';
  for (const e of doc.entities) out += csvRow([docId, e.start, e.end, e.text, e.label, e.canonical, e.kb, e.source, e.score]);
  return out;
}

/** The entity whose span is `s`, or that overlaps it most. */
export function entityAt(entities: readonly Entity[], s: Span | undefined): Entity | undefined {
  if (s === undefined) return undefined;
  let best: Entity | undefined;
  let bestOv = 0;
  for (const e of entities) {
    if (e.start === s.start && e.end === s.end) return e;
    const ov = Math.min(e.end, s.end) - Math.max(e.start, s.start);
    if (ov > bestOv) {
      bestOv = ov;
      best = e;
    }
  }
  return best;
}

export function relationRows(docId: string | null, doc: Pick<DocumentResult, 'entities' | 'relations'>): string {
  let out = '';
  const canon = (s: Span | undefined): string | undefined =>
    s === undefined ? undefined : (entityAt(doc.entities, s)?.canonical ?? s.text);
  for (const r of doc.relations) {
    const meet = r.type === 'MEET' ? r : undefined;
    const st = r.type === 'STATEMENT' ? r : undefined;
    out += csvRow([
      docId,
      r.type,
      r.cameo,
      st?.act,
      meet?.modality,
      r.trigger.start,
      r.trigger.end,
      r.trigger.text,
      st?.speaker.text,
      canon(st?.speaker),
      st?.speaker_via,
      st?.target?.text,
      canon(st?.target),
      meet?.participants.map((p) => p.text).join(' | '),
      meet?.participants.map((p) => canon(p)).join(' | '),
      meet?.place?.text,
      meet?.time?.text,
      meet?.time?.value,
      st?.content?.text,
      r.score,
    ]);
  }
  return out;
}

/** Parse CSV text into rows of fields (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
