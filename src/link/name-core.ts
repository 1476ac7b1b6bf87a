// A person named with his father's title inside his name, or with a leading Muhammad the lexicon
// leaves out ("Najib Tun Abdul Razak", "Mohamed Azmin Ali"): the one lexicon person with the same
// name core (names.ts nameCore). Exact, not fuzzy.
import type { LexiconEntry } from '../lexicon/index.js';
import type { Draft } from './draft.js';
import { foldedWords, nameCore } from './names.js';
import type { LinkerResources } from './resources.js';

/**
 * A person named with the title of his father inside his name or with a leading Muhammad the
 * lexicon leaves out (see nameCore): the one lexicon person whose name or an alias has the
 * mention's core, when the core has two words or more. Exact, not fuzzy: the cores must be equal.
 */
export function linkNameCore(d: Draft, res: LinkerResources, memo: Map<string, LexiconEntry | null>): void {
  // a name comes back in a document: searched once
  let e = memo.get(d.surface);
  if (e === undefined) memo.set(d.surface, (e = coreEntry(d.surface, res) ?? null));
  if (e === null) return;
  d.canonical = e.name;
  d.kb = e.id;
  d.source = 'fuzzy';
}

/** The one lexicon person with the core of `surface` (linkNameCore), if any. */
function coreEntry(surface: string, res: LinkerResources): LexiconEntry | undefined {
  const words = foldedWords(surface);
  if (words.length < 2) return undefined;
  const core = nameCore(words);
  // a name with no title inside and no leading Muhammad is its own core: the alias look-ups and
  // the fuzzy search have had it
  if (core.length === words.join(' ').length || core.indexOf(' ') < 0) return undefined;
  let found: LexiconEntry | undefined;
  for (const w of core.split(' ')) {
    const list = res.personTokens.get(w);
    if (!list || list.length > 12) continue;
    for (const e of list) {
      if (e === found) continue;
      let same = nameCore(foldedWords(e.name)) === core;
      for (let k = 0; k < e.aliases.length && !same; k++) same = nameCore(foldedWords(e.aliases[k]!)) === core;
      if (!same) continue;
      if (found !== undefined) return undefined; // two persons of that name: neither
      found = e;
    }
  }
  return found;
}
