// Build-time helpers for relation evaluation: gold entities as the pipeline's Entity list, a
// document run through the relation stage, and scoring by ../shared/tools/score.mjs (the same
// scorer as the numbers; fold subsets are written to a temporary folder, never into
// the project).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompiledAliases } from '../src/lexicon/bundled.js';
import { entryPrior, loadBundledLexicon } from '../src/lexicon/index.js';
import type { EntryKind, LexiconEntry } from '../src/lexicon/types.js';
import { extractRelations, type RelationOptions } from '../src/relations/index.js';
import type { RelationModel } from '../src/relations/model.js';
import { parseIsoDate } from '../src/tokenize/dates.js';
import { segment } from '../src/tokenize/index.js';
import type { Entity, Relation } from '../src/types.js';
import { type GoldDoc, isoDate, SHARED } from './gold.js';
import type { Prf } from './score.js';

export const SCORER = `${SHARED}tools/score.mjs`;

/**
 * The bundled lexicon's places by name, to each its id: the id the linker gives a place of that
 * canonical name (the entry of highest prior when several share it). Made on first use.
 */
let placeIds: Map<string, string> | undefined;
function placeIdOf(name: string): string | undefined {
  if (!placeIds) {
    const best = new Map<string, LexiconEntry>();
    for (const e of loadBundledLexicon().entries) {
      if (e.label !== 'LOC') continue;
      const b = best.get(e.name);
      if (!b || entryPrior(e) > entryPrior(b)) best.set(e.name, e);
    }
    placeIds = new Map([...best].map(([n, e]) => [n, e.id]));
  }
  return placeIds.get(name);
}

/** countryOf of the bundled lexicon, as the pipeline passes it to the relation stage. */
export const goldCountryOf = (kb: string): string | undefined => precompiledAliases(loadBundledLexicon())?.placeCountry(kb);

/** The bundled lexicon's news outlets and agencies by name -> id: the linker links these names to them. */
let reporterIds: Map<string, string> | undefined;
function reporterIdOf(name: string): string | undefined {
  if (!reporterIds) {
    reporterIds = new Map();
    for (const e of loadBundledLexicon().entries)
      if (e.label === 'ORG' && (e.kind === 'news-outlet' || e.kind === 'news-agency'))
        for (const n of [e.name, ...e.aliases]) reporterIds.set(n, e.id);
  }
  return reporterIds.get(name);
}

/** The bundled lexicon's kind of an entry, as the pipeline passes it to the relation stage. */
export const goldKindOf = (kb: string): EntryKind | undefined => loadBundledLexicon().byId(kb)?.kind;

/**
 * The gold mentions as linked entities: canonical from the gold, text from the article, and for
 * a place the lexicon names, its id, and for a news outlet the lexicon names, its id (as the linker gives them: the relation
 * stage reads a place's kind and country, and an outlet's kind, from them).
 */
export function goldEntities(doc: GoldDoc): Entity[] {
  return [...doc.entities]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((e) => {
      const text = doc.text.slice(e.start, e.end);
      const canonical = e.canonical ?? text;
      const kb = e.label === 'LOC' ? placeIdOf(canonical) : e.label === 'ORG' ? reporterIdOf(canonical) : undefined;
      const ent: Entity = { start: e.start, end: e.end, text, label: e.label, canonical, source: 'gazetteer' as const };
      return kb !== undefined ? { ...ent, kb } : ent;
    });
}

export { isoDate };

/** The relations of one document on its gold entities. */
export function relationsOnGold(
  doc: GoldDoc,
  model?: RelationModel,
  speakerOracle?: RelationOptions['speakerOracle'],
  partyOracle?: RelationOptions['partyOracle'],
): Relation[] {
  const ref = parseIsoDate(isoDate(doc.date));
  const opts: RelationOptions = {
    countryOf: goldCountryOf,
    kindOf: goldKindOf,
    ...(ref !== undefined ? { ref } : {}),
    ...(model ? { model } : {}),
    ...(speakerOracle ? { speakerOracle } : {}),
    ...(partyOracle ? { partyOracle } : {}),
  };
  return extractRelations(doc.text, segment(doc.text), goldEntities(doc), opts);
}

export type { Prf };
export interface RelationScores {
  readonly meetStrict: Prf;
  readonly meetLenient: Prf;
  readonly stStrict: Prf;
  readonly stSpeaker: Prf;
}

/** Scores output lines ({id, entities, relations}) against gold docs with score.mjs. */
export function scoreRelations(
  gold: readonly GoldDoc[],
  out: readonly { id: string; entities: readonly unknown[]; relations: readonly Relation[] }[],
): RelationScores {
  const dir = mkdtempSync(join(tmpdir(), 'kenal-rel-'));
  try {
    const g = join(dir, 'gold.jsonl');
    const p = join(dir, 'out.jsonl');
    writeFileSync(g, `${gold.map((d) => JSON.stringify(d)).join('\n')}\n`);
    writeFileSync(p, `${out.map((d) => JSON.stringify(d)).join('\n')}\n`);
    const res = JSON.parse(execFileSync(process.execPath, [SCORER, g, p, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const r = res.relations;
    return { meetStrict: r.MEET.strict, meetLenient: r.MEET.lenient, stStrict: r.STATEMENT.strict, stSpeaker: r.STATEMENT.lenient };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pc = (x: number): string => (100 * x).toFixed(1).padStart(5);
export function formatScores(name: string, s: RelationScores): string {
  return `${name.padEnd(10)} MEET strict ${pc(s.meetStrict.f)} lenient ${pc(s.meetLenient.f)} (gold ${s.meetStrict.gold}, pred ${s.meetStrict.pred})   STATEMENT strict ${pc(s.stStrict.f)} (P ${pc(s.stStrict.p)} R ${pc(s.stStrict.r)}) speaker-only ${pc(s.stSpeaker.f)} (gold ${s.stStrict.gold}, pred ${s.stStrict.pred})`;
}
