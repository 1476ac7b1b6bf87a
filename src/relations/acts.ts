// The CAMEO code of each statement act (../shared/spec/ANNOTATION.md, section 2): one table for
// the run-time act classifier (triggers.ts) and the trigger lexicon's build check
// (lexicons/triggers.ts). No imports but types, so a build script can read it.
import type { CameoCode, StatementAct } from '../types.js';

export const ACT_CAMEO: Readonly<Record<StatementAct, CameoCode>> = {
  SAY: '010',
  DENY: '016',
  APPEAL: '020',
  INTEND: '030',
  PRAISE: '051',
  DEMAND: '100',
  CRITICISE: '111',
  ACCUSE: '112',
  REJECT: '120',
  THREATEN: '130',
};
