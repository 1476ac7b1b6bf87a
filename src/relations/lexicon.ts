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
  /** The passive (di-) forms of the one-word statement verbs, with the active verb's act (passiveActs). */
  readonly passives: ReadonlyMap<string, StatementAct>;
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
  return Object.freeze({ byFirst, classes, classMask, passives: passiveActs(byFirst) });
}

/** The meN- prefixes, and the first consonant of a root each drops (menyangkal <- sangkal). */
const ME_PREFIXES: readonly (readonly [string, string])[] = [
  ['meny', 's'],
  ['meng', 'k'],
  ['mem', 'p'],
  ['men', 't'],
  ['me', ''],
];

/**
 * The passives of the lexicon's one-word statement verbs (subject frame), each with the act
 * activeAct gives it: di- + root, from every root a verb's meN- prefix may have been put on
 * (passive-verbs.ts). Made once per lexicon, so a document's words are each one look-up.
 */
function passiveActs(byFirst: ReadonlyMap<string, readonly (Trigger | NotTrigger)[]>): Map<string, StatementAct> {
  const out = new Map<string, StatementAct>();
  for (const list of byFirst.values())
    for (const t of list) {
      if (t.type !== 'STATEMENT' || t.words.length !== 1 || t.frame !== 'subject') continue;
      const v = t.words[0]!;
      for (const [prefix, dropped] of ME_PREFIXES) {
        if (!v.startsWith(prefix)) continue;
        const rest = v.slice(prefix.length);
        for (const root of dropped === '' ? [rest] : [rest, dropped + rest]) {
          const w = `di${root}`;
          if (out.has(w)) continue;
          const act = activeAct(byFirst, w);
          if (act !== undefined) out.set(w, act);
        }
      }
    }
  return out;
}

/**
 * The act of the one-word statement verb whose passive w is: di- + root, the verb meN- + root,
 * with the root's first consonant dropped after meny- (s), men- (t), mem- (p) and meng- (k).
 */
export function activeAct(byFirst: ReadonlyMap<string, readonly (Trigger | NotTrigger)[]>, w: string): StatementAct | undefined {
  if (w.length < 6 || !w.startsWith('di')) return undefined;
  const root = w.slice(2);
  const forms = [`me${root}`, `mem${root}`, `men${root}`, `meng${root}`, `meny${root}`];
  const c = root[0];
  if (c === 's') forms.push(`meny${root.slice(1)}`);
  else if (c === 't') forms.push(`men${root.slice(1)}`);
  else if (c === 'p') forms.push(`mem${root.slice(1)}`);
  else if (c === 'k') forms.push(`meng${root.slice(1)}`);
  for (const f of forms)
    for (const t of byFirst.get(f) ?? []) if (t.type === 'STATEMENT' && t.words.length === 1 && t.frame === 'subject') return t.act;
  return undefined;
}
