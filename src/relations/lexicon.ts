// The relation lexicon: triggers (lexicons/src/relations/triggers.tsv) indexed by their first
// word, and the word classes (words.tsv) as sets. Built once, frozen, shared by every call.
import data from '#lexicons/triggers.js';
import type { CameoCode, StatementAct } from '../types.js';

/** 'passive' is given by the learned triggers only: "diumumkan oleh X". */
export type StatementFrame = 'subject' | 'after' | 'initial' | 'clitic' | 'noun' | 'passive';
export type MeetFrame = 'verb' | 'noun' | 'visit' | 'visit-noun' | 'host';

export interface StatementTrigger {
  readonly type: 'STATEMENT';
  /** Phrase words; '..' allows up to two words between its neighbours. */
  readonly words: readonly string[];
  readonly act: StatementAct;
  readonly cameo: CameoCode;
  readonly frame: StatementFrame;
}
export interface MeetTrigger {
  readonly type: 'MEET';
  readonly words: readonly string[];
  readonly cameo: CameoCode;
  readonly frame: MeetFrame;
}
export type Trigger = StatementTrigger | MeetTrigger;
/** A fixed phrase that begins with a trigger word but is none ("sedia ada" = existing, "menambah baik" = to improve): matched like a trigger, so the longest phrase wins, then dropped. */
export interface NotTrigger {
  readonly type: 'NONE';
  readonly words: readonly string[];
}

export type WordClass = keyof typeof data.words;

export interface RelationLexicon {
  /** First word -> triggers (and phrases that are none) starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly (Trigger | NotTrigger)[]>;
  readonly classes: { readonly [K in WordClass]: ReadonlySet<string> };
  /** Word -> its classes, as a mask of classBit bits; a token's classes are found with one look-up. */
  readonly classMask: ReadonlyMap<string, number>;
}

/** The classes in a fixed order: class k is bit k + 1 of a mask (bit 0 is left for memos). */
const CLASS_ORDER = Object.keys(data.words) as WordClass[];

/** The bit of a word class in RelationLexicon.classMask. */
export function classBit(cls: WordClass): number {
  return 1 << (CLASS_ORDER.indexOf(cls) + 1);
}

export function buildRelationLexicon(): RelationLexicon {
  const byFirst = new Map<string, (Trigger | NotTrigger)[]>();
  for (const t of data.triggers) {
    const words = t.phrase.split(' ');
    const first = words[0] ?? '';
    const trig: Trigger | NotTrigger =
      t.type === 'STATEMENT'
        ? { type: 'STATEMENT', words, act: t.act as StatementAct, cameo: t.cameo as CameoCode, frame: t.frame as StatementFrame }
        : t.type === 'NONE'
          ? { type: 'NONE', words }
          : { type: 'MEET', words, cameo: t.cameo as CameoCode, frame: t.frame as MeetFrame };
    const list = byFirst.get(first) ?? [];
    list.push(trig);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const classes = Object.fromEntries(Object.entries(data.words).map(([k, v]) => [k, new Set(v)])) as unknown as RelationLexicon['classes'];
  const classMask = new Map<string, number>();
  for (const cls of CLASS_ORDER) for (const w of data.words[cls]) classMask.set(w, (classMask.get(w) ?? 0) | classBit(cls));
  return Object.freeze({ byFirst, classes, classMask });
}
