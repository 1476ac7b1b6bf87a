import { readFileSync } from 'node:fs';
import { scoreInto } from '../src/learn/linear.js';
import { decide } from '../src/recognise/decide.js';
import { tokenFeatures } from '../src/recognise/features.js';
import { propose } from '../src/recognise/index.js';
import { bundledEntityModel } from '../src/recognise/model.js';
import { segment } from '../src/tokenize/index.js';
import { recogniserResources } from './entities.js';

const res = recogniserResources();
const model = bundledEntityModel();
const texts = readFileSync('../shared/data/corpus/malay_news_my.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .filter((_, i) => i % 13 === 0)
  .map((l) => JSON.parse(l).text as string);
const pre = texts.map((t) => {
  const seg = segment(t);
  return { t, seg, props: propose(t, seg, res) };
});
let ntok = 0,
  nwin = 0,
  nfeat = 0;
for (const { t, seg, props } of pre) {
  const tf = tokenFeatures(t, seg, props, res, 18);
  ntok += seg.tokens.length;
  nwin += tf.at.length - 1;
  nfeat += tf.features.length;
}
console.log({ ntok, nwin, nfeat, perTok: nfeat / nwin });
for (let r = 0; r < 3; r++) {
  let t0 = performance.now();
  const tfs = pre.map(({ t, seg, props }) => tokenFeatures(t, seg, props, res, 18));
  const a = performance.now() - t0;
  t0 = performance.now();
  for (const tf of tfs) {
    const total = tf.at.length - 1;
    const emit = new Float64Array(total * 7);
    for (let i = 0; i < total; i++)
      scoreInto(model, tf.features.subarray(tf.at[i]!, tf.at[i + 1]!), tf.at[i + 1]! - tf.at[i]!, emit, i * 7);
  }
  const b = performance.now() - t0;
  t0 = performance.now();
  for (const { t, seg, props } of pre) decide(t, seg, props, res, model);
  const c = performance.now() - t0;
  t0 = performance.now();
  for (const { t, seg } of pre) propose(t, seg, res);
  const d = performance.now() - t0;
  console.log('features', a.toFixed(0), 'score', b.toFixed(0), 'decide total', c.toFixed(0), 'propose', d.toFixed(0));
}
