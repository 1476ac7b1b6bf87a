// English names of places and organisations end in a word for their kind ("Jonker Street",
// "Kirdar Congress Centre", "Mawar Homestay", "Kedah United FC", "Nikkei Incorporated"), and no
// person's name ends in such a word. The model, reading two capitalised words as a name, often
// decides these as persons, and a body named after its country or city ("Borneo Airlines",
// "Gulf Merchant Bank", "Brunei Police Force") as a place. A decided PER whose last word is an
// English word for a facility or a place is a LOC, and a decided PER or LOC whose last word is an
// English word for an organisation is an ORG (ANNOTATION.md section 1: a named building or
// facility used as a place is LOC, a company, bank, police force or club an ORG). The span is kept.

import type { TokenColumns } from '../tokenize/columns.js';
import type { EntityLabel } from '../types.js';
import type { Mention, MentionFor } from './mention.js';

/** English words for a facility or a place that end its name (general knowledge), as written. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'Street',
  'Road',
  'Avenue',
  'Square',
  'Centre',
  'Center',
  'Homestay',
  'Hotel',
  'Resort',
  'Inn',
  'Lodge',
  'Mall',
  'Plaza',
  'Tower',
  'Towers',
  'Park',
  'Hall',
  'Airport',
  'Station',
  'Village',
  'Island',
]);

/** English words for an organisation that end its name (general knowledge; Inc., Ltd. in org-heads.tsv), as written. */
const BODY_WORDS: ReadonlySet<string> = new Set([
  'FC',
  'Incorporated',
  'Inc',
  'Inc.',
  'Airlines',
  'Airways',
  'Club',
  'Foundation',
  'Association',
  'Society',
  'Institute',
  'University',
  'College',
  'Council',
  'Agency',
  'Bank',
  'Force',
  'Group',
  'Holdings',
  'Trading',
]);

/** The mentions with each person named by an English word for a place or a body relabelled. */
export function withEnglishKindWords(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const last = cols.texts[m.tokenEnd - 1]!;
    const label: EntityLabel | undefined =
      m.label === 'ORG' || m.tokenEnd - m.tokenStart < 2
        ? undefined
        : m.label === 'PER' && PLACE_WORDS.has(last)
          ? 'LOC'
          : BODY_WORDS.has(last)
            ? 'ORG'
            : undefined;
    if (label === undefined) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(mentionFor(m.tokenStart, m.tokenEnd, label, m.score));
  }
  return out ?? (mentions as Mention[]);
}
