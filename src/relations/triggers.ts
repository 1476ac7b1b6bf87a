// Statement triggers with the learned models: every lexicon trigger gets its act from the act
// classifier (the lexicon's act is one of its features: "berharap" alone is SAY, "berharap
// agar" APPEAL), and words outside the lexicon that the gate takes for statement verbs
// ("mengingatkan", "memohon", "komited") become triggers too, with a frame read from their
// form: a -nya form with no verbal prefix ("tulisnya") carries its speaker as a clitic, a
// di- passive takes its agent after "oleh", a -an noun ("gesaan") its genitive, any other
// verb its subject.
import { argmax } from '../learn/linear.js';
import type { CameoCode, StatementAct } from '../types.js';
import { ACT_CAMEO } from './acts.js';
import { type Doc, hasNya } from './doc.js';
import type { StatementFrame, StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import {
  actScores,
  gateAsks,
  gateScores,
  gateVerdicts,
  MAX_FEATURES,
  prefixOf,
  type RelationModel,
  triggerMemo,
  type WordMemo,
} from './model.js';

export { ACT_CAMEO };

/** Where the speaker of a learned trigger stands, from the word's form. */
export function frameOf(d: Doc, i: number): StatementFrame {
  const stem = d.cols.stems[i]!;
  const pre = prefixOf(stem);
  if (pre === 'di' || pre === 'diper') return 'passive';
  if (pre.startsWith('me') || pre === 'ber' || pre === 'ter') return 'subject';
  if (hasNya(d, i)) return 'clitic';
  if (stem.endsWith('an') && (pre === 'pe' || pre === 'pen' || pre === 'peng' || pre === 'pem' || pre === 'ke' || pre === 'per'))
    return 'noun';
  return 'subject';
}

/** The triggers of the lexicon with their learned acts, and the gate's own; `words` the pipeline's memo of word forms, if any. */
export function learnedTriggers(d: Doc, lexicon: readonly TriggerMatch[], model: RelationModel, words?: WordMemo): TriggerMatch[] {
  const mine = words?.model === model ? words : undefined;
  const feats = mine?.feats ?? new Int32Array(MAX_FEATURES);
  const memo = triggerMemo(d, mine);
  const gate = new Float32Array(model.gate.classes.length);
  const actOut = new Float32Array(model.act.classes.length);
  const actOf = (i: number, lex: StatementTrigger | undefined): { act: StatementAct; cameo: CameoCode } => {
    const s = actOut.fill(0);
    actScores(d, i, lex, model.act, memo, feats, s);
    let act = model.act.classes[argmax(s, 0, s.length)] as StatementAct;
    // the lexicon's act stands unless another is clearly better
    if (lex && act !== lex.act) {
      const k = model.act.classes.indexOf(lex.act);
      if (k >= 0 && s[model.act.classes.indexOf(act)]! - s[k]! <= (model.actMargin ?? 0)) act = lex.act;
    }
    return { act, cameo: ACT_CAMEO[act] };
  };
  const out: TriggerMatch[] = [];
  const floorSkips = Number.NEGATIVE_INFINITY <= (model.gateMargin ?? 0);
  const floor = floorSkips ? model.gateFloor : undefined;
  // gateAsks' verdicts by id, read here for the words known not to be asked (most words)
  const ids = memo.ids;
  const asked = gateVerdicts(d, model.gate, memo, floor);
  let next = 0;
  const n = d.cols.size;
  for (let i = 0; i < n; i++) {
    const m = lexicon[next];
    if (m && m.start === i) {
      next++;
      // a phrase's own words decide its act ("menyatakan .. terima kasih" PRAISE): kept
      if (m.trigger.type === 'STATEMENT' && m.trigger.words.length === 1) {
        const { act, cameo } = actOf(i, m.trigger);
        // written out, not spread: a spread copy has a map of its own, and the match (and its
        // trigger) then threw away the optimised code reading trig.matches[i].trigger in
        // addStatement and partyCandidates ("wrong map") the first time one came by
        const t = m.trigger;
        out.push(
          act === t.act ? m : { trigger: { type: 'STATEMENT', words: t.words, act, cameo, frame: t.frame }, start: m.start, end: m.end },
        );
      } else out.push(m);
      i = m.end - 1;
      continue;
    }
    // words the gate is asked about: words outside names, not punctuation, three letters or
    // more; the cascade's verdict first, without the scores (as gateScores gives it: TRIGGER at -Infinity)
    if (d.entAt[i] !== -1 || (asked !== undefined && asked[ids![i]!] === 1) || !gateAsks(d, i, model.gate, memo, floor)) continue;
    const g = gate.fill(0);
    gateScores(d, i, model.gate, memo, feats, g, model.gateFloor);
    if (g[1]! - g[0]! <= (model.gateMargin ?? 0)) continue;
    const { act, cameo } = actOf(i, undefined);
    const trigger: StatementTrigger = { type: 'STATEMENT', words: [d.cols.norms[i]!], act, cameo, frame: frameOf(d, i) };
    out.push({ trigger, start: i, end: i + 1 });
  }
  return out;
}
