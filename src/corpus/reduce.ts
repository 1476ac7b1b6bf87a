// The first pass of `kenal corpus`: result records (kenal extract's JSONL) in, one at a time;
// out, per entity key, only what the tables need (mentions, variants, months, dates), and per
// document a small digest (its entity keys and event rows) that the second pass reads back once
// the merge has decided the corpus ids. Memory grows with the number of distinct entities, never
// with the number of documents. A line that is not a result record is an error with its reason.
import { normaliseDate } from '../cli/records.js';
import type { Entity, Relation, Span } from '../types.js';
import { type EventDraft, entityKey, eventDrafts } from './events.js';

/** Everything kept about one entity key (a lexicon id, or a label and canonical name). */
export interface EntityTally {
  readonly key: string;
  readonly label: Entity['label'];
  readonly kb?: string;
  /** Canonical names seen with their mentions (several for a lexicon id only if the lexicon changed between runs). */
  readonly canonicals: Map<string, number>;
  /** Surface forms (the mention texts) with their counts. */
  readonly variants: Map<string, number>;
  /** "YYYY-MM" -> mentions, for dated documents. */
  readonly months: Map<string, number>;
  mentions: number;
  documents: number;
  first?: string;
  last?: string;
}

/** What the second pass needs of one document. */
export interface DocDigest {
  readonly id: string | null;
  readonly date?: string;
  /** Distinct entity keys of the document. */
  readonly keys: readonly string[];
  readonly events: readonly EventDraft[];
}

export interface RecordProblem {
  readonly id: string | null;
  readonly code: string;
  readonly message: string;
}

export interface Tallies {
  readonly entities: Map<string, EntityTally>;
  /** Result records read (documents). */
  documents: number;
  /** Documents without a readable date: their mentions count, but in no month. */
  undated: number;
  events: number;
}

export const emptyTallies = (): Tallies => ({ entities: new Map(), documents: 0, undated: 0, events: 0 });

const LABELS = new Set(['PER', 'ORG', 'LOC']);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isSpan = (v: unknown): v is Span =>
  isObject(v) && typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string';

/** Why `v` is not an entity of the result contract, or undefined when it is one. */
function badEntity(v: unknown): string | undefined {
  if (!isSpan(v)) return 'an entity without start, end and text';
  const e = v as unknown as Record<string, unknown>;
  if (typeof e.label !== 'string') return 'an entity without a label';
  if (typeof e.canonical !== 'string') return 'an entity without a canonical name';
  if (e.kb !== undefined && typeof e.kb !== 'string') return 'an entity whose kb is not a string';
  return undefined;
}

function badRelation(v: unknown): string | undefined {
  if (!isObject(v) || !isSpan(v.trigger) || typeof v.cameo !== 'string') return 'a relation without type, cameo and trigger';
  if (v.type === 'MEET') return Array.isArray(v.participants) && v.participants.every(isSpan) ? undefined : 'a MEET without participants';
  if (v.type === 'STATEMENT')
    return isSpan(v.speaker) && typeof v.act === 'string' && (v.target === undefined || isSpan(v.target))
      ? undefined
      : 'a STATEMENT without speaker and act';
  return `a relation of unknown type ${JSON.stringify(v.type)}`;
}

/** The record's id as a string (numbers too), or null. */
const idOf = (r: Record<string, unknown>): string | null => (typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null);

/**
 * Adds one parsed result record to the tallies. Returns the document's digest, or the problem
 * that kept the record out (an error record of kenal extract, or not a result record); a record
 * with a problem adds nothing.
 */
export function addRecord(t: Tallies, rec: unknown): DocDigest | RecordProblem {
  if (!isObject(rec)) return { id: null, code: 'E_RECORD', message: 'not a JSON object' };
  const id = idOf(rec);
  if (isObject(rec.error)) {
    const e = rec.error;
    return {
      id,
      code: typeof e.code === 'string' ? e.code : 'E_EXTRACT',
      message: `kenal extract could not process it: ${String(e.message ?? '')}`,
    };
  }
  if (!Array.isArray(rec.entities)) return { id, code: 'E_RECORD', message: 'no "entities" array: not a kenal extract result' };
  const relations = rec.relations ?? [];
  if (!Array.isArray(relations)) return { id, code: 'E_RECORD', message: '"relations" is not an array' };
  for (const e of rec.entities) {
    const why = badEntity(e);
    if (why !== undefined) return { id, code: 'E_RECORD', message: `${why}: ${JSON.stringify(e).slice(0, 200)}` };
  }
  for (const r of relations) {
    const why = badRelation(r);
    if (why !== undefined) return { id, code: 'E_RECORD', message: `${why}: ${JSON.stringify(r).slice(0, 200)}` };
  }
  const sentences = Array.isArray(rec.sentences) && rec.sentences.every(isSpan) ? (rec.sentences as Span[]) : undefined;
  const entities = (rec.entities as Entity[]).filter((e) => LABELS.has(e.label));
  const date = normaliseDate(rec.date);
  const month = date?.slice(0, 7);
  t.documents++;
  if (date === undefined) t.undated++;
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const key = entityKey(e);
    let x = t.entities.get(key);
    if (x === undefined) {
      x = {
        key,
        label: e.label,
        ...(e.kb !== undefined ? { kb: e.kb } : {}),
        canonicals: new Map(),
        variants: new Map(),
        months: new Map(),
        mentions: 0,
        documents: 0,
      };
      t.entities.set(key, x);
    }
    x.mentions++;
    x.canonicals.set(e.canonical, (x.canonicals.get(e.canonical) ?? 0) + 1);
    x.variants.set(e.text, (x.variants.get(e.text) ?? 0) + 1);
    if (month !== undefined) x.months.set(month, (x.months.get(month) ?? 0) + 1);
    if (!seen.has(key)) {
      seen.add(key);
      keys.push(key);
      x.documents++;
      if (date !== undefined) {
        if (x.first === undefined || date < x.first) x.first = date;
        if (x.last === undefined || date > x.last) x.last = date;
      }
    }
  }
  const events = eventDrafts(entities, relations as Relation[], sentences);
  t.events += events.length;
  return { id, ...(date !== undefined ? { date } : {}), keys, events };
}

export const isProblem = (x: DocDigest | RecordProblem): x is RecordProblem => 'code' in x;
