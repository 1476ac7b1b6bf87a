// A lone given name with no fuller name in the document: the lexicon's one person whose name
// begins with it, when the name is rare in the lexicon.
import type { Draft } from './draft.js';
import { foldedWords } from './names.js';
import type { LinkerResources } from './resources.js';

/**
 * A lone given name with no fuller name in the document ("Najib" in a report that never names
 * Najib Razak in full): the lexicon's person whose name begins with it, when exactly one does and
 * the name is rare in the lexicon (held by at most three persons in any place of their names);
 * of two such, the Malaysian or Bruneian one.
 */
export function linkGivenName(d: Draft, res: LinkerResources): void {
  const tok = foldedWords(d.surface)[0];
  if (tok === undefined || tok.length < 4) return;
  const holders = res.personTokens.get(tok);
  if (!holders || holders.length > 3) return;
  const first = holders.filter((e) => foldedWords(e.name)[0] === tok);
  // two of that name: the one of the region the news is from (Najib Razak, not Najib Mikati)
  const local = first.length > 1 ? first.filter((e) => e.country === 'MY' || e.country === 'BN') : first;
  if (local.length !== 1) return;
  const found = local[0]!;
  d.canonical = found.name;
  d.kb = found.id;
  d.source = 'fuzzy';
}
