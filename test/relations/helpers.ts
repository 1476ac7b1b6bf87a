// Test documents written with inline entities, so the relation rules are tested on the entity
// list they are given, independently of recognition: "[[Ahmad Zaki|PER]] berkata ...",
// "[[Tokyo|LOC|Tokyo|geonames:1850147]]" (surface|label|canonical|kb).
import { buildDoc, type Doc } from '../../src/relations/doc.js';
import { extractRelations, LEXICON, type RelationOptions } from '../../src/relations/index.js';
import { findTriggers, type TriggerMatch } from '../../src/relations/match.js';
import type { RelationModel } from '../../src/relations/model.js';
import type { Triggers } from '../../src/relations/refer.js';
import { segment } from '../../src/tokenize/index.js';
import type { Entity, EntityLabel, MeetRelation, Relation, StatementRelation } from '../../src/types.js';

export function parse(marked: string): { text: string; entities: Entity[] } {
  const entities: Entity[] = [];
  let text = '';
  const re = /\[\[([^|\]]+)\|(PER|LOC|ORG)(?:\|([^|\]]*))?(?:\|([^\]]*))?\]\]/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const surface = m[1]!;
    const start = text.length;
    text += surface;
    const kb = m[4];
    entities.push({
      start,
      end: text.length,
      text: surface,
      label: m[2] as EntityLabel,
      canonical: m[3] || surface,
      source: 'gazetteer',
      ...(kb ? { kb } : {}),
    });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, entities };
}

export function relations(marked: string, opts: RelationOptions = {}): { text: string; entities: Entity[]; rels: Relation[] } {
  const { text, entities } = parse(marked);
  return { text, entities, rels: extractRelations(text, segment(text), entities, opts) };
}

const nameAt = (entities: readonly Entity[], start: number): string => entities.find((e) => e.start === start)?.canonical ?? `?${start}`;

/** Statements as [speaker, act, via] with the speaker named by the entity its span is. */
export function statements(marked: string, opts: RelationOptions = {}): [string, string, string][] {
  const { entities, rels } = relations(marked, opts);
  return rels
    .filter((r): r is StatementRelation => r.type === 'STATEMENT')
    .map((r) => [nameAt(entities, r.speaker.start), r.act, r.speaker_via]);
}

export interface MeetView {
  parties: string[];
  cameo: string;
  modality: string;
  place?: string;
  time?: string;
  value?: string;
  trigger: string;
}

export function meets(marked: string, opts: RelationOptions = {}): MeetView[] {
  const { entities, rels } = relations(marked, opts);
  return rels
    .filter((r): r is MeetRelation => r.type === 'MEET')
    .map((r) => ({
      parties: r.participants.map((p) => nameAt(entities, p.start)).sort(),
      cameo: r.cameo,
      modality: r.modality,
      trigger: r.trigger.text,
      ...(r.place ? { place: nameAt(entities, r.place.start) } : {}),
      ...(r.time ? { time: r.time.text } : {}),
      ...(r.time?.value ? { value: r.time.value } : {}),
    }));
}

/**
 * The names a party filter keeps when every entity of the sentence is taken as one meeting's
 * parties (nested-party.ts, town-side.ts ...).
 */
export function keptParties(marked: string, filter: (d: Doc, parties: readonly number[]) => readonly number[]): string[] {
  const { text, entities } = parse(marked);
  const d = buildDoc(text, segment(text), entities, LEXICON);
  return filter(
    d,
    entities.map((_, i) => i),
  ).map((e) => d.entities[e]!.canonical);
}

/** The names an entity test marks (body-where.ts, office-place.ts ...), in the order of the text. */
export function markedBy(marked: string, test: (d: Doc, e: number) => boolean): string[] {
  const { text, entities } = parse(marked);
  const d = buildDoc(text, segment(text), entities, LEXICON);
  return entities
    .map((_, i) => i)
    .filter((e) => test(d, e))
    .map((e) => d.entities[e]!.canonical);
}

/**
 * A sentence's document, its triggers and its first meeting word, with every entity as a party
 * (as a model might choose them): what the rules applied after the party model are given.
 */
export function atFirstMeeting(marked: string): { d: Doc; trig: Triggers; m: TriggerMatch; parties: number[] } {
  const { text, entities, d, trig } = withTriggers(marked);
  const m = trig.matches.find((t) => t.trigger.type === 'MEET');
  if (!m) throw new Error(`no meeting word in ${text}`);
  return { d, trig, m, parties: entities.map((_, i) => i) };
}

/** A sentence's document and its triggers (with the token-to-trigger index the rules read). */
export function withTriggers(marked: string): { text: string; entities: Entity[]; d: Doc; trig: Triggers } {
  const { text, entities } = parse(marked);
  const d = buildDoc(text, segment(text), entities, LEXICON);
  const matches = findTriggers(d);
  const at = new Int32Array(d.cols.size).fill(-1);
  matches.forEach((m, i) => {
    for (let k = m.start; k < m.end; k++) at[k] = i;
  });
  return { text, entities, d, trig: { matches, at } };
}

/**
 * The meeting triggers the learned party model is asked about, by their words (through the
 * build-time oracle, which chooses none): empty when a rule settles the meeting first.
 */
export function partiesAsked(marked: string, model: RelationModel): string[] {
  const seen: string[] = [];
  relations(marked, {
    model,
    partyOracle: (d, m) => {
      seen.push(d.cols.norms.slice(m.start, m.end).join(' '));
      return undefined;
    },
  });
  return seen;
}

/**
 * The candidates the learned party model is shown at each meeting trigger, by canonical name
 * (through the build-time oracle, which chooses none): what a rule keeps out of them is asserted
 * whatever the model's weights.
 */
export function partyCandidatesShown(marked: string, model: RelationModel): string[][] {
  const seen: string[][] = [];
  relations(marked, {
    model,
    partyOracle: (d, _m, cands) => {
      seen.push(cands.map((c) => d.entities[c.ent]!.canonical));
      return undefined;
    },
  });
  return seen;
}
