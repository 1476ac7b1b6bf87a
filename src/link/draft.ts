// A mention's first link, from the lexicon (a Draft the later rules may change): its own
// lexicon id or alias; an ALL-CAPS mention in title case (KUALA LUMPUR -> Kuala Lumpur); an
// initial written onto a name ("S.Subramaniam"); a span the model decided on that is a lexicon
// alias or an acronym in title case ("Umno"); a company's name less its legal suffix; a short
// form the recognisers chained to a fuller name. toEntity makes the result.
import type { LexiconEntry } from '../lexicon/index.js';
import type { Mention } from '../recognise/index.js';
import { isCommonWord } from '../recognise/words.js';
import type { Entity, EntityLabel, EntitySource } from '../types.js';
import { isUpperCased, spacedInitials, titleCase, wordsOf } from './names.js';
import type { LinkerResources } from './resources.js';

export interface Draft {
  m: Mention;
  /** The mention's text and its words, cut once: every rule below reads them. */
  readonly surface: string;
  readonly parts: readonly string[];
  label: EntityLabel;
  canonical: string;
  /** Always present (undefined when unknown), never deleted: one object shape for every draft. */
  kb: string | undefined;
  source: EntitySource;
  score: number;
}

function sourceOf(m: Mention): EntitySource {
  if (m.by === 'gazetteer') return 'gazetteer';
  if (m.by === 'chain') return 'coref';
  if (m.by === 'model') return 'model';
  return 'pattern';
}

/** A mention's first link: its own lexicon id, its alias, or its upper-case text title-cased. */
export function draftOf(text: string, m: Mention, res: LinkerResources): Draft {
  const { lexicon } = res;
  const surface = text.slice(m.start, m.end);
  const d: Draft = {
    m,
    surface,
    parts: wordsOf(surface),
    label: m.label,
    canonical: surface,
    kb: undefined,
    source: sourceOf(m),
    score: m.score,
  };
  let entry: LexiconEntry | undefined = m.kb ? lexicon.byId(m.kb) : undefined;
  if (!entry && m.alias) entry = lexicon.byId(lexicon.aliases.get(m.alias)[0]?.id ?? '');
  // "S.Subramaniam": an initial written onto the name, the name the lexicon writes "S. Subramaniam"
  const spaced = m.label === 'PER' ? spacedInitials(surface) : undefined;
  if (spaced !== undefined) {
    d.canonical = spaced;
    if (!entry) {
      const c = lexicon.aliases.get(spaced)[0];
      if (c && c.label === 'PER') entry = lexicon.byId(c.id);
    }
  }
  // an upper-case mention's title case, made once for both its uses below
  let titled: string | undefined;
  if (!entry && surface.length > 3 && isUpperCased(surface)) {
    titled = titleCase(surface);
    const c = lexicon.aliases.get(titled)[0];
    if (c && c.label === m.label) entry = lexicon.byId(c.id);
  }
  if (!entry && m.by === 'model') entry = modelSpanEntry(surface, m.label, res);
  // "Malaysia Airlines Berhad": a company's name with its legal suffix is the company the lexicon knows without it
  if (!entry && m.label === 'ORG') entry = withoutCompanySuffix(surface, res);
  // a short form the recognisers chained to a fuller name the lexicon knows ("Mohd Shafie" -> "Mohd Shafie Apdal")
  if (!entry && m.canonical) {
    const c = lexicon.aliases.get(m.canonical)[0];
    if (c && c.label === m.label) entry = lexicon.byId(c.id);
  }
  if (!entry && m.canonical) d.canonical = m.canonical;
  if (entry) {
    d.canonical = entry.name;
    d.kb = entry.id;
    if (entry.label !== d.label && m.by === 'gazetteer') d.label = entry.label;
  } else if (titled !== undefined && (m.label !== 'ORG' || nameInCapitals(d.parts))) {
    d.canonical = titled;
  }
  return d;
}

/**
 * Whether an upper-case organisation is a name written in capitals (a credit line "- SUARA
 * NELAYAN ONLINE", a headline), not a row of acronyms ("DRB HICOM", "FBM KLCI"): every word
 * of four letters or more and one of them an ordinary word. Its canonical is then its title
 * case, the name as the news writes it elsewhere; acronyms keep their capitals.
 */
export function nameInCapitals(parts: readonly string[]): boolean {
  let ordinary = false;
  for (const p of parts) {
    if (p.length < 4) return false;
    if (!ordinary) ordinary = isCommonWord(p.toLowerCase());
  }
  return ordinary;
}

/** Legal suffixes of Malaysian company names, longest first. */
const COMPANY_SUFFIXES = [' Sdn. Bhd.', ' Sdn Bhd', ' Berhad', ' Bhd.', ' Bhd'] as const;

/** The lexicon's organisation named by `surface` less a company suffix, if any. */
function withoutCompanySuffix(surface: string, res: LinkerResources): LexiconEntry | undefined {
  for (const suffix of COMPANY_SUFFIXES) {
    if (!surface.endsWith(suffix) || surface.length <= suffix.length + 2) continue;
    const c = res.lexicon.aliases.get(surface.slice(0, -suffix.length))[0];
    return c && c.label === 'ORG' ? res.lexicon.byId(c.id) : undefined;
  }
  return undefined;
}

/**
 * A span the entity model decided on that no recogniser proposed with a lexicon id: the
 * lexicon's entry when the span is one of its aliases with the same label, or an acronym
 * written in title case ("Pas", "Umno" for PAS, UMNO).
 */
function modelSpanEntry(surface: string, label: Mention['label'], res: LinkerResources): LexiconEntry | undefined {
  const { lexicon } = res;
  const exact = lexicon.aliases.get(surface)[0];
  if (exact && exact.label === label) return lexicon.byId(exact.id);
  if (surface.length < 3 || surface.length > 8 || surface.includes(' ')) return undefined;
  const upper = surface.toUpperCase();
  if (upper === surface) return undefined;
  const acronym = lexicon.aliases.get(upper)[0];
  return acronym && acronym.label === label ? lexicon.byId(acronym.id) : undefined;
}

export function toEntity(d: Draft): Entity {
  const e: { -readonly [K in keyof Entity]: Entity[K] } = {
    start: d.m.start,
    end: d.m.end,
    text: d.surface,
    label: d.label,
    canonical: d.canonical,
    source: d.source,
    score: Math.round(d.score * 100) / 100,
    // always present, undefined when unknown (JSON leaves it out): one shape for every entity
    kb: d.kb ? d.kb : undefined,
  };
  return e;
}
