// Result records as kenal extract writes them, built by hand for the corpus tests: invented
// people in Malay sentences written for these tests, with the spans computed from the text.
import type { Entity, Relation, Span } from '../../src/types.js';

export interface Doc {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly entities: Entity[];
  readonly relations: Relation[];
  readonly sentences: Span[];
}

/** The span of the n-th occurrence (0-based) of `s` in `text`. */
export function at(text: string, s: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" (${n}) not in "${text}"`);
  }
  return { start: i, end: i + s.length, text: s };
}

export function ent(text: string, s: string, label: Entity['label'], canonical: string, kb?: string, n = 0): Entity {
  return { ...at(text, s, n), label, canonical, ...(kb !== undefined ? { kb } : {}), source: 'pattern' };
}

/** Sentences split at ". " (enough for the texts here). */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 1)) {
    out.push({ start, end: i + 1, text: text.slice(start, i + 1) });
    start = i + 2;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/** A small corpus: one minister written three ways, two people sharing a surname, a visit, a criticism. */
export function smallCorpus(): Doc[] {
  const t1 = 'Datuk Seri Mohd Farid Osman bertemu Kenji Takahashi di Tokyo. Farid mengkritik Lim Boon Keat kerana lewat.';
  const t2 = 'Farid Osman melawat Jepun semalam. Lim Siew Ling memuji Farid Osman.';
  const t3 = 'Lim berkata projek itu siap. Takahashi menggesa Farid Osman mempercepat rundingan.';
  return [
    {
      id: 'd1',
      date: '01-15-2024',
      text: t1,
      entities: [
        ent(t1, 'Mohd Farid Osman', 'PER', 'Mohd Farid Osman'),
        ent(t1, 'Kenji Takahashi', 'PER', 'Kenji Takahashi'),
        ent(t1, 'Tokyo', 'LOC', 'Tokyo', 'geonames:1850147'),
        ent(t1, 'Farid', 'PER', 'Mohd Farid Osman', undefined, 1),
        ent(t1, 'Lim Boon Keat', 'PER', 'Lim Boon Keat'),
      ],
      relations: [
        {
          type: 'MEET',
          cameo: '040',
          trigger: at(t1, 'bertemu'),
          participants: [at(t1, 'Mohd Farid Osman'), at(t1, 'Kenji Takahashi')],
          place: at(t1, 'Tokyo'),
          modality: 'asserted',
        },
        {
          type: 'STATEMENT',
          act: 'CRITICISE',
          cameo: '111',
          trigger: at(t1, 'mengkritik'),
          speaker: at(t1, 'Farid', 1),
          speaker_via: 'name',
          target: at(t1, 'Lim Boon Keat'),
        },
      ],
      sentences: sentences(t1),
    },
    {
      id: 'd2',
      date: '2024-02-03',
      text: t2,
      entities: [
        ent(t2, 'Farid Osman', 'PER', 'Farid Osman'),
        ent(t2, 'Jepun', 'LOC', 'Jepun', 'JP'),
        ent(t2, 'Lim Siew Ling', 'PER', 'Lim Siew Ling'),
        ent(t2, 'Farid Osman', 'PER', 'Farid Osman', undefined, 1),
      ],
      relations: [
        {
          type: 'MEET',
          cameo: '042',
          trigger: at(t2, 'melawat'),
          participants: [at(t2, 'Farid Osman'), at(t2, 'Jepun')],
          modality: 'asserted',
        },
        {
          type: 'STATEMENT',
          act: 'PRAISE',
          cameo: '051',
          trigger: at(t2, 'memuji'),
          speaker: at(t2, 'Lim Siew Ling'),
          speaker_via: 'name',
          target: at(t2, 'Farid Osman', 1),
        },
      ],
      sentences: sentences(t2),
    },
    {
      id: 'd3',
      date: '2024-02-20',
      text: t3,
      entities: [ent(t3, 'Lim', 'PER', 'Lim'), ent(t3, 'Takahashi', 'PER', 'Takahashi'), ent(t3, 'Farid Osman', 'PER', 'Farid Osman')],
      relations: [
        { type: 'STATEMENT', act: 'SAY', cameo: '010', trigger: at(t3, 'berkata'), speaker: at(t3, 'Lim'), speaker_via: 'name' },
        {
          type: 'STATEMENT',
          act: 'APPEAL',
          cameo: '020',
          trigger: at(t3, 'menggesa'),
          speaker: at(t3, 'Takahashi'),
          speaker_via: 'name',
          target: at(t3, 'Farid Osman'),
        },
      ],
      sentences: sentences(t3),
    },
  ];
}

/** A document as its result record (the text left out, as kenal extract does). */
export const record = ({ text: _text, ...rest }: Doc): Record<string, unknown> => rest;
