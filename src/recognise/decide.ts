// The decision: which spans become entities, with which label, is the entity model's (trained by
// `npm run train` on ../shared/eval/train, compiled to lexicons/dist/entity-model.js). A BIO
// tagger over the candidate windows of features.ts, decoded by Viterbi over legal tag
// sequences (I-ORG only after B-ORG or I-ORG). A decided span that a recogniser proposed keeps
// that recogniser's lexicon id and alias; one no recogniser proposed is the model's own.
// `score` is the model's confidence: the mean, over the span's tokens, of the probability of
// the chosen tag against the others at that token.
import type { LinearModel } from '../learn/linear.js';
import { scoreInto, softmaxAt } from '../learn/linear.js';
import { viterbi } from '../learn/viterbi.js';
import type { EntityLabel, Segmentation } from '../types.js';
import { tokenFeatures } from './features.js';
import type { Mention, Proposals, RecogniserResources } from './mention.js';
import { newMention } from './mention.js';

export const ENTITY_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
const LABEL_OF: readonly (EntityLabel | undefined)[] = [undefined, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC'];
const isBegin = (tag: number): boolean => tag === 1 || tag === 3 || tag === 5;

/** Legal moves between BIO tags ((c+1)*c, the last row the start): I-X only after B-X or I-X. */
export function bioTransitions(): Uint8Array {
  const c = ENTITY_TAGS.length;
  const allowed = new Uint8Array((c + 1) * c);
  for (let from = 0; from <= c; from++) {
    for (let to = 0; to < c; to++) {
      const inside = to === 2 || to === 4 || to === 6;
      allowed[from * c + to] = !inside || (from < c && (from === to || from === to - 1)) ? 1 : 0;
    }
  }
  return allowed;
}
const ALLOWED = bioTransitions();

/** The model's tags over every window token, in window order, and the per-token confidence. */
export function tagWindows(
  text: string,
  seg: Segmentation,
  props: Proposals,
  res: RecogniserResources,
  model: LinearModel,
): { windows: ReturnType<typeof tokenFeatures>['windows']; tags: Int32Array; confidence: Float32Array } {
  const tf = tokenFeatures(text, seg, props, res, model.bits);
  const c = model.classes.length;
  const total = tf.at.length - 1;
  const emit = new Float64Array(total * c);
  for (let i = 0; i < total; i++) scoreInto(model, tf.features.subarray(tf.at[i]!, tf.at[i + 1]!), tf.at[i + 1]! - tf.at[i]!, emit, i * c);
  const tags = new Int32Array(total);
  const confidence = new Float32Array(total);
  let i = 0;
  for (const w of tf.windows) {
    const len = w.end - w.start;
    viterbi(len, c, emit.subarray(i * c, (i + len) * c), model.transitions, ALLOWED, tags.subarray(i, i + len));
    for (let j = i; j < i + len; j++) confidence[j] = softmaxAt(emit, j * c, c, tags[j]!);
    i += len;
  }
  return { windows: tf.windows, tags, confidence };
}

/** The entities the model decides on, in text order, as mentions for the linker. */
export function decide(text: string, seg: Segmentation, props: Proposals, res: RecogniserResources, model: LinearModel): Mention[] {
  const { tokens } = seg;
  const { windows, tags, confidence } = tagWindows(text, seg, props, res, model);
  // proposals by span, the rules' own choice first
  const bySpan = new Map<number, Mention[]>();
  const key = (a: number, b: number): number => a * 65_536 + (b - a);
  for (const m of [...props.rules, ...props.proposals]) {
    const k = key(m.tokenStart, m.tokenEnd);
    const list = bySpan.get(k);
    if (list) list.push(m);
    else bySpan.set(k, [m]);
  }
  const out: Mention[] = [];
  let i = 0;
  for (const w of windows) {
    let k = w.start;
    while (k < w.end) {
      const tag = tags[i + k - w.start]!;
      if (!isBegin(tag)) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < w.end && tags[i + e - w.start] === tag + 1) e++;
      let conf = 0;
      for (let j = k; j < e; j++) conf += confidence[i + j - w.start]!;
      const score = Math.round((conf / (e - k)) * 100) / 100;
      const label = LABEL_OF[tag]!;
      const same = bySpan.get(key(k, e))?.find((m) => m.label === label);
      out.push(
        same
          ? newMention(same.start, same.end, k, e, label, same.by, score, same.alias, same.kb, same.canonical)
          : newMention(tokens[k]!.start, tokens[e - 1]!.end, k, e, label, 'model', score),
      );
      k = e;
    }
    i += w.end - w.start;
  }
  return out;
}
