// A body or place in the relative clause that describes a statement's subject: "Husam, yang juga
// ADUN [Salor], mendedahkan ...", "Shafie, yang kini mengetuai parti [WARISAN], mendakwa ...". The
// clause says what the person holds or leads; the one who speaks is the person before "yang". Read
// after the speaker ranker, where it chose such a body or place: the speaker is the person the
// clause describes. A statement verb between "yang" and the body ("X yang juga menteri, berkata
// [Malaysia] mencadangkan") closes the description: the body after it is that verb's own subject;
// "yang mana" (which) opens no description.
import type { Doc } from './doc.js';
import type { TriggerMatch } from './match.js';
import type { Triggers } from './refer.js';

/** How far before the body "yang" may stand: the words of a title ("yang juga Naib Ketua Pemuda X"). */
const REACH = 10;

/**
 * The speaker for statement trigger m when the ranker chose entity c: the person before "yang"
 * when c is a body or place in the relative clause describing that person, else c.
 */
export function describedSpeaker(d: Doc, trig: Triggers, m: TriggerMatch, c: number): number {
  if (d.entities[c]!.label === 'PER') return c;
  const s = d.sentOf[m.start]!;
  const st = d.entStart[c]!;
  if (st > m.start || d.sentOf[st] !== s) return c;
  for (let k = st - 1, n = 0; k >= 0 && n < REACH && d.sentOf[k] === s; k--, n++) {
    if (trig.at[k]! >= 0) return c;
    const w = d.cols.norms[k]!;
    if (w === '.' || w === ';' || w === ':') return c;
    if (w === 'yang') {
      if (d.cols.norms[k + 1] === 'mana') return c;
      let j = k - 1;
      if (j >= 0 && d.cols.norms[j] === ',') j--;
      const e = j >= 0 ? d.entAt[j]! : -1;
      return e >= 0 && e !== c && d.entities[e]!.label === 'PER' ? e : c;
    }
    const e = d.entAt[k]!;
    if (e >= 0) k = d.entStart[e]!;
  }
  return c;
}
