// Golden test: the seed article's relations against its gold annotation, both read from
// ../shared at run time (never copied). Entities come from the pipeline; relation arguments are
// named through the gold mention they overlap, as ../shared/tools/score.mjs names them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { extractRelations, placeCountries } from '../../src/relations/index.js';
import { parseIsoDate } from '../../src/tokenize/dates.js';
import { segment } from '../../src/tokenize/index.js';
import type { MeetRelation, Span, StatementRelation } from '../../src/types.js';
import { hasShared, SHARED } from '../shared.js';

const GOLD = `${SHARED}eval/seed/gold.jsonl`;
const present = hasShared && existsSync(GOLD);

interface GoldRelation {
  type: 'MEET' | 'STATEMENT';
  participants?: string[];
  speaker?: string;
  act?: string;
  modality?: string;
  place?: string;
  target?: string;
}
interface Gold {
  text: string;
  date: string;
  entities: { start: number; end: number; canonical: string }[];
  relations: GoldRelation[];
}

describe.skipIf(!present)('seed article: relations match ../shared/eval/seed/gold.jsonl', () => {
  const gold = (
    present ? JSON.parse(readFileSync(GOLD, 'utf8').split('\n')[0]!) : { text: '', date: '2024-01-21', entities: [], relations: [] }
  ) as Gold;
  const text = gold.text;
  const { entities } = extract(text, { date: gold.date });
  const rels = extractRelations(text, segment(text), entities, {
    ref: parseIsoDate(gold.date)!,
    countryOf: placeCountries(loadBundledLexicon()),
  });
  const nameOf = (s: Span | undefined): string | undefined => {
    if (!s) return undefined;
    let best: string | undefined;
    let bestOv = 0;
    for (const e of gold.entities) {
      const ov = Math.min(e.end, s.end) - Math.max(e.start, s.start);
      if (ov > bestOv) [best, bestOv] = [e.canonical, ov];
    }
    return best ?? s.text;
  };
  const meetsOut = rels.filter((r): r is MeetRelation => r.type === 'MEET');
  const statementsOut = rels.filter((r): r is StatementRelation => r.type === 'STATEMENT');
  const partySet = (r: MeetRelation): string[] => [...new Set(r.participants.map((p) => nameOf(p)!))].sort();

  it.each(gold.relations.filter((r) => r.type === 'MEET').map((r) => [[...r.participants!].sort().join(' + '), r] as const))(
    'MEET %s',
    (_name, g) => {
      const want = [...g.participants!].sort();
      const found = meetsOut.find((r) => JSON.stringify(partySet(r)) === JSON.stringify(want));
      expect(found, `MEET ${want.join(', ')} in ${JSON.stringify(meetsOut.map(partySet))}`).toBeDefined();
      expect(found!.modality).toBe(g.modality);
      if (g.place) expect(nameOf(found!.place)).toBe(g.place);
    },
  );

  it.each(gold.relations.filter((r) => r.type === 'STATEMENT').map((r) => [`${r.speaker} ${r.act}`, r] as const))(
    'STATEMENT %s',
    (_name, g) => {
      expect(statementsOut.map((r) => `${nameOf(r.speaker)} ${r.act}`)).toContain(`${g.speaker} ${g.act}`);
    },
  );

  it('no MEET or STATEMENT beyond the gold (a MEET naming a subset of a gold meeting is that meeting)', () => {
    const goldSets = gold.relations.filter((r) => r.type === 'MEET').map((r) => r.participants!);
    for (const r of meetsOut)
      expect(
        goldSets.some((g) => partySet(r).every((p) => g.includes(p))),
        partySet(r).join(', '),
      ).toBe(true);
    const goldTuples = new Set(gold.relations.filter((r) => r.type === 'STATEMENT').map((r) => `${r.speaker} ${r.act}`));
    for (const r of statementsOut) expect(goldTuples).toContain(`${nameOf(r.speaker)} ${r.act}`);
  });

  it('the Putin visit is planned, to Pyongyang, hosted by North Korea', () => {
    const v = meetsOut.find((r) => r.trigger.text === 'melawat');
    expect(v && [partySet(v), v.modality, nameOf(v.place), v.cameo]).toEqual([
      ['Korea Utara', 'Vladimir Putin'],
      'planned',
      'Pyongyang',
      '042',
    ]);
  });

  it('the meeting in Moscow last week has its place and a resolved time', () => {
    const m = meetsOut.find((r) => r.trigger.text === 'pertemuan');
    expect(m && [nameOf(m.place), m.time?.text, m.time?.value]).toEqual(['Moscow', 'minggu lalu', '2024-01-08/2024-01-14']);
  });

  it('the 14 January test is defended by the ministry, named through "Kementerian itu"', () => {
    const s = statementsOut.find((r) => r.content?.text.includes('14 Januari'));
    expect(s && [nameOf(s.speaker), s.act, s.speaker_via]).toEqual(['Kementerian Luar Korea Utara', 'SAY', 'pronoun']);
  });

  it('South Korea urges the Security Council', () => {
    const s = statementsOut.find((r) => r.act === 'APPEAL');
    expect(s && [nameOf(s.speaker), nameOf(s.target)]).toEqual(['Korea Selatan', 'Majlis Keselamatan PBB']);
  });

  it('Pyongyang and Moscow both deny; Washington and Seoul accuse', () => {
    expect(statementsOut.filter((r) => r.act === 'DENY').map((r) => nameOf(r.speaker))).toEqual(['Pyongyang', 'Moscow']);
    expect(statementsOut.filter((r) => r.act === 'ACCUSE').map((r) => nameOf(r.speaker))).toEqual(['Washington', 'Seoul']);
  });
});
