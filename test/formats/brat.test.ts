import { describe, expect, it } from 'vitest';
import { BRAT_ANNOTATION_CONF, parseBratAnn, toBratAnn } from '../../src/formats/brat.js';
import { RESULT, TEXT } from './fixtures.js';

describe('brat standoff', () => {
  const ann = toBratAnn(TEXT, RESULT, 'utf16');
  const parsed = parseBratAnn(ann);
  const byId = new Map(parsed.spans.map((s) => [s.id, s]));

  it('writes one T line per entity, with label, offsets and text', () => {
    const ents = parsed.spans.filter((s) => ['PER', 'ORG', 'LOC'].includes(s.type));
    expect(ents.map((s) => [s.type, s.start, s.end, s.text])).toEqual(RESULT.entities.map((e) => [e.label, e.start, e.end, e.text]));
  });

  it('keeps canonical name and kb id as AnnotatorNotes', () => {
    const t = parsed.spans.find((s) => s.text === 'Pemuda Umno')!;
    expect(parsed.notes[t.id]).toBe('Pergerakan Pemuda UMNO');
    const a = parsed.spans.find((s) => s.text === 'Anwar Ibrahim')!;
    expect(parsed.notes[a.id]).toBe('Anwar Ibrahim | per:anwar-ibrahim');
  });

  it('writes a MEET as an event on its trigger, participants pointing at the entity T lines', () => {
    const meet = parsed.events.find((e) => e.type === 'MEET')!;
    expect(byId.get(meet.trigger)).toMatchObject({ type: 'MEET', text: 'bertemu' });
    const roles = meet.args.map((a) => [a.role, byId.get(a.ref)!.text, byId.get(a.ref)!.type]);
    expect(roles).toEqual([
      ['Participant', 'Anwar Ibrahim', 'PER'],
      ['Participant2', 'Prabowo Subianto', 'PER'],
      ['Place', 'Putrajaya', 'LOC'],
      ['Time', 'semalam', 'Time'],
    ]);
    expect(meet.attributes).toEqual({ CAMEO: '040', Modality: 'asserted' });
  });

  it('writes a STATEMENT with speaker, target, content and act', () => {
    const crit = parsed.events.find((e) => e.attributes.Act === 'CRITICISE')!;
    expect(crit.args.map((a) => [a.role, byId.get(a.ref)!.text])).toEqual([
      ['Speaker', 'Akmal'],
      ['Target', 'Kerajaan'],
    ]);
    const say = parsed.events.find((e) => e.attributes.Act === 'SAY')!;
    expect(say.args.find((a) => a.role === 'Content') && byId.get(say.args.find((a) => a.role === 'Content')!.ref)).toMatchObject({
      type: 'Content',
      text: 'Kerjasama kukuh,',
    });
  });

  it('counts code points by default (brat is Python), so spans after an emoji flag shift', () => {
    const cp = parseBratAnn(toBratAnn(TEXT, RESULT));
    const chars = [...TEXT];
    for (const s of cp.spans) expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
    const k = cp.spans.find((s) => s.text === 'Kerajaan')!;
    expect(k.start).toBeLessThan(RESULT.entities.find((e) => e.text === 'Kerajaan')!.start);
  });

  it('splits a span across a line break into fragments', () => {
    const text = 'Universiti\nMalaya';
    const one = parseBratAnn(
      toBratAnn(text, {
        entities: [{ start: 0, end: text.length, text, label: 'ORG', canonical: 'Universiti Malaya', source: 'pattern' }],
        relations: [],
      }),
    );
    expect(
      toBratAnn(text, {
        entities: [{ start: 0, end: text.length, text, label: 'ORG', canonical: 'Universiti Malaya', source: 'pattern' }],
        relations: [],
      }),
    ).toContain('T1\tORG 0 10;11 17\tUniversiti Malaya');
    expect(one.spans[0]).toMatchObject({ start: 0, end: 17 });
  });

  it('declares every type and role it writes in annotation.conf', () => {
    for (const line of ann.split('\n').filter(Boolean)) {
      const type = line.split('\t')[1]!.split(/[ :]/)[0]!;
      if (line.startsWith('#')) continue;
      expect(BRAT_ANNOTATION_CONF).toContain(type);
    }
  });

  it('writes nothing for a document without annotations', () => {
    expect(toBratAnn('tiada', { entities: [], relations: [] })).toBe('');
  });
});
