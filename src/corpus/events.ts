// One document's relations as event rows in the layout of political event data (PHOENIX,
// ICEWS): a dated source actor does something (a CAMEO code) to a target actor. A meeting of n
// parties is n(n-1)/2 rows, one per pair; a statement is one row, its target empty when the
// text names none. Actors are entity keys here; the corpus ids replace them after the merge.
import type { Entity, Relation, Span } from '../types.js';

/** The act of a meeting, by its CAMEO code (../shared/spec/ANNOTATION.md). */
export const MEET_ACTS: Readonly<Record<string, string>> = {
  '040': 'MEET',
  '041': 'PHONE',
  '042': 'VISIT',
  '043': 'HOST',
  '044': 'MEET_ELSEWHERE',
  '045': 'MEDIATE',
  '046': 'NEGOTIATE',
};

/** PHOENIX's quad class of a CAMEO root: 0 neutral (public statement), 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
export function quadClass(cameo: string): number | undefined {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return root === 1 ? 0 : root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** An event before the merge: its actors are entity keys (entityKey) or, when no entity holds the span, undefined. */
export interface EventDraft {
  readonly type: 'MEET' | 'STATEMENT';
  readonly act: string;
  readonly cameo: string;
  readonly source?: string | undefined;
  readonly sourceText: string;
  readonly target?: string | undefined;
  readonly targetText?: string | undefined;
  /** Which side hosted a visit: 042 the party visited, 043 the party receiving. */
  readonly host?: 'source' | 'target';
  readonly modality?: string;
  readonly trigger: Span;
  readonly sentence?: readonly [number, number];
  readonly place?: string;
  readonly time?: string;
}

/** The key of an entity across documents: its lexicon id, else its label and canonical name. */
export const entityKey = (e: Pick<Entity, 'label' | 'canonical' | 'kb'>): string =>
  e.kb !== undefined ? `#${e.kb}` : `${e.label}\u0000${e.canonical}`;

/** The entity a relation argument names: the one with that span, or the one overlapping it most. */
function entityAt(entities: readonly Entity[], s: Span): Entity | undefined {
  let best: Entity | undefined;
  let bestOv = 0;
  for (const e of entities) {
    if (e.start === s.start && e.end === s.end) return e;
    const ov = Math.min(e.end, s.end) - Math.max(e.start, s.start);
    if (ov > bestOv) [best, bestOv] = [e, ov];
  }
  return best;
}

/** The sentence holding `at`, by binary search over sentences in text order. */
export function sentenceAt(sentences: readonly Span[] | undefined, at: number): readonly [number, number] | undefined {
  if (sentences === undefined || sentences.length === 0) return undefined;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo]!;
  return s.start <= at && at < s.end ? [s.start, s.end] : undefined;
}

/** The event rows of one document's relations. */
export function eventDrafts(entities: readonly Entity[], relations: readonly Relation[], sentences?: readonly Span[]): EventDraft[] {
  const out: EventDraft[] = [];
  const keyOf = (s: Span): string | undefined => {
    const e = entityAt(entities, s);
    return e === undefined ? undefined : entityKey(e);
  };
  for (const r of relations) {
    const sentence = sentenceAt(sentences, r.trigger.start);
    const common = { cameo: r.cameo, trigger: r.trigger, ...(sentence ? { sentence } : {}) };
    if (r.type === 'MEET') {
      const ps = r.participants;
      const hostAt = r.cameo === '043' ? 0 : r.cameo === '042' ? -1 : undefined;
      for (let i = 0; i < ps.length; i++)
        for (let j = i + 1; j < ps.length; j++) {
          // 042: the first party is the visitor and the others its hosts; 043: the first party hosts
          const host = hostAt === 0 && i === 0 ? 'source' : hostAt === -1 && i === 0 ? 'target' : undefined;
          out.push({
            type: 'MEET',
            act: MEET_ACTS[r.cameo] ?? 'MEET',
            ...common,
            source: keyOf(ps[i]!),
            sourceText: ps[i]!.text,
            target: keyOf(ps[j]!),
            targetText: ps[j]!.text,
            ...(host ? { host } : {}),
            modality: r.modality,
            ...(r.place ? { place: r.place.text } : {}),
            ...(r.time ? { time: r.time.value ?? r.time.text } : {}),
          });
        }
    } else {
      out.push({
        type: 'STATEMENT',
        act: r.act,
        ...common,
        source: keyOf(r.speaker),
        sourceText: r.speaker.text,
        ...(r.target ? { target: keyOf(r.target), targetText: r.target.text } : {}),
      });
    }
  }
  return out;
}
