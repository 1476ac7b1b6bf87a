// A hand-made result for format tests: stable whatever recognition does.
import type { DocumentResult, Entity, Span } from '../../src/types.js';

export const TEXT =
  'KUALA LUMPUR – Anwar Ibrahim bertemu Prabowo Subianto di Putrajaya semalam.\n"Kerjasama kukuh," kata Anwar. Ketua 🇲🇾 Pemuda Umno, Akmal, mengkritik "Kerajaan".';

export const span = (text: string, s: string, from = 0): Span => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`${s} not in text`);
  return { start, end: start + s.length, text: s };
};

const ent = (s: string, label: Entity['label'], canonical: string, kb?: string, from = 0): Entity => ({
  ...span(TEXT, s, from),
  label,
  canonical,
  ...(kb !== undefined ? { kb } : {}),
  source: 'gazetteer',
  score: 0.9,
});

export const ENTITIES: Entity[] = [
  ent('KUALA LUMPUR', 'LOC', 'Kuala Lumpur', 'geonames:1735161'),
  ent('Anwar Ibrahim', 'PER', 'Anwar Ibrahim', 'per:anwar-ibrahim'),
  ent('Prabowo Subianto', 'PER', 'Prabowo Subianto', 'Q74008'),
  ent('Putrajaya', 'LOC', 'Putrajaya'),
  ent('Anwar', 'PER', 'Anwar Ibrahim', 'per:anwar-ibrahim', 80),
  ent('Pemuda Umno', 'ORG', 'Pergerakan Pemuda UMNO'),
  ent('Akmal', 'PER', 'Akmal'),
  ent('Kerajaan', 'ORG', 'Kerajaan Malaysia', 'org:kerajaan-malaysia'),
];

export const RESULT: DocumentResult = {
  id: 'doc-1',
  entities: ENTITIES,
  relations: [
    {
      type: 'MEET',
      cameo: '040',
      trigger: span(TEXT, 'bertemu'),
      participants: [ENTITIES[1]!, ENTITIES[2]!].map(({ start, end, text }) => ({ start, end, text })),
      place: { start: ENTITIES[3]!.start, end: ENTITIES[3]!.end, text: 'Putrajaya' },
      time: { ...span(TEXT, 'semalam'), value: '2024-03-02' },
      modality: 'asserted',
      score: 0.9,
    },
    {
      type: 'STATEMENT',
      act: 'SAY',
      cameo: '010',
      trigger: span(TEXT, 'kata'),
      speaker: { start: ENTITIES[4]!.start, end: ENTITIES[4]!.end, text: 'Anwar' },
      speaker_via: 'name',
      content: span(TEXT, 'Kerjasama kukuh,'),
    },
    {
      type: 'STATEMENT',
      act: 'CRITICISE',
      cameo: '111',
      trigger: span(TEXT, 'mengkritik'),
      speaker: { start: ENTITIES[6]!.start, end: ENTITIES[6]!.end, text: 'Akmal' },
      speaker_via: 'name',
      target: { start: ENTITIES[7]!.start, end: ENTITIES[7]!.end, text: 'Kerajaan' },
    },
  ],
};
