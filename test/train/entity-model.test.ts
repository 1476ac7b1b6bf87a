// The committed entity model is what `npm run train` makes from the training set today: same
// bytes, so a change to the features, the recognisers, the lexicon or the data that is not
// followed by `npm run train` fails here. Skipped in a clone without ../shared.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../src/learn/codec.js';
import { recogniserResources, trainEntityModel } from '../../train/entities.js';
import { readGold, TRAIN_GOLD } from '../../train/gold.js';
import { modelModule } from '../../train/write.js';

const DIST = fileURLToPath(new URL('../../lexicons/dist/', import.meta.url));
const haveData = existsSync(TRAIN_GOLD);

describe.skipIf(!haveData)('committed entity model (lexicons/dist/entity-model.js)', () => {
  const { docs, sha256 } = haveData ? readGold(TRAIN_GOLD) : { docs: [], sha256: '' };
  const manifest = JSON.parse(readFileSync(`${DIST}model-manifest.json`, 'utf8')) as {
    entity: { sha256: string; training: { dataSha256: string; articles: number }; crossValidation?: { dataSha256: string } };
  };

  it('was trained on the training set as it is now', () => {
    expect(manifest.entity.training.dataSha256).toBe(sha256);
    expect(manifest.entity.training.articles).toBe(docs.length);
    expect(manifest.entity.crossValidation?.dataSha256).toBe(sha256);
  });

  it('equals a fresh training byte for byte (run npm run train)', { timeout: 120_000 }, () => {
    const { model } = trainEntityModel(docs, recogniserResources());
    const { js, dts } = modelModule(
      'ENTITY_MODEL',
      encodeModel(model),
      `${docs.length} articles of ../shared/eval/train, sha256 ${sha256.slice(0, 16)}`,
    );
    const committed = readFileSync(`${DIST}entity-model.js`, 'utf8');
    expect(committed === js).toBe(true);
    expect(readFileSync(`${DIST}entity-model.d.ts`, 'utf8')).toBe(dts);
    expect(manifest.entity.sha256).toBe(createHash('sha256').update(committed).digest('hex'));
  });
});
