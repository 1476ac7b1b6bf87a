// Verbs of stance, read after the learned models: supporting a party or a plan ("menyokong") is
// PRAISE, opposing it ("menentang") REJECT, regret at another's doing ("kesal"), insult
// ("menghina") and questioning ("mempersoal") CRITICISE, belief ("percaya") and a view held
// ("berpandangan", as "berpendapat") SAY (ANNOTATION.md section 4). A row in the trigger lexicon
// would change what the models are trained on and the meeting-party model's features (a
// statement verb between a name and a meeting word): a trial row "percaya" lowered MEET lenient
// by 1.8 on one training seed. So they are found here, on tokens no trigger took, after the
// models; each adds the statement of the subject before it, and its speaker becomes the one
// speaking for later pronouns and "katanya" (index.ts). Not the meeting-party model's triggers,
// nor another trigger's speakers.
import type { StatementAct } from '../types.js';
import { ACT_CAMEO } from './acts.js';
import type { Doc } from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/** Stance verb -> its act. Sources: ANNOTATION.md section 4 and cues.json `reporting` (below). */
const STANCE: ReadonlyMap<string, StatementAct> = new Map<string, StatementAct>([
  // ANNOTATION.md section 4: menyokong -> PRAISE; cues.json 'menyokong' (CAMEO 050, 051 endorse if explicit)
  ['menyokong', 'PRAISE'],
  // ANNOTATION.md section 4: menentang (a proposal or decision) -> REJECT; cues.json 'menentang' (opposed, 110)
  ['menentang', 'REJECT'],
  // cues.json 'kesal' (regret, CAMEO 110: disapprove)
  ['kesal', 'CRITICISE'],
  // an insult is a verbal attack, as the lexicon's "menyerang", "menghentam" (CRITICISE)
  ['menghina', 'CRITICISE'],
  // the bare form of the lexicon's "mempersoalkan" (CRITICISE, ANNOTATION.md act table)
  ['mempersoal', 'CRITICISE'],
  // ANNOTATION.md section 4: percaya -> SAY
  ['percaya', 'SAY'],
  // a view held, as the lexicon's "berpendapat" (SAY)
  ['berpandangan', 'SAY'],
]);

/**
 * Words after which a stance verb has no subject of its own: a relative clause ("penduduk yang
 * menyokong"), a coordinated or reason clause ("... dan menyokong", "kerana menentang"), a failure
 * ("gagal menyokong"). A statement verb right before it takes it as its complement ("bersedia menyokong").
 */
const NO_SUBJECT_AFTER: ReadonlySet<string> = new Set(['yang', 'dan', 'serta', 'kerana', 'gagal']);

/** The stance verbs of the document, in text order: tokens outside names and outside every trigger (`at` -1). */
export function stanceVerbs(d: Doc, at: Int32Array): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < d.cols.size; i++) {
    if (at[i]! >= 0 || d.entAt[i]! !== -1) continue;
    const w = d.cols.norms[i]!;
    const act = STANCE.get(w);
    if (act === undefined) continue;
    const trigger: StatementTrigger = { type: 'STATEMENT', words: [w], act, cameo: ACT_CAMEO[act], frame: 'subject' };
    out.push({ trigger, start: i, end: i + 1 });
  }
  return out;
}

/** Whether the stance verb m stands where it has no subject of its own: after "yang", "dan" ... or another trigger. */
export function stanceWithoutSubject(d: Doc, at: Int32Array, m: TriggerMatch): boolean {
  const k = m.start - 1;
  return k >= 0 && (NO_SUBJECT_AFTER.has(d.cols.norms[k]!) || at[k]! >= 0);
}
