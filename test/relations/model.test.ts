// The committed relation model (lexicons/dist/relation-model.js) is the one the training code
// makes from the training set: its manifest records the SHA-256 of the data and of the code,
// and retraining gives the same bytes (training takes about ten seconds).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../../lexicons/dist/relation-model.js';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { TRAIN_GOLD } from '../../train/gold.js';
import { RELATION_MODEL_JS, relationModelManifest, relationModelModule } from '../../train/relations-main.js';

const present = existsSync(TRAIN_GOLD);

describe('the bundled relation model', () => {
  it('decodes to a trigger gate, an act classifier, a speaker ranker and a party model', () => {
    expect(bundledRelationModel().gate.classes).toEqual(['NONE', 'TRIGGER']);
    expect(bundledRelationModel().act.classes).toContain('APPEAL');
    expect(bundledRelationModel().speaker?.classes).toEqual(['score']);
    expect(bundledRelationModel().parties?.classes).toEqual(['OUT', 'IN']);
  });
});

describe.skipIf(!present)('the committed relation model is current (needs ../shared)', () => {
  it('was trained on the training set and code as they are now', () => {
    const sha = createHash('sha256').update(readFileSync(TRAIN_GOLD)).digest('hex');
    expect(data.manifest).toMatchObject(relationModelManifest(sha));
  });
  it('retraining gives the same bytes', () => {
    expect(relationModelModule()).toBe(readFileSync(RELATION_MODEL_JS, 'utf8'));
  }, 120_000);
  it("the models' manifest (model-manifest.json) records the committed file's SHA-256 and size", () => {
    const bytes = readFileSync(RELATION_MODEL_JS);
    const manifest = JSON.parse(readFileSync(new URL('../../lexicons/dist/model-manifest.json', import.meta.url), 'utf8')) as {
      relation: { sha256: string; bytes: number };
    };
    expect(manifest.relation.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(manifest.relation.bytes).toBe(bytes.length);
  });
});
