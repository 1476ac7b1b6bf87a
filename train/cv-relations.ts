// Cross-validation of the relation stage on the training set (issue #17): for each of the 5
// shared folds, the models are trained on the other four and run on it; relations are scored
// by ../shared/tools/score.mjs per fold and over all folds, first on the gold entities (the
// relation stage alone), then with `--predicted` on kenal's own entities as well.
import { writeFileSync } from 'node:fs';
import { createPipeline } from '../src/pipeline/index.js';
import { decodeRelationModel, type RelationModel } from '../src/relations/model.js';
import type { Relation } from '../src/types.js';
import { FOLDS, foldOf, type GoldDoc, readGold, TRAIN_GOLD } from './gold.js';
import { trainRelationModels } from './relations.js';
import { formatScores, goldEntities, isoDate, relationsOnGold, scoreRelations } from './relations-eval.js';

type Line = { id: string; entities: readonly unknown[]; relations: readonly Relation[] };

export function crossValidateRelations(docs: readonly GoldDoc[], predicted: boolean, rulesOnly = false): void {
  const all: Line[] = [];
  const allPred: Line[] = [];
  const ordered: GoldDoc[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const test = docs.filter((d) => foldOf(d.id) === f);
    const enc = rulesOnly ? undefined : trainRelationModels(docs.filter((d) => foldOf(d.id) !== f));
    const model: RelationModel | undefined = enc
      ? decodeRelationModel({
          ...enc,
          ...(process.env.KENAL_MARGIN ? { margin: Number(process.env.KENAL_MARGIN) } : {}),
          ...(process.env.KENAL_NONE_MARGIN ? { noneMargin: Number(process.env.KENAL_NONE_MARGIN) } : {}),
          ...(process.env.KENAL_ACT_MARGIN ? { actMargin: Number(process.env.KENAL_ACT_MARGIN) } : {}),
          ...(process.env.KENAL_GATE_MARGIN ? { gateMargin: Number(process.env.KENAL_GATE_MARGIN) } : {}),
          ...(process.env.KENAL_PARTY_MARGIN ? { partyMargin: Number(process.env.KENAL_PARTY_MARGIN) } : {}),
        })
      : undefined;
    const out = test.map((d) => ({ id: d.id, entities: goldEntities(d), relations: relationsOnGold(d, model) }));
    console.log(formatScores(`fold ${f} gold`, scoreRelations(test, out)));
    all.push(...out);
    ordered.push(...test);
    if (predicted) {
      const pipe = createPipeline({ relationModel: model ?? null });
      const pout = test.map((d) => {
        const date = isoDate(d.date);
        const r = pipe.extract(d.text, date ? { id: d.id, date } : { id: d.id });
        return { id: d.id, entities: r.entities, relations: r.relations };
      });
      console.log(formatScores(`fold ${f} pred`, scoreRelations(test, pout)));
      allPred.push(...pout);
    }
  }
  console.log(formatScores('all gold', scoreRelations(ordered, all)));
  if (process.env.KENAL_CV_OUT) writeFileSync(process.env.KENAL_CV_OUT, all.map((l) => JSON.stringify(l)).join('\n'));
  if (predicted) console.log(formatScores('all pred', scoreRelations(ordered, allPred)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { docs } = readGold(TRAIN_GOLD);
  crossValidateRelations(docs, process.argv.includes('--predicted'), process.argv.includes('--rules'));
}
