// Linking: every mention gets a canonical name and, where the lexicon knows it, a kb id.
//   lexicon      a gazetteer mention takes its entry's name and id (AS -> Amerika Syarikat, US)
//   case         an ALL-CAPS mention is looked up in title case (KUALA LUMPUR -> Kuala Lumpur)
//   chains       a later short mention takes the entity of an earlier full one: surnames and
//                given names (Putin -> Vladimir Putin), the last word of a place (Utara ->
//                Korea Utara), the first words of a body (Majlis Keselamatan -> Majlis
//                Keselamatan PBB); a short mention that a weak recogniser labelled otherwise
//                takes the chain's label
//   acronyms     "Suruhanjaya Pencegahan Rasuah Malaysia (SPRM)": the acronym names the body
//   fuzzy        an unknown multi-word name close to a lexicon name (Sergei / Sergey Lavrov,
//                Choe Son-hui / Choe Son Hui) links to it; fuse.js ranks a candidate set
//                pre-filtered by shared name tokens, never the whole lexicon
// One rule a file (draft.ts, acronyms.ts, short-form.ts, titled-alias.ts, name-core.ts,
// fuzzy.ts, given-name.ts); link() below runs them in order.
import type { LexiconEntry } from '../lexicon/index.js';
import type { Mention } from '../recognise/index.js';
import type { TokenColumns } from '../tokenize/columns.js';
import type { Entity } from '../types.js';
import { linkDefinedAcronyms } from './acronyms.js';
import { type Draft, draftOf, toEntity } from './draft.js';
import { linkFuzzy } from './fuzzy.js';
import { linkGivenName } from './given-name.js';
import { linkNameCore } from './name-core.js';
import type { LinkerResources } from './resources.js';
import { linkShortForm, shortFormIndex } from './short-form.js';
import { linkTitledAlias } from './titled-alias.js';

export { nameInCapitals } from './draft.js';
export { foldName, nameCore, spacedInitials } from './names.js';
export { buildLinkerResources, type LinkerResources, personTokenIndex } from './resources.js';

/**
 * The entities of a document's mentions, in the same order. The rules run in this order, each
 * its own function (and file): as one function link() took TurboFan 200-300 ms to compile,
 * again after each deoptimisation (six or seven times over the corpus in each worker thread);
 * a deoptimised step now recompiles alone.
 */
export function link(text: string, cols: TokenColumns, mentions: readonly Mention[], res: LinkerResources): Entity[] {
  const drafts: Draft[] = [];
  for (const m of mentions) drafts.push(draftOf(text, m, res));
  linkDefinedAcronyms(cols, drafts);
  const index = shortFormIndex(drafts);
  for (const d of drafts) linkShortForm(text, d, index, res);
  const fuzzy = new Map<string, LexiconEntry | null>();
  for (const d of drafts) if (d.label === 'PER' && !d.kb) linkTitledAlias(text, cols, d, res);
  const cores = new Map<string, LexiconEntry | null>();
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref') linkNameCore(d, res, cores);
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref') linkFuzzy(d, res, fuzzy);
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref' && d.parts.length === 1) linkGivenName(d, res);
  // chained short mentions follow their full name's final link
  for (const d of drafts) {
    if (d.source !== 'coref' || d.label !== 'PER') continue;
    const full = index.personByPart.get(d.parts[0]!);
    if (full && !(d.kb !== undefined && full.kb !== d.kb)) {
      d.canonical = full.canonical;
      if (full.kb) d.kb = full.kb;
    }
  }
  const out: Entity[] = [];
  for (const d of drafts) out.push(toEntity(d));
  return out;
}
