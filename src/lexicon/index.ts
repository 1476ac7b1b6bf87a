export { createLexicon, entryPrior, mergeLexicons } from './compile.js';
export { loadBundledLexicon } from './load.js';
export { type LexiconFormat, type ParseResult, parseLexicon } from './parse.js';
export type {
  AliasCandidate,
  AliasIndex,
  AmbiguousWord,
  EntityLabel,
  EntryKind,
  Lexicon,
  LexiconEntry,
  LexiconMessage,
  NameParticle,
  OrgHeadPosition,
  OrgHeadWord,
  ParticleKind,
  TitleKind,
  TitleWord,
  WordListName,
  WordLists,
  WordRegion,
} from './types.js';
export { ENTITY_LABELS, ENTRY_KINDS } from './types.js';
