// What linking reads besides the document: the lexicon, and its persons by the folded words of
// their names (for fuzzy linking, name cores and lone given names). The bundled lexicon ships
// the index (`npm run lexicons`); another lexicon builds it on first use.
import { precompiledAliases } from '../lexicon/bundled.js';
import type { Lexicon, LexiconEntry } from '../lexicon/index.js';
import { foldedWords } from './names.js';

export interface LinkerResources {
  readonly lexicon: Lexicon;
  /** Lower-cased name token -> PER entries whose name or alias holds it. */
  readonly personTokens: { get(token: string): readonly LexiconEntry[] | undefined };
}

/**
 * Folded name token -> the persons whose name, English name or alias holds it, as entry indices
 * in lexicon order. `npm run lexicons` ships it for the bundled lexicon (folding every person's
 * names is slow for a cold start); other lexicons build it on first use.
 */
export function personTokenIndex(entries: readonly LexiconEntry[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.label !== 'PER') return;
    const seen = new Set<string>();
    for (const form of [e.name, ...(e.nameEn ? [e.nameEn] : []), ...e.aliases]) {
      for (const tok of foldedWords(form)) {
        if (tok.length < 3 || seen.has(tok)) continue;
        seen.add(tok);
        let list = map.get(tok);
        if (!list) map.set(tok, (list = []));
        list.push(i);
      }
    }
  });
  return map;
}

export function buildLinkerResources(lexicon: Lexicon): LinkerResources {
  const shipped = precompiledAliases(lexicon)?.personTokens;
  if (shipped) return Object.freeze({ lexicon, personTokens: shipped });
  // made on first use (a person's name the lexicon lacks, for fuzzy linking), once per pipeline
  let personTokens: Map<string, LexiconEntry[]> | undefined;
  const build = (): Map<string, LexiconEntry[]> => {
    const entries = lexicon.entries;
    return new Map([...personTokenIndex(entries)].map(([tok, at]) => [tok, at.map((i) => entries[i]!)]));
  };
  return Object.freeze({
    lexicon,
    personTokens: Object.freeze({ get: (token: string): readonly LexiconEntry[] | undefined => (personTokens ??= build()).get(token) }),
  });
}
