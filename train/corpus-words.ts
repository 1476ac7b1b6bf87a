// The entity tagger's word tables from the unlabelled corpus (../shared/data/corpus): word
// clusters (clusters.ts) and the rules' usual label of each capitalised word (corpus-labels.ts),
// built together and written as lexicons/dist/word-clusters.js and corpus-labels.js. Used by
// `npm run train` (train/index.ts) and by the test that checks the committed files are current.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { decodeClusters, type EncodedClusters } from '../src/learn/clusters.js';
import type { RecogniserResources } from '../src/recognise/index.js';
import type { CorpusWords } from '../src/recognise/model.js';
import { CLUSTER_SETTINGS, CORPUS, wordClusters } from './clusters.js';
import { CORPUS_LABEL_SETTINGS, corpusLabels } from './corpus-labels.js';
import { clustersModule } from './write.js';

export interface CorpusWordsFile {
  readonly file: string;
  readonly js: string;
  readonly dts: string;
  readonly words: number;
  readonly settings: object;
  readonly method: string;
}

export interface CorpusWordsBuild {
  readonly words: Required<CorpusWords>;
  readonly files: readonly CorpusWordsFile[];
  /** sha256 of the corpus file read. */
  readonly corpusSha256: string;
}

export function buildCorpusWords(res: RecogniserResources, corpusFile: string = CORPUS): CorpusWordsBuild {
  const raw = readFileSync(corpusFile, 'utf8');
  const corpusSha256 = createHash('sha256').update(raw).digest('hex');
  const texts = raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const note = (what: string): string => `${what} of ../shared/data/corpus, sha256 ${corpusSha256.slice(0, 16)}`;
  const file = (name: string, constName: string, e: EncodedClusters, what: string, settings: object, method: string): CorpusWordsFile => {
    const { js, dts } = clustersModule(constName, e, note(what));
    return { file: name, js, dts, words: decodeClusters(e).size, settings, method };
  };
  const clusters = wordClusters(texts);
  const labels = corpusLabels(texts, res);
  return {
    words: { clusters: decodeClusters(clusters), corpusLabels: decodeClusters(labels) },
    files: [
      file(
        'word-clusters.js',
        'WORD_CLUSTERS',
        clusters,
        `${CLUSTER_SETTINGS.clusters} clusters`,
        CLUSTER_SETTINGS,
        'spherical k-means over words +-2 context counts (train/clusters.ts)',
      ),
      file(
        'corpus-labels.js',
        'CORPUS_LABELS',
        labels,
        "the rules' labels",
        CORPUS_LABEL_SETTINGS,
        "the rules' majority label of each capitalised word and its share (train/corpus-labels.ts)",
      ),
    ],
    corpusSha256,
  };
}
