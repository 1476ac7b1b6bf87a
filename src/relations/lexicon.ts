// The relation lexicon: triggers (lexicons/src/relations/triggers.tsv) indexed by their first
// word, and the word classes (words.tsv) as sets. Built once, frozen, shared by every call.
import data from '#lexicons/triggers.js';
import type { CameoCode, StatementAct } from '../types.js';
import { keyFilter, type KeyFilter } from '../support/key-filter.js';

export type StatementFrame = 'subject' | 'after' | 'initial' | 'clitic' | 'noun';
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

export type WordClass = keyof typeof data.words;

export interface RelationLexicon {
  /** First word -> triggers starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly Trigger[]>;
  /** Pre-test for byFirst: nearly every word of a text starts no trigger. */
  readonly firstFilter: KeyFilter;
  readonly classes: { readonly [K in WordClass]: ReadonlySet<string> };
  /** Pre-tests for the classes, asked of many tokens that are in none. */
  readonly classFilters: { readonly [K in WordClass]: KeyFilter };
}

export function buildRelationLexicon(): RelationLexicon {
  const byFirst = new Map<string, Trigger[]>();
  for (const t of data.triggers) {
    const words = t.phrase.split(' ');
    const first = words[0] ?? '';
    const trig: Trigger =
      t.type === 'STATEMENT'
        ? { type: 'STATEMENT', words, act: t.act as StatementAct, cameo: t.cameo as CameoCode, frame: t.frame as StatementFrame }
        : { type: 'MEET', words, cameo: t.cameo as CameoCode, frame: t.frame as MeetFrame };
    const list = byFirst.get(first) ?? [];
    list.push(trig);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const classes = Object.fromEntries(Object.entries(data.words).map(([k, v]) => [k, new Set(v)])) as unknown as RelationLexicon['classes'];
  const classFilters = Object.fromEntries(Object.entries(data.words).map(([k, v]) => [k, keyFilter(v)])) as unknown as RelationLexicon['classFilters'];
  return Object.freeze({ byFirst, firstFilter: keyFilter(byFirst.keys()), classes, classFilters });
}
