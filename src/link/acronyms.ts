// Acronyms defined in the text: "Suruhanjaya Pencegahan Rasuah Malaysia (SPRM)" or "SPRM
// (Suruhanjaya ...)" makes every use of SPRM in the document the body's.
import type { TokenColumns } from '../tokenize/columns.js';
import type { Draft } from './draft.js';

/** Acronyms defined in the text, "Full Name (ACR)" and "ACR (Full Name)": every use of the acronym takes the full name's link. */
export function linkDefinedAcronyms(cols: TokenColumns, drafts: readonly Draft[]): void {
  // most documents define none: the Maps are made when a mention first stands before "( x )"
  let byStart: Map<number, Draft> | undefined;
  let oneWord: Map<string, Draft[]> | undefined;
  const defined = new Set<string>();
  for (const d of drafts) {
    if (cols.texts[d.m.tokenEnd] !== '(') continue;
    if (cols.texts[d.m.tokenEnd + 2] !== ')') continue;
    byStart ??= draftsByStart(drafts);
    const inner = byStart.get(d.m.tokenEnd + 1);
    if (!inner || inner.m.tokenEnd !== d.m.tokenEnd + 2) continue;
    const innerOne = inner.m.tokenEnd - inner.m.tokenStart === 1;
    const innerText = cols.texts[inner.m.tokenStart]!;
    // "Universiti Gomasi Jaya (Ugoja)": a one-word short form in title case after an organisation's
    // name that starts with the same letter is a definition too, whatever label the word got alone
    const titleShort =
      innerOne &&
      d.label === 'ORG' &&
      d.m.tokenEnd - d.m.tokenStart > 1 &&
      innerText[0]!.toLowerCase() === cols.texts[d.m.tokenStart]![0]!.toLowerCase();
    const [full, acr] = innerOne && (titleShort || /^[A-Z0-9&]+$/.test(innerText)) ? [d, inner] : [inner, d];
    if (acr.m.tokenEnd - acr.m.tokenStart !== 1 || full === acr) continue;
    // "Lim Guan Eng (DAP)": a short form the lexicon knows as another entity is the party or body, not a definition
    if (acr.kb !== undefined && acr.kb !== full.kb) continue;
    const acrText = cols.texts[acr.m.tokenStart]!;
    // a one-word name defines only a short form with its first letter: "Persekutuan Pekilang-pekilang
    // Malaysia (FMM)" with the body's name not found leaves "Malaysia (FMM)", which defines nothing
    if (full.m.tokenEnd - full.m.tokenStart === 1 && acrText[0]!.toLowerCase() !== full.surface[0]!.toLowerCase()) continue;
    // the first definition decides; the same acronym elsewhere takes the same entity
    if (defined.has(acrText)) continue;
    defined.add(acrText);
    oneWord ??= oneWordDrafts(cols, drafts);
    for (const other of oneWord.get(acrText) ?? []) {
      if (other !== full) {
        other.label = full.label;
        other.canonical = full.canonical;
        other.kb = full.kb ? full.kb : undefined;
      }
    }
  }
}

function draftsByStart(drafts: readonly Draft[]): Map<number, Draft> {
  const byStart = new Map<number, Draft>();
  for (const d of drafts) byStart.set(d.m.tokenStart, d);
  return byStart;
}

/** One-word mentions by their text, so a definition reaches every use in one look-up. */
function oneWordDrafts(cols: TokenColumns, drafts: readonly Draft[]): Map<string, Draft[]> {
  const oneWord = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.m.tokenEnd - d.m.tokenStart !== 1) continue;
    const key = cols.texts[d.m.tokenStart]!;
    let list = oneWord.get(key);
    if (!list) oneWord.set(key, (list = []));
    list.push(d);
  }
  return oneWord;
}
