// `npm run train`: learns word tables from the unlabelled corpus (../shared/data/corpus,
// train/corpus-words.ts) into lexicons/dist/word-clusters.js and corpus-labels.js, then trains
// the entity model (with those tables) and the relation models on
// ../shared/eval/train/gold.jsonl, writes them to lexicons/dist/entity-model.js and
// relation-model.js with a manifest (lexicons/dist/model-manifest.json: training data hash,
// settings, feature templates, size, coverage), then cross-validates both by article and adds
// the per-fold scores to the manifest. `--no-cv` skips the cross-validation (the manifest keeps
// the scores it had, marked with the data hash they were measured on).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeModel } from '../src/learn/codec.js';
import { buildCorpusWords } from './corpus-words.js';
import { ENTITY_TRAINING, recogniserResources, trainEntityModel } from './entities.js';
import { readGold, TRAIN_GOLD } from './gold.js';
import { RELATION_MODEL_INPUTS, relationModelManifest, writeRelationModel } from './relations-main.js';
import { modelModule } from './write.js';

const DIST = fileURLToPath(new URL('../lexicons/dist/', import.meta.url));
const MANIFEST = `${DIST}model-manifest.json`;
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

async function main(): Promise<void> {
  const withCv = !process.argv.includes('--no-cv');
  const { docs, sha256 } = readGold(TRAIN_GOLD);
  const res = recogniserResources();
  const tc = Date.now();
  const corpusWords = buildCorpusWords(res);
  for (const f of corpusWords.files) {
    writeFileSync(`${DIST}${f.file}`, f.js);
    writeFileSync(`${DIST}${f.file.replace(/\.js$/, '.d.ts')}`, f.dts);
    process.stderr.write(`${f.file}: ${f.words} words, ${f.js.length} bytes\n`);
  }
  process.stderr.write(`corpus word tables: ${((Date.now() - tc) / 1000).toFixed(1)} s\n`);
  const t0 = Date.now();
  const { model, coverage } = trainEntityModel(docs, res, corpusWords.words);
  const encoded = encodeModel(model);
  const { js, dts } = modelModule(
    'ENTITY_MODEL',
    encoded,
    `${docs.length} articles of ../shared/eval/train, sha256 ${sha256.slice(0, 16)}`,
  );
  writeFileSync(`${DIST}entity-model.js`, js);
  writeFileSync(`${DIST}entity-model.d.ts`, dts);
  process.stderr.write(`entity model: ${docs.length} articles, ${((Date.now() - t0) / 1000).toFixed(1)} s, ${js.length} bytes\n`);
  const t1 = Date.now();
  writeRelationModel();
  const relationJs = readFileSync(`${DIST}relation-model.js`, 'utf8');
  process.stderr.write(`relation models: ${((Date.now() - t1) / 1000).toFixed(1)} s, ${relationJs.length} bytes\n`);
  const relation = {
    file: 'relation-model.js',
    sha256: sha(relationJs),
    bytes: relationJs.length,
    model: 'averaged perceptrons: statement trigger gate, act classifier, speaker ranker, meeting parties (src/relations/model.ts)',
    training: {
      dataFile: 'eval/train/gold.jsonl',
      articles: docs.length,
      ...relationModelManifest(sha256),
      codeFiles: RELATION_MODEL_INPUTS,
    },
  };
  const previous = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, unknown>) : {};
  const entity: Record<string, unknown> = {
    file: 'entity-model.js',
    sha256: sha(js),
    bytes: js.length,
    model: 'averaged structured perceptron, BIO tags over candidate windows, Viterbi over legal moves (src/recognise/decide.ts)',
    features:
      'src/recognise/features.ts: word, lower case, shape, prefixes and suffixes, words +-2, word lists, rule proposals (recogniser, label, place), titles, head nouns, quotes, lines in capitals, document labels, word clusters of the word and its neighbours, corpus labels',
    corpusWords: corpusWords.files.map((f) => ({
      file: f.file,
      sha256: sha(f.js),
      bytes: f.js.length,
      words: f.words,
      method: f.method,
      settings: f.settings,
      data: 'data/corpus/malay_news_my.jsonl (unlabelled)',
      dataSha256: corpusWords.corpusSha256,
    })),
    training: { ...ENTITY_TRAINING, data: 'eval/train/gold.jsonl', articles: docs.length, dataSha256: sha256 },
    classes: encoded.classes,
    rows: 1 << encoded.bits,
    coverage,
    crossValidation: (previous.entity as Record<string, unknown> | undefined)?.crossValidation,
  };
  if (withCv) {
    // the pipeline imports the model just written: loaded only now
    const { crossValidate } = await import('./cv.js');
    const { folds, pooled } = crossValidate(docs, res, corpusWords.words, (f) =>
      process.stderr.write(`fold ${f.fold}: entities F1 ${f.scores.entities.ALL.f.toFixed(3)} (${f.test} articles)\n`),
    );
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    const brief = (s: (typeof folds)[number]['scores']) => ({
      entities: Object.fromEntries(Object.entries(s.entities).map(([l, v]) => [l, { p: round(v.p), r: round(v.r), f: round(v.f) }])),
      meetLenient: round(s.relations.MEET.lenient.f),
      statementStrict: round(s.relations.STATEMENT.strict.f),
    });
    entity.crossValidation = {
      dataSha256: sha256,
      folds: folds.map((f) => ({ fold: f.fold, articles: f.test, ...brief(f.scores) })),
      pooled: brief(pooled),
    };
  }
  writeFileSync(MANIFEST, `${JSON.stringify({ ...previous, entity, relation }, null, 2)}\n`);
}

await main();
