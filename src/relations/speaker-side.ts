// "pihaknya" (his or her side) as a statement's subject: the body the person speaks for, when the
// text named one in the person's title ("Setiausaha Agung Persatuan Nelayan X, Y berkata, pihaknya
// mencadangkan ..."): the statement is the body's. Read after the speaker ranker, which resolves
// "pihaknya" to the person; a person named with no body in their title stays the speaker, and so
// does one who serves in a body ("Menteri di Jabatan Perdana Menteri": "di" before it) rather than
// speaking for it. In the training gold, "pihaknya" before a statement verb is an organisation 9
// times out of 12.
import type { Doc } from './doc.js';

/** How many tokens a title may hold before the name ("Naib Presiden Persatuan Peniaga Kecil X,"). */
const TITLE_REACH = 10;

/** Tokens that end a title, read leftwards from the name. */
export const TITLE_ENDS: ReadonlySet<string> = new Set(['.', ':', ';', '"', '“', '”', '?', '!']);

/**
 * What the title of person e says (read by `fromTitle` from the start of a mention of e), at e's
 * latest mention before token `before` whose title says something: `fromTitle` returns a mention
 * index, or undefined to read the mention before, or -1 to stop with none. Undefined when e is
 * no person or no title says anything.
 */
export function fromLatestTitle(d: Doc, e: number, before: number, fromTitle: (start: number) => number | undefined): number | undefined {
  const ent = d.entities[e]!;
  if (ent.label !== 'PER') return undefined;
  for (let x = d.entities.length - 1; x >= 0; x--) {
    const st = d.entStart[x]!;
    if (st >= before || d.entities[x]!.canonical !== ent.canonical) continue;
    const r = fromTitle(st);
    if (r !== undefined) return r >= 0 ? r : undefined;
  }
  return undefined;
}

/** Whether the subject at token i is "pihaknya". */
export function isPihaknya(d: Doc, i: number): boolean {
  return d.cols.stems[i] === 'pihak' && d.cols.norms[i] !== 'pihak';
}

/**
 * The organisation named in the title of person e, at e's latest mention before token `before`
 * that has one (its nearest organisation before the name, past titles and commas, not after
 * another person); undefined when none is named or the title puts the person "di" (in) it.
 */
export function speakerSide(d: Doc, e: number, before: number): number | undefined {
  return fromLatestTitle(d, e, before, (st) => {
    for (let k = st - 1, n = 0; k >= 0 && n < TITLE_REACH; k--, n++) {
      const y = d.entAt[k]!;
      if (y >= 0) {
        const label = d.entities[y]!.label;
        if (label === 'ORG') return d.cols.norms[d.entStart[y]! - 1] === 'di' ? -1 : y;
        if (label === 'PER') break;
        k = d.entStart[y]!;
        continue;
      }
      if (TITLE_ENDS.has(d.cols.norms[k]!)) break;
    }
    return undefined;
  });
}
