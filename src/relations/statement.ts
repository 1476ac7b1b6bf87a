// STATEMENT: who says, urges, denies, criticises ... Each trigger frame says where its speaker
// stands: before the verb ("X berkata"), after an inverted verb ("kata X", "menurut X"), on the
// verb as -nya ("katanya", "ujarnya"), or after a noun ("tuduhan oleh X", "kenyataan X").
import type { Span, StatementRelation } from '../types.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  type Doc,
  hasNya,
  is,
  isPunct,
  isQuoteMark,
  isTitleWord,
  norm,
  olehWithin,
  PREPOSITIONS,
  PRONOUN_PERSON,
} from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import { subjectlessClause } from './manner-clause.js';
import type { TriggerMatch } from './match.js';
import { agentOleh } from './noun-agent.js';
import { findAfter, findSubject, isTitleModifier, type Referent, sentenceEndOf, sentenceStartOf, type Triggers } from './refer.js';
import { titleLead } from './title-lead.js';

/** How far after a passive statement verb "oleh" is looked for ("dinafikan sekeras-kerasnya oleh X"). */
export const PASSIVE_AGENT_REACH = 4;

export interface StatementParts {
  readonly referent: Referent | undefined;
  /** True when no subject stands before the verb and it continues a coordinated verb phrase ("... dan berkata"). */
  readonly elided: boolean;
}

export const ELIDED_AFTER: ReadonlySet<string> = new Set([
  'dan',
  'serta',
  'lalu',
  'sambil',
  'kemudian',
  'malah',
  'dengan',
  'selain',
  // contrast: "X menafikannya sebaliknya berkata ...", "X enggan mengulas tetapi menegaskan ..."
  'sebaliknya',
  'tetapi',
  'namun',
  'sekaligus',
]);
const ADVERBS: ReadonlySet<string> = new Set([...AUXILIARIES, 'kemudiannya', 'terus']);

/** Where the speaker of a statement trigger stands (unresolved). */
export function statementSpeaker(d: Doc, trig: Triggers, m: TriggerMatch, longTitles = false): StatementParts {
  const t = m.trigger as StatementTrigger;
  const last = m.end - 1;
  switch (t.frame) {
    case 'subject': {
      // "..., dengan mendakwa": the subject of the clause it hangs on
      if (subjectlessClause(d, m.start)) return { referent: undefined, elided: true };
      const r = findSubject(d, trig, m.start, false);
      if (r) return { referent: r, elided: false };
      let k = m.start - 1;
      while (k >= 0 && ADVERBS.has(norm(d, k))) k--;
      return { referent: undefined, elided: k >= sentenceStartOf(d, m.start) && ELIDED_AFTER.has(norm(d, k)) };
    }
    case 'clitic':
      return { referent: hasNya(d, last) ? { kind: 'pronoun', cls: 'nya', at: last } : undefined, elided: false };
    case 'initial':
    case 'after': {
      if (hasNya(d, last)) return { referent: { kind: 'pronoun', cls: 'nya', at: last }, elided: false };
      // "dengan kata lain": kata after a preposition is the noun "word"
      if (PREPOSITIONS.has(norm(d, m.start - 1))) return { referent: undefined, elided: false };
      if (t.frame === 'initial') {
        const p = m.start - 1;
        const opener = p < sentenceStartOf(d, m.start) || isPunct(d, p);
        if (!opener) return { referent: undefined, elided: false };
      }
      // "kata beliau", "titah baginda", "ujar dia": the pronoun after the verb
      if (is(d, PRONOUN_PERSON, m.end)) return { referent: { kind: 'pronoun', cls: 'person', at: m.end }, elided: false };
      return { referent: findAfter(d, trig, m.end, 4, longTitles), elided: false };
    }
    case 'passive': {
      // "diumumkan oleh X", "dinafikan sekeras-kerasnya oleh X": the agent after "oleh"
      const oleh = m.end < sentenceEndOf(d, m.start) ? olehWithin(d, m.end, PASSIVE_AGENT_REACH) : -1;
      if (oleh >= 0) return { referent: findAfter(d, trig, oleh + 1, 0, longTitles), elided: false };
      return { referent: undefined, elided: false };
    }
    case 'noun': {
      if (hasNya(d, last)) return { referent: { kind: 'pronoun', cls: 'nya', at: last }, elided: false };
      const n = norm(d, m.end);
      if (n === 'oleh') return { referent: findAfter(d, trig, m.end + 1, 0, longTitles), elided: false };
      // a genitive right after the noun, through titles only: "kenyataan Timbalan Perdana Menteri, Datuk Seri X"
      let k = m.end;
      while (k < m.end + 8 && d.entAt[k] === -1 && (isTitleWord(d, k) || norm(d, k) === ',' || (longTitles && titleLead(d, k)))) k++;
      const genitive = k === m.end && d.entAt[k] === -1 ? undefined : findAfter(d, trig, m.end, 0, longTitles);
      if (genitive) return { referent: genitive, elided: false };
      // "kritikan hebat oleh X", "pengumuman Bajet 2018 oleh X": the agent a few words on
      const by = agentOleh(d, trig, m.end);
      return { referent: by >= 0 ? findAfter(d, trig, by + 1, 0, longTitles) : undefined, elided: false };
    }
  }
}

const span = (d: Doc, a: number, b: number): Span => {
  const start = d.cols.starts[a]!;
  const end = d.cols.ends[b - 1]!;
  return { start, end, text: d.text.slice(start, end) };
};

/** The party addressed, urged, criticised, thanked: the object, or after kepada/terhadap. */
export function statementTarget(d: Doc, m: TriggerMatch, speakers: readonly number[]): number | undefined {
  const end = Math.min(sentenceEndOf(d, m.start), m.end + 12);
  let lower = 0;
  let afterPrep = false;
  for (let k = m.end; k < end; k++) {
    const e = d.entAt[k]!;
    if (e >= 0) {
      if (isTitleModifier(d, e)) {
        k = d.entEnd[e]! - 1;
        continue;
      }
      if (speakers.some((s) => d.entities[s]!.canonical === d.entities[e]!.canonical)) return undefined;
      return k - m.end <= 3 || afterPrep ? e : undefined;
    }
    const n = norm(d, k);
    if (isQuoteMark(d, k) || isTitleWord(d, k) || n === 'pihak' || n === 'kerajaan') continue;
    if (n === 'kepada' || n === 'terhadap' || n === 'atas' || n === 'ke') {
      afterPrep = true;
      lower = 0;
      continue;
    }
    if (n === 'bahawa' || n === 'supaya' || n === 'agar' || n === ';' || n === ':') return undefined;
    if (++lower > (afterPrep ? 3 : 6)) return undefined;
  }
  return undefined;
}

/** The reported content: the quotation the attribution closes, or the clause after the verb. */
export function statementContent(d: Doc, m: TriggerMatch): Span | undefined {
  const t = m.trigger as StatementTrigger;
  const s0 = sentenceStartOf(d, m.start);
  const s1 = sentenceEndOf(d, m.start);
  if (t.frame === 'after' || t.frame === 'initial' || t.frame === 'clitic') {
    // “...,” katanya / ... ,” kata X
    let p = m.start - 1;
    if (norm(d, p) === ',') p--;
    if (p >= 0 && d.cols.norms[p]! === '"' && d.quoteOf[p - 1] !== undefined && d.quoteOf[p - 1]! >= 0) {
      const open = d.quoteOf[p - 1]!;
      let b = p;
      while (b - 1 > open && (norm(d, b - 1) === ',' || isPunct(d, b - 1))) b--;
      return b > open + 1 ? span(d, open + 1, b) : undefined;
    }
    if (m.start > s0 + 1) {
      let b = m.start;
      while (b - 1 > s0 && isPunct(d, b - 1)) b--;
      return b > s0 ? span(d, s0, b) : undefined;
    }
  }
  let a = m.end;
  while (
    a < s1 &&
    (norm(d, a) === ',' || norm(d, a) === ':' || norm(d, a) === 'bahawa' || (CLAUSE_OPENERS.has(norm(d, a)) && norm(d, a) === 'bahawa'))
  )
    a++;
  if (a < s1 && d.cols.norms[a]! === '"') {
    const close = d.quoteClose[a]!;
    if (close >= 0) return close > a + 1 ? span(d, a + 1, close) : undefined;
  }
  let b = s1;
  while (b > a && isPunct(d, b - 1)) b--;
  if (b - a < 2 || (PREPOSITIONS.has(norm(d, a)) && b - a < 3)) return undefined;
  return span(d, a, b);
}

export function statementRelation(
  d: Doc,
  m: TriggerMatch,
  speaker: number,
  via: 'name' | 'pronoun',
  target: number | undefined,
  content: Span | undefined,
): StatementRelation {
  const t = m.trigger as StatementTrigger;
  const sp = d.entities[speaker]!;
  const tg = target !== undefined ? d.entities[target]! : undefined;
  const rel: { -readonly [K in keyof StatementRelation]: StatementRelation[K] } = {
    type: 'STATEMENT',
    act: t.act,
    cameo: t.cameo,
    trigger: span(d, m.start, m.end),
    speaker: { start: sp.start, end: sp.end, text: sp.text },
    speaker_via: via,
  };
  // added when known, after the rest (the keys' order is the JSON's): no object spread per relation
  if (tg) rel.target = { start: tg.start, end: tg.end, text: tg.text };
  if (content) rel.content = content;
  return rel;
}
