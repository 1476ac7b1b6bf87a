// The committed entity model and its word clusters are what `npm run train` makes from the
// training set and the corpus today: same bytes, so a change to the features, the recognisers,
// the lexicon, the clustering or the data that is not followed by `npm run train` fails here.
// Skipped in a clone without ../shared.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeClusters } from '../../src/learn/clusters.js';
import { encodeModel } from '../../src/learn/codec.js';
import { CLUSTER_SETTINGS, CORPUS, corpusTexts, wordClusters } from '../../train/clusters.js';
import { recogniserResources, trainEntityModel } from '../../train/entities.js';
import { readGold, TRAIN_GOLD } from '../../train/gold.js';
import { clustersModule, modelModule } from '../../train/write.js';

const DIST = fileURLToPath(new URL('../../lexicons/dist/', import.meta.url));
const haveData = existsSync(TRAIN_GOLD) && existsSync(CORPUS);
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe.skipIf(!haveData)('committed entity model (lexicons/dist/entity-model.js)', () => {
  const { docs, sha256 } = haveData ? readGold(TRAIN_GOLD) : { docs: [], sha256: '' };
  const manifest = JSON.parse(readFileSync(`${DIST}model-manifest.json`, 'utf8')) as {
    entity: {
      sha256: string;
      training: { dataSha256: string; articles: number };
      crossValidation?: { dataSha256: string };
      clusters: { sha256: string; dataSha256: string };
    };
  };
  // the clusters, rebuilt from the corpus (about 15 s): the model below is trained with them
  const encodedClusters = haveData ? wordClusters(corpusTexts()) : { groups: [] };

  it('has word clusters learnt from the corpus as it is now', () => {
    const corpusRaw = readFileSync(CORPUS, 'utf8');
    expect(manifest.entity.clusters.dataSha256).toBe(sha(corpusRaw));
    const { js, dts } = clustersModule(
      'WORD_CLUSTERS',
      encodedClusters,
      `${CLUSTER_SETTINGS.clusters} clusters of ../shared/data/corpus, sha256 ${sha(corpusRaw).slice(0, 16)}`,
    );
    const committed = readFileSync(`${DIST}word-clusters.js`, 'utf8');
    expect(committed === js).toBe(true);
    expect(readFileSync(`${DIST}word-clusters.d.ts`, 'utf8')).toBe(dts);
    expect(manifest.entity.clusters.sha256).toBe(sha(committed));
  });

  it('was trained on the training set as it is now', () => {
    expect(manifest.entity.training.dataSha256).toBe(sha256);
    expect(manifest.entity.training.articles).toBe(docs.length);
    expect(manifest.entity.crossValidation?.dataSha256).toBe(sha256);
  });

  it('equals a fresh training byte for byte (run npm run train)', { timeout: 120_000 }, () => {
    const { model } = trainEntityModel(docs, recogniserResources(), decodeClusters(encodedClusters));
    const { js, dts } = modelModule(
      'ENTITY_MODEL',
      encodeModel(model),
      `${docs.length} articles of ../shared/eval/train, sha256 ${sha256.slice(0, 16)}`,
    );
    const committed = readFileSync(`${DIST}entity-model.js`, 'utf8');
    expect(committed === js).toBe(true);
    expect(readFileSync(`${DIST}entity-model.d.ts`, 'utf8')).toBe(dts);
    expect(manifest.entity.sha256).toBe(sha(committed));
  });
});
