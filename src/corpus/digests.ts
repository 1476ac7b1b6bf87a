// The second pass of `kenal corpus`: the document digests of the first pass read back once the
// merge has given every entity key its corpus entity. It counts documents per corpus entity (a
// document naming one person as "Shafie Apdal" and as "Mohd Shafie Apdal" counts once), per
// month, the meeting and statement networks among the entities the report can show, and turns
// each event into its table row.
import type { CorpusEntity } from './entities.js';
import { type EventDraft, quadClass } from './events.js';
import type { DocDigest } from './reduce.js';

/** One row of events.csv. */
export interface EventRow {
  readonly eventId: string;
  readonly date?: string | undefined;
  readonly docId: string | null;
  readonly type: EventDraft['type'];
  readonly act: string;
  readonly cameo: string;
  readonly source?: CorpusEntity | undefined;
  readonly sourceText: string;
  readonly target?: CorpusEntity | undefined;
  readonly targetText?: string | undefined;
  readonly host?: CorpusEntity | undefined;
  readonly draft: EventDraft;
  readonly quadClass?: number | undefined;
}

/** Edges between corpus entity ids: "a\u0000b" (a < b for meetings; speaker, target, act for statements) -> documents. */
export interface Networks {
  readonly meetings: Map<string, number>;
  readonly statements: Map<string, number>;
}

export interface SecondPass {
  readonly entityOf: ReadonlyMap<string, CorpusEntity>;
  /** Only edges between these ids are kept: memory stays bounded however many pairs a corpus has. */
  readonly shown: ReadonlySet<string>;
  readonly networks: Networks;
  /** Statement acts drawn in the statement network. */
  readonly acts: ReadonlySet<string>;
}

export function secondPass(entityOf: ReadonlyMap<string, CorpusEntity>, shown: ReadonlySet<string>, acts: ReadonlySet<string>): SecondPass {
  return { entityOf, shown, acts, networks: { meetings: new Map(), statements: new Map() } };
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

/** Counts one document and returns its event rows. */
export function addDigest(p: SecondPass, d: DocDigest): EventRow[] {
  const mine = new Set<CorpusEntity>();
  for (const k of d.keys) {
    const e = p.entityOf.get(k);
    if (e !== undefined) mine.add(e);
  }
  const month = d.date?.slice(0, 7);
  for (const e of mine) {
    e.documents++;
    if (month !== undefined) {
      const m = e.months.get(month);
      if (m) m.documents++;
    }
  }
  const meetings = new Set<string>();
  const statements = new Set<string>();
  const rows = d.events.map((x, i): EventRow => {
    const source = x.source !== undefined ? p.entityOf.get(x.source) : undefined;
    const target = x.target !== undefined ? p.entityOf.get(x.target) : undefined;
    if (source && target && source !== target && p.shown.has(source.id) && p.shown.has(target.id)) {
      if (x.type === 'MEET') meetings.add(source.id < target.id ? `${source.id}\u0000${target.id}` : `${target.id}\u0000${source.id}`);
      else if (p.acts.has(x.act)) statements.add(`${source.id}\u0000${target.id}\u0000${x.act}`);
    }
    return {
      eventId: `${d.id ?? ''}#${i + 1}`,
      date: d.date,
      docId: d.id,
      type: x.type,
      act: x.act,
      cameo: x.cameo,
      source,
      sourceText: x.sourceText,
      target,
      targetText: x.targetText,
      host: x.host === 'source' ? source : x.host === 'target' ? target : undefined,
      draft: x,
      quadClass: quadClass(x.cameo),
    };
  });
  // an edge counts once per document
  for (const k of meetings) bump(p.networks.meetings, k);
  for (const k of statements) bump(p.networks.statements, k);
  return rows;
}
