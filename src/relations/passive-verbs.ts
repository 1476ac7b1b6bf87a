// Passive forms of the lexicon's statement verbs, read after the learned models: "Perkara itu
// didedahkan oleh X", "Isu itu dibangkitkan Y", "Dakwaan itu disangkal Z". Malay makes the passive
// of a meN- verb with di- on its root (mendedahkan -> didedahkan, menyangkal -> disangkal,
// menolak -> ditolak, memutuskan -> diputuskan, mengakui -> diakui), and the agent after "oleh",
// or right after the verb (passive-agent.ts), is the one who spoke; the act is the active verb's.
// A row per passive in the trigger lexicon would change what the models are trained on: trial rows
// for ten of them raised STATEMENT but lowered MEET lenient by 0.47 through the retrained
// meeting-party model. So a di- word whose meN- form is a one-word statement verb of the lexicon
// (subject frame; the lexicon's table of such passives, lexicon.ts passiveActs, made once) is
// found here, on tokens no trigger took, after the models, as the stance verbs are
// (stance-verbs.ts, index.ts), and adds a statement only when a name is its agent.
import { ACT_CAMEO } from './acts.js';
import type { Doc } from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/** The passive statement verbs of the document, in text order: tokens outside names and outside every trigger (`at` -1). */
export function passiveVerbs(d: Doc, at: Int32Array): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < d.cols.size; i++) {
    if (at[i]! >= 0 || d.entAt[i]! !== -1) continue;
    const w = d.cols.norms[i]!;
    const act = d.lex.passives.get(w);
    if (act === undefined) continue;
    const trigger: StatementTrigger = { type: 'STATEMENT', words: [w], act, cameo: ACT_CAMEO[act], frame: 'passive' };
    out.push({ trigger, start: i, end: i + 1 });
  }
  return out;
}
