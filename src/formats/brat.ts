// brat standoff: the document text as .txt and its annotations as .ann. Entities are T lines
// (label, offsets, text), with canonical name and kb id as AnnotatorNotes; MEET and STATEMENT
// relations are events (E lines) on a trigger T line, with Participant/Place/Time and
// Speaker/Target/Content roles, and act, CAMEO code, modality as attributes (A lines).
// Offsets: brat counts Unicode code points (it is written in Python), so the .ann offsets are
// code points by default; 'utf16' or 'utf8' on request. Browser-safe: no Node imports.
import type { Entity, Relation, Span } from '../types.js';
import { type OffsetUnit, offsetTable } from './offsets.js';

export interface BratDocument {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
}

/** The annotation.conf for a collection of kenal's brat files. */
export const BRAT_ANNOTATION_CONF = `[entities]
PER
ORG
LOC
Content
Time
Mention

[relations]

[events]
MEET\tParticipant*:<ENTITY>, Place?:<ENTITY>, Time?:Time
STATEMENT\tSpeaker:<ENTITY>, Target?:<ENTITY>, Content?:Content

[attributes]
Modality\tArg:MEET, Value:asserted|planned|other
Act\tArg:STATEMENT, Value:SAY|DENY|APPEAL|INTEND|PRAISE|DEMAND|CRITICISE|ACCUSE|REJECT|THREATEN
CAMEO\tArg:<EVENT>, Value:010|016|020|030|040|041|042|043|044|045|046|051|100|111|112|120|130
SpeakerVia\tArg:STATEMENT, Value:name|pronoun
`;

/** "s e" fragments of a span, split at line breaks (brat spans cannot cross them), in the table's unit. */
function fragments(text: string, s: Span, map: Uint32Array): { frags: string; text: string } {
  const parts: [number, number][] = [];
  let a = s.start;
  const body = text.slice(s.start, s.end);
  const re = /\r?\n/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const b = s.start + m.index;
    if (b > a) parts.push([a, b]);
    a = b + m[0].length;
  }
  if (s.end > a || parts.length === 0) parts.push([a, s.end]);
  return { frags: parts.map(([x, y]) => `${map[x]} ${map[y]}`).join(';'), text: parts.map(([x, y]) => text.slice(x, y)).join(' ') };
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** The .ann text of one document; `doc`'s spans are UTF-16 offsets into `text`, written in `unit`. */
export function toBratAnn(text: string, doc: BratDocument, unit: OffsetUnit = 'codepoint'): string {
  const map = offsetTable(text, unit);
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  let a = 0;
  let n = 0;
  const bySpan = new Map<string, string>();
  const tline = (type: string, s: Span): string => {
    const key = `${type}:${s.start}:${s.end}`;
    const have = bySpan.get(key) ?? bySpan.get(`*:${s.start}:${s.end}`);
    if (have !== undefined) return have;
    const id = `T${++t}`;
    const f = fragments(text, s, map);
    lines.push(`${id}\t${type} ${f.frags}\t${clean(f.text)}`);
    bySpan.set(key, id);
    return id;
  };
  for (const ent of doc.entities) {
    const id = tline(ent.label, ent);
    bySpan.set(`*:${ent.start}:${ent.end}`, id);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${clean(ent.canonical)}${ent.kb !== undefined ? ` | ${clean(ent.kb)}` : ''}`);
  }
  const arg = (s: Span, type: string): string => bySpan.get(`*:${s.start}:${s.end}`) ?? tline(type, s);
  for (const r of doc.relations) {
    const trig = tline(r.type, r.trigger);
    const roles: string[] = [`${r.type}:${trig}`];
    const attrs: [string, string][] = [['CAMEO', r.cameo]];
    if (r.type === 'MEET') {
      r.participants.forEach((p, i) => {
        roles.push(`Participant${i === 0 ? '' : i + 1}:${arg(p, 'Mention')}`);
      });
      if (r.place) roles.push(`Place:${arg(r.place, 'Mention')}`);
      if (r.time) roles.push(`Time:${arg(r.time, 'Time')}`);
      attrs.push(['Modality', r.modality]);
    } else {
      roles.push(`Speaker:${arg(r.speaker, 'Mention')}`);
      if (r.target) roles.push(`Target:${arg(r.target, 'Mention')}`);
      if (r.content) roles.push(`Content:${arg(r.content, 'Content')}`);
      attrs.push(['Act', r.act], ['SpeakerVia', r.speaker_via]);
    }
    const id = `E${++e}`;
    lines.push(`${id}\t${roles.join(' ')}`);
    for (const [k, v] of attrs) lines.push(`A${++a}\t${k} ${id} ${v}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export interface BratTextBound {
  readonly id: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
export interface BratEvent {
  readonly id: string;
  readonly type: string;
  readonly trigger: string;
  readonly args: readonly { readonly role: string; readonly ref: string }[];
  readonly attributes: Readonly<Record<string, string>>;
}
export interface ParsedBrat {
  readonly spans: readonly BratTextBound[];
  readonly notes: Readonly<Record<string, string>>;
  readonly events: readonly BratEvent[];
}

/** Read a .ann file (T, E, A and AnnotatorNotes lines; other lines are skipped). A fragmented span reads as its first start to its last end. */
export function parseBratAnn(ann: string): ParsedBrat {
  const spans: BratTextBound[] = [];
  const notes: Record<string, string> = {};
  const events: { id: string; type: string; trigger: string; args: { role: string; ref: string }[]; attributes: Record<string, string> }[] =
    [];
  const attrs: [string, string, string][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols.length >= 2) {
      const [type, ...rest] = cols[1]!.split(' ');
      const nums = rest
        .join(' ')
        .split(';')
        .flatMap((f) => f.split(' ').map(Number));
      spans.push({ id, type: type!, start: nums[0]!, end: nums[nums.length - 1]!, text: cols[2] ?? '' });
    } else if (id.startsWith('E') && cols.length >= 2) {
      const [head, ...args] = cols[1]!.split(' ');
      const [type, trigger] = head!.split(':');
      events.push({
        id,
        type: type!,
        trigger: trigger!,
        args: args.map((x) => ({ role: x.slice(0, x.indexOf(':')), ref: x.slice(x.indexOf(':') + 1) })),
        attributes: {},
      });
    } else if (id.startsWith('A') && cols.length >= 2) {
      const [name, target, value] = cols[1]!.split(' ');
      attrs.push([target!, name!, value ?? 'true']);
    } else if (id.startsWith('#') && cols.length >= 3) {
      const [kind, target] = cols[1]!.split(' ');
      if (kind === 'AnnotatorNotes') notes[target!] = cols[2]!;
    }
  }
  for (const [target, name, value] of attrs) {
    const ev = events.find((x) => x.id === target);
    if (ev) ev.attributes[name] = value;
  }
  return { spans, notes, events };
}
