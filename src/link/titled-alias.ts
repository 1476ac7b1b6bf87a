// A person known by a title and a short name ("Tun M", "Dr M"): the title and the name together
// are the lexicon's alias.
import type { TokenColumns } from '../tokenize/columns.js';
import type { Draft } from './draft.js';
import type { LinkerResources } from './resources.js';

/**
 * A person known by a title and a short name ("Tun M", "Dr M" for Mahathir Mohamad): the
 * mention leaves the title out ("Tun [M]"), so the name alone finds nothing, or the wrong
 * person; the title and the name together are the lexicon's alias. Only for a mention the
 * lexicon does not link otherwise.
 */
export function linkTitledAlias(text: string, cols: TokenColumns, d: Draft, res: LinkerResources): void {
  // a short name: one word ("M" of "Tun M")
  if (d.parts.length !== 1) return;
  const k = d.m.tokenStart - 1;
  if (k < 0 || cols.kinds[k] !== 'word' || text.charCodeAt(cols.ends[k]!) !== 32 || cols.ends[k]! + 1 !== d.m.start) return;
  const c = res.lexicon.aliases.get(`${cols.texts[k]!} ${d.surface}`)[0];
  if (c === undefined || c.label !== 'PER' || c.ambiguous) return;
  const entry = res.lexicon.byId(c.id);
  if (entry === undefined) return;
  d.canonical = entry.name;
  d.kb = entry.id;
}
