// Fuzzy: an unknown multi-word person name close to a lexicon name (Sergei / Sergey Lavrov,
// Choe Son-hui / Choe Son Hui) links to it. fuse.js ranks a candidate set pre-filtered by
// shared rare name words, never the whole lexicon.
import Fuse from 'fuse.js';
import type { LexiconEntry } from '../lexicon/index.js';
import type { Draft } from './draft.js';
import { foldedWords, foldName } from './names.js';
import type { LinkerResources } from './resources.js';

/** Fuzzy: an unknown multi-word person name close to a lexicon name (Sergei Lavrov -> Sergey Lavrov). */
export function linkFuzzy(d: Draft, res: LinkerResources, memo: Map<string, LexiconEntry | null>): void {
  // a name comes back in a document ("Ahmad Zahid ... Ahmad Zahid"): searched once
  let e = memo.get(d.surface);
  if (e === undefined) memo.set(d.surface, (e = fuzzyEntry(d.surface, res) ?? null));
  if (e !== null) {
    d.canonical = e.name;
    d.kb = e.id;
    d.source = 'fuzzy';
  }
}

/** The person a name is a variant of, if any. */
function fuzzyEntry(surface: string, res: LinkerResources): LexiconEntry | undefined {
  const { lexicon } = res;
  const toks = foldedWords(surface);
  if (toks.length < 2 || toks.length > 6) return undefined;
  // candidates share a rare name token with the mention (not Muhammad or Abdul, which
  // hundreds share): a handful, never the lexicon
  // the candidates in the order first met, and how many of the mention's tokens each holds:
  // two arrays searched from the start, not a Map keyed by entry (at most 12 a token, a few
  // dozen in all; hashing the entries cost more than the scan)
  const cands: LexiconEntry[] = [];
  const counts: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    // a candidate needs two tokens: when none before the last found one, the last cannot
    // make one (a look-up in the person index is dear: a quarter of them are spared)
    if (i === toks.length - 1 && cands.length === 0) return undefined;
    const list = res.personTokens.get(toks[i]!);
    if (!list || list.length > 12) continue;
    for (const e of list) {
      const at = cands.indexOf(e);
      if (at < 0) {
        cands.push(e);
        counts.push(1);
      } else counts[at]!++;
    }
  }
  // a variant shares at least two name tokens once folded (Sergei -> sergey, Son-hui -> son hui)
  // counted before the list for Fuse is made: the arrays a spread and filter made here changed
  // their element kind from document to document, and reading their length deoptimised link()
  // dozens of times over a corpus (cands and counts are only ever pushed to: one kind each)
  let count = 0;
  for (const n of counts) if (n >= 2) count++;
  if (count === 0 || count > 30) return undefined;
  // an exact alias needs no fuzzy search. Asked only now: two searches in three end above for
  // want of candidates, and a look-up of the mention's text (a fresh string, hashed for it) was
  // a quarter of what each of those cost; the answer is the same in either order
  if (lexicon.aliases.has(surface)) return undefined;
  // the hit taken must have the mention's number of words: with no candidate of that length
  // (three in four searches over the corpus) there is nothing to rank, and no index to build
  let sameLength = false;
  for (let k = 0; k < cands.length && !sameLength; k++)
    if (counts[k]! >= 2 && foldedWords(cands[k]!.name).length === toks.length) sameLength = true;
  if (!sameLength) return undefined;
  const list: { e: LexiconEntry; name: string; aliases: string[] }[] = [];
  for (let k = 0; k < cands.length; k++) {
    const e = cands[k]!;
    if (counts[k]! >= 2) list.push({ e, name: foldName(e.name), aliases: e.aliases.map(foldName) });
  }
  const fuse = new Fuse(list, { keys: ['name', 'aliases'], includeScore: true, threshold: 0.25, ignoreLocation: true });
  const hit = fuse.search(toks.join(' '))[0];
  if (hit && (hit.score ?? 1) <= 0.25 && hit.item.name.split(' ').length === toks.length) return hit.item.e;
  return undefined;
}
