// What the rules make of each capitalised word across the unlabelled corpus: for every word (as
// written) that starts with a capital and occurs MIN_COUNT times or more in the 4,631 articles
// of ../shared/data/corpus, the label the recognisers most often give it there (PER, ORG, LOC or
// none) and how clearly (the majority's share in four bands). The entity tagger reads this as a
// feature beside the document's own view (features.ts): "Khazanah" is an organisation in most
// of the news, even in an article whose sentence around it says little. Self-training from
// unlabelled text: no annotation is read, only the rules' output.
//
// Stored as word clusters (src/learn/clusters.ts): group g = label * 4 + band.
import { type EncodedClusters, encodeClusters } from '../src/learn/clusters.js';
import { propose, type RecogniserResources } from '../src/recognise/index.js';
import { segment } from '../src/tokenize/index.js';

export const CORPUS_LABEL_SETTINGS = { minCount: 3 } as const;

const LABEL_INDEX: Readonly<Record<string, number>> = { PER: 0, ORG: 1, LOC: 2 };
/** The majority's share, in four bands: below one half, to 0.8, to 0.95, above. */
const band = (share: number): number => (share < 0.5 ? 0 : share < 0.8 ? 1 : share < 0.95 ? 2 : 3);

const startsWithCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

export function corpusLabels(texts: readonly string[], res: RecogniserResources): EncodedClusters {
  // word -> counts of PER, ORG, LOC, none
  const votes = new Map<string, number[]>();
  for (const text of texts) {
    const seg = segment(text);
    const label = new Int8Array(seg.tokens.length).fill(3);
    for (const m of propose(text, seg, res).rules) label.fill(LABEL_INDEX[m.label]!, m.tokenStart, m.tokenEnd);
    seg.tokens.forEach((t, k) => {
      if (!startsWithCapital(t.text)) return;
      let v = votes.get(t.text);
      if (!v) votes.set(t.text, (v = [0, 0, 0, 0]));
      v[label[k]!]!++;
    });
  }
  const groups: string[][] = Array.from({ length: 16 }, () => []);
  for (const [w, v] of votes) {
    const n = v[0]! + v[1]! + v[2]! + v[3]!;
    if (n < CORPUS_LABEL_SETTINGS.minCount) continue;
    let best = 0;
    for (let i = 1; i < 4; i++) if (v[i]! > v[best]!) best = i;
    groups[best * 4 + band(v[best]! / n)]!.push(w);
  }
  for (const g of groups) g.sort();
  return encodeClusters(groups);
}
