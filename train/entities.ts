// Training the entity tagger (src/recognise/decide.ts): every training article is tokenized,
// the recognisers propose, features.ts turns each window token into feature rows, and the gold
// mentions give each window token its BIO tag. A structured averaged perceptron learns the
// weights, four times over with different shuffles, and the mean of the four is the model;
// Viterbi over legal BIO moves decodes, in training as at run time.
import { buildGazetteer } from '../src/gazetteer/index.js';
import { loadBundledLexicon } from '../src/lexicon/index.js';
import { bioTransitions, ENTITY_TAGS } from '../src/recognise/decide.js';
import { tokenFeatures } from '../src/recognise/features.js';
import { propose, type RecogniserResources } from '../src/recognise/index.js';
import { type CorpusWords, type EntityModel, withCorpusWords } from '../src/recognise/model.js';
import { buildWordKnowledge } from '../src/recognise/words.js';
import { segment } from '../src/tokenize/index.js';
import type { GoldDoc } from './gold.js';
import { meanModel, type SequenceExample, trainSequence } from './perceptron.js';

/** The settings of the committed model: recorded in the manifest. */
export const ENTITY_TRAINING: EntityTraining = { bits: 17, epochs: 12, seeds: [20261206, 20261207, 20261208, 20261209], margin: 70 };

/** The perceptron's settings: one model per seed (its shuffles), their mean shipped (meanModel). */
export interface EntityTraining {
  readonly bits: number;
  readonly epochs: number;
  readonly seeds: readonly number[];
  /**
   * Cost-augmented training (perceptron.ts): by cross-validation on the training set (two seed
   * pairs), margins 50-100 score 0.15-0.2 points of F1 above none (0.9180 -> 0.9196), 20 and 200 no better.
   */
  readonly margin?: number;
}

export function recogniserResources(): RecogniserResources {
  const lexicon = loadBundledLexicon();
  return Object.freeze({ gazetteer: buildGazetteer(lexicon), words: buildWordKnowledge(lexicon) });
}

export interface Coverage {
  readonly mentions: number;
  /** Gold mentions whose tokens lie inside one candidate window. */
  readonly inWindows: number;
  /** Gold mentions whose edges fall inside a token. */
  readonly misaligned: number;
}

/** One example per window (a window is a sequence). */
export function entityExamples(
  docs: readonly GoldDoc[],
  res: RecogniserResources,
  bits: number,
  words: CorpusWords | undefined,
): { examples: SequenceExample[]; coverage: Coverage } {
  const examples: SequenceExample[] = [];
  let mentions = 0;
  let inWindows = 0;
  let misaligned = 0;
  for (const d of docs) {
    const seg = segment(d.text);
    const props = propose(d.text, seg, res);
    const tf = tokenFeatures(d.text, seg, props, res, bits, words);
    const { tokens } = seg;
    // gold tag of each token
    const gold = new Int32Array(tokens.length);
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    tokens.forEach((t, k) => {
      startAt.set(t.start, k);
      endAt.set(t.end, k);
    });
    const windowOf = new Int32Array(tokens.length).fill(-1);
    tf.windows.forEach((w, i) => {
      for (let k = w.start; k < w.end; k++) windowOf[k] = i;
    });
    for (const e of d.entities) {
      mentions++;
      const a = startAt.get(e.start);
      const b = endAt.get(e.end);
      if (a === undefined || b === undefined) {
        misaligned++;
        continue;
      }
      if (windowOf[a] !== -1 && windowOf[a] === windowOf[b]) inWindows++;
      const base = e.label === 'PER' ? 1 : e.label === 'ORG' ? 3 : 5;
      gold[a] = base;
      for (let k = a + 1; k <= b; k++) gold[k] = base + 1;
    }
    let i = 0;
    for (const w of tf.windows) {
      const len = w.end - w.start;
      const tags = new Int32Array(len);
      for (let k = 0; k < len; k++) {
        let g = gold[w.start + k]!;
        // a mention cut by the window's edge: its inside tags start a mention here
        if (k === 0 && (g === 2 || g === 4 || g === 6)) g -= 1;
        tags[k] = g;
      }
      const from = tf.at[i]!;
      const to = tf.at[i + len]!;
      const at = new Int32Array(len + 1);
      for (let k = 0; k <= len; k++) at[k] = tf.at[i + k]! - from;
      examples.push({ features: tf.features.slice(from, to), at, tags });
      i += len;
    }
  }
  return { examples, coverage: { mentions, inWindows, misaligned } };
}

export function trainEntityModel(
  docs: readonly GoldDoc[],
  res: RecogniserResources,
  words: CorpusWords | undefined,
  o: EntityTraining = ENTITY_TRAINING,
): { model: EntityModel; coverage: Coverage } {
  const { examples, coverage } = entityExamples(docs, res, o.bits, words);
  const model = meanModel(
    o.seeds.map((seed) =>
      trainSequence(examples, ENTITY_TAGS, bioTransitions(), { bits: o.bits, epochs: o.epochs, seed, margin: o.margin ?? 0 }),
    ),
  );
  return { model: withCorpusWords(model, words), coverage };
}
