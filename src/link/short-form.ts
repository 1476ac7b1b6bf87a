// Chains: a later short mention takes the entity of an earlier full one in the document: a
// surname or given name (Putin -> Vladimir Putin), the compass word ending a place (Utara ->
// Korea Utara), the first words of a body (Majlis Keselamatan -> Majlis Keselamatan PBB). A
// short mention a weak recogniser labelled otherwise takes the chain's label.
import type { Draft } from './draft.js';
import { wordCount, wordsOf } from './names.js';
import type { LinkerResources } from './resources.js';

const DIRECTIONS = new Set(['Utara', 'Selatan', 'Timur', 'Barat', 'UTARA', 'SELATAN', 'TIMUR', 'BARAT']);

const WEAK: ReadonlySet<string> = new Set(['name-shape', 'context', 'acronym', 'model']);

/** What the document's longer mentions offer its short ones. */
export interface ShortFormIndex {
  /** Every word of a multi-word person's name -> the person with the longest canonical name. */
  readonly personByPart: ReadonlyMap<string, Draft>;
  /** A compass word ending a place's name -> the place (Utara -> Korea Utara). */
  readonly placeByLastWord: ReadonlyMap<string, Draft>;
  /** The first words of each multi-word body's name -> the first such body. */
  readonly orgByPrefix: ReadonlyMap<string, Draft>;
}

export function shortFormIndex(drafts: readonly Draft[]): ShortFormIndex {
  // person chains: every part of a full name points at it
  const personByPart = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.label !== 'PER') continue;
    const parts = d.parts;
    if (parts.length < 2) continue;
    const words = wordCount(d.canonical);
    for (const p of parts) {
      const prev = personByPart.get(p);
      if (!prev || wordCount(prev.canonical) < words) personByPart.set(p, d);
    }
  }
  // places and bodies by their short forms
  const placeByLastWord = new Map<string, Draft>();
  const orgs: Draft[] = [];
  for (const d of drafts) {
    const parts = d.parts;
    if (d.label === 'LOC' && parts.length >= 2 && DIRECTIONS.has(parts[parts.length - 1]!))
      placeByLastWord.set(parts[parts.length - 1]!, d);
    if (d.label === 'ORG' && parts.length >= 2) orgs.push(d);
  }
  // one look-up per mention
  const orgByPrefix = new Map<string, Draft>();
  for (const o of orgs) {
    const words = o.canonical === o.surface ? o.parts : wordsOf(o.canonical);
    // each prefix one word longer than the last, not sliced and joined anew
    let prefix = '';
    for (let n = 1; n < words.length && n <= 8; n++) {
      prefix = n === 1 ? words[0]! : `${prefix} ${words[n - 1]!}`;
      if (!orgByPrefix.has(prefix)) orgByPrefix.set(prefix, o);
    }
  }
  return { personByPart, placeByLastWord, orgByPrefix };
}

/** A short mention (a surname, a compass word, the first words of a body) linked to the fuller mention it stands for. */
export function linkShortForm(text: string, d: Draft, index: ShortFormIndex, res: LinkerResources): void {
  const { personByPart, placeByLastWord, orgByPrefix } = index;
  const { surface, parts } = d;
  if (parts.length === 1 || (d.label === 'PER' && parts.length < 3)) {
    // a short person mention
    // the person every part points at, if they all point at one
    let full = personByPart.get(parts[0]!);
    for (let i = 1; i < parts.length && full !== undefined; i++) if (personByPart.get(parts[i]!) !== full) full = undefined;
    if (
      full &&
      full !== d &&
      wordCount(full.canonical) > parts.length &&
      // a name the lexicon already links stays with its own entity ("Mahathir" is not "Mukhriz Mahathir")
      !(d.kb !== undefined && full.kb !== d.kb) &&
      (d.label === 'PER' || WEAK.has(d.m.by) || (!d.kb && d.m.by === 'gazetteer'))
    ) {
      d.label = 'PER';
      d.canonical = full.canonical;
      if (full.kb) d.kb = full.kb;
      d.source = 'coref';
      return;
    }
  }
  if (parts.length === 1 && DIRECTIONS.has(surface)) {
    const place = placeByLastWord.get(surface);
    if (place) {
      d.label = 'LOC';
      d.canonical = place.canonical;
      if (place.kb) d.kb = place.kb;
      d.source = 'coref';
      return;
    }
  }
  if (d.label === 'ORG' && !d.kb) {
    // a body named by the first words of a fuller name in the document
    const longer = orgByPrefix.get(surface);
    if (longer) {
      d.canonical = longer.canonical;
      if (longer.kb) d.kb = longer.kb;
      d.source = 'coref';
      return;
    }
    // a place's short form inside a body's name: Kementerian Luar Utara -> Kementerian Luar Korea Utara
    const last = parts[parts.length - 1]!;
    const place = placeByLastWord.get(last);
    if (place && parts.length >= 2 && !surface.endsWith(text.slice(place.m.start, place.m.end))) {
      d.canonical = `${parts.slice(0, -1).join(' ')} ${place.canonical}`;
      const exact = res.lexicon.aliases.get(d.canonical)[0];
      if (exact) d.kb = exact.id;
    }
  }
}
