// "Saya" inside a direct quotation is the one quoted: "“Saya bertemu dengan Presiden X
// semalam,” katanya", "Y berkata: “Saya sudah berjumpa Z.”". A meeting told in the first person
// singular (saya, aku, beta) inside a quotation has the quotation's speaker as a party: the
// speaker its attribution names, after the closing mark ("..., kata Y", "..., katanya") or
// before the opening one ("Y berkata: “..."). The attribution's speaker is read with the
// statement rules (statement.ts) and the speakers so far, as the pass would read it. First
// person plural (kami, kita) may be the speaker's side rather than the speaker, and is left out.
import { type Doc, norm } from './doc.js';
import type { Triggers } from './refer.js';
import { resolve, type SpeakerTurn } from './resolve.js';
import { statementSpeaker } from './statement.js';

/** First person singular: the speaker alone. */
const SINGULAR: ReadonlySet<string> = new Set(['saya', 'aku', 'beta']);

/** The speaker of the statement trigger at token k, by the rules, if one stands there. */
function speakerAt(d: Doc, trig: Triggers, hist: readonly SpeakerTurn[], k: number): readonly number[] | undefined {
  const i = trig.at[k]!;
  if (i < 0) return undefined;
  const m = trig.matches[i]!;
  if (m.trigger.type !== 'STATEMENT') return undefined;
  return resolve(d, trig, statementSpeaker(d, trig, m).referent, hist)?.ents ?? [];
}

/** The speaker of the quotation the first-person singular pronoun at `at` stands in; empty if none or not such a pronoun. */
export function quotedSpeaker(d: Doc, trig: Triggers, hist: readonly SpeakerTurn[], at: number): readonly number[] {
  const open = d.quoteOf[at]!;
  if (open < 0 || !SINGULAR.has(norm(d, at))) return [];
  // a quotation left open runs on into the next quoted paragraph: follow it to its attribution
  let cur = open;
  for (let steps = 0; steps < 6; steps++) {
    const close = d.quoteClose[cur]!;
    if (close < 0) break;
    for (let k = close + 1; k < close + 4 && k < d.cols.size; k++) {
      const s = speakerAt(d, trig, hist, k);
      if (s) return s;
    }
    if (close + 1 < d.cols.size && d.quoteClose[close + 1]! >= 0) cur = close + 1;
    else break;
  }
  for (let k = open - 1; k >= 0 && k > open - 4; k--) {
    const s = speakerAt(d, trig, hist, k);
    if (s) return s;
  }
  return [];
}
