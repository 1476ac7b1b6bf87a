// The committed entity model and its corpus word tables are what `npm run train` makes from the
// training set and the corpus today: same bytes, so a change to the features, the recognisers,
// the lexicon, the clustering or the data that is not followed by `npm run train` fails here.
// Skipped in a clone without ../shared.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../src/learn/codec.js';
import { CORPUS } from '../../train/clusters.js';
import { buildCorpusWords } from '../../train/corpus-words.js';
import { recogniserResources, trainEntityModel } from '../../train/entities.js';
import { readGold, TRAIN_GOLD } from '../../train/gold.js';
import { modelModule } from '../../train/write.js';

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
      corpusWords: { file: string; sha256: string; dataSha256: string }[];
    };
  };
  // the corpus word tables, rebuilt from the corpus (about 25 s): the model below is trained with them
  const built = haveData ? buildCorpusWords(recogniserResources()) : undefined;

  it('has word tables learnt from the corpus as it is now', () => {
    expect(built!.files.map((f) => f.file)).toEqual(manifest.entity.corpusWords.map((f) => f.file));
    for (const f of built!.files) {
      const m = manifest.entity.corpusWords.find((x) => x.file === f.file)!;
      expect(m.dataSha256).toBe(built!.corpusSha256);
      const committed = readFileSync(`${DIST}${f.file}`, 'utf8');
      expect(committed === f.js, f.file).toBe(true);
      expect(readFileSync(`${DIST}${f.file.replace(/\.js$/, '.d.ts')}`, 'utf8')).toBe(f.dts);
      expect(m.sha256).toBe(sha(committed));
    }
  });

  it('equals a fresh training byte for byte (run npm run train)', { timeout: 120_000 }, () => {
    const { model } = trainEntityModel(docs, recogniserResources(), built!.words);
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
