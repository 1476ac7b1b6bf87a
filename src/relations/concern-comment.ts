// "X menyatakan kebimbangan jika ...", "Y melahirkan kebimbangannya berhubung isu itu": a concern
// stated about a matter is a comment. The cues file codes an expressed concern CAMEO 012 ("make
// pessimistic comment"), which is in CAMEO's 01 family of public statements, the family of SAY;
// the trigger lexicon's rows give such phrases CRITICISE, which fits a concern aimed at a party
// ("menyatakan kebimbangan terhadap [China]"), and stays for it. In the training gold both
// concerns stated about a matter are SAY, and no concern is CRITICISE. Applied after the learned
// models: they see the same triggers.
import { type Doc, norm } from './doc.js';
import type { TriggerMatch } from './match.js';

/** How far after the concern "terhadap"/"kepada" may stand ("kebimbangan ‘serius’ terhadap"). */
const PREP_REACH = 4;
/** How far after "terhadap"/"kepada" the party may stand ("terhadap tindakan kerajaan [China]"). */
const REACH = 4;

/** Whether the phrase m ends in a word for a concern ("kebimbangan", "kebimbangannya"). */
function endsInConcern(d: Doc, m: TriggerMatch): boolean {
  const w = norm(d, m.end - 1);
  return w === 'kebimbangan' || w === 'kebimbangannya';
}

/** Whether the concern phrase m is about a matter: no "terhadap"/"kepada" before a name right after it. */
export function concernComment(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start < 2 || !endsInConcern(d, m)) return false;
  const s = d.sentOf[m.start];
  for (let k = m.end; k < m.end + PREP_REACH && k < d.cols.size && d.sentOf[k] === s; k++) {
    const n = norm(d, k);
    if (n !== 'terhadap' && n !== 'kepada') continue;
    for (let j = k + 1; j <= k + REACH && j < d.cols.size && d.sentOf[j] === s; j++) if (d.entAt[j]! >= 0) return false;
  }
  return true;
}
