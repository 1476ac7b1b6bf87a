// A party's wing is one ORG with the party (ANNOTATION.md section 4, "Chapters, wings and
// branches": "Pemuda BN Sarawak"). The model often cuts the wing word off a party it knows
// ("Ketua Srikandi [PKR]", "Wanita [Pakatan Harapan]"), or decides the wing word alone beside
// it. A capitalised wing word written just before a decided body (one space between, the word in
// no other mention but one of its own) is joined to it. In a list of wings sharing one party,
// "Pemuda dan Wanita UMNO Bahagian Kota", the party is named once, after the last wing: the
// wings before it are left unannotated, so a wing word decided alone before "dan", "serta" or a
// comma and another wing word is dropped.

import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';

/**
 * The wings of Malaysian parties, as written before the party's name: the list of
 * propose/party.ts (Wanita, Pemuda, Puteri, Putera, Srikandi), PAS's Muslimat and BERSATU's
 * Armada (general knowledge), and their capitals.
 */
const WINGS: ReadonlySet<string> = new Set([
  'Wanita',
  'Pemuda',
  'Puteri',
  'Putera',
  'Srikandi',
  'Muslimat',
  'Armada',
  'WANITA',
  'PEMUDA',
  'PUTERI',
  'PUTERA',
  'SRIKANDI',
  'MUSLIMAT',
  'ARMADA',
]);

/** Words that list a wing beside another: "Pemuda dan Wanita", "Pemuda, Wanita". */
const LISTING: ReadonlySet<string> = new Set(['dan', 'serta', ',', '&']);

const oneSpace = (cols: TokenColumns, k: number): boolean => cols.starts[k + 1]! === cols.ends[k]! + 1;

/** Whether m is a wing word alone, listed before another wing word. */
function listedWing(cols: TokenColumns, m: Mention): boolean {
  const k = m.tokenStart;
  return (
    m.tokenEnd === k + 1 &&
    WINGS.has(cols.texts[k]!) &&
    k + 2 < cols.size &&
    LISTING.has(cols.norms[k + 1]!) &&
    WINGS.has(cols.texts[k + 2]!) &&
    cols.breaksBefore[k + 1] === 0 &&
    cols.breaksBefore[k + 2] === 0
  );
}

/** The mentions, in text order, with each wing word joined to the body after it and the listed wings dropped. */
export function withPartyWings(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (listedWing(cols, m)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    const w = m.tokenStart - 1;
    if (m.label !== 'ORG' || w < 0 || !WINGS.has(cols.texts[w]!) || !oneSpace(cols, w)) {
      out?.push(m);
      continue;
    }
    const prev = out ? out[out.length - 1] : mentions[i - 1];
    const prevCovers = prev !== undefined && prev.tokenEnd > w;
    const prevIsWing = prevCovers && prev.tokenStart === w && prev.tokenEnd === w + 1;
    if (prevCovers && !prevIsWing) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    if (prevIsWing) out.pop();
    out.push(mentionFor(w, m.tokenEnd, 'ORG', m.score));
  }
  return out ?? (mentions as Mention[]);
}
