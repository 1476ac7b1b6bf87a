// A decided mention whose whole text is a word the lexicon lists as naming no entity
// (lexicons/src/words/non-entities.tsv: languages, religions, events, generic acronyms, "Pusat"
// for the central government) is dropped. The recognisers never propose these alone, but the
// model, deciding from a word's shape and neighbours, sometimes takes one ("Pusat" after
// "bantuan", "Maulidur Rasul" after "sambutan"). Such a word inside a longer name ("BN Pusat")
// is left to the model.
import { type Mention, withoutMentions } from './mention.js';

/** The mentions less those whose text is a listed non-entity. */
export function withoutListedNonEntities(text: string, mentions: readonly Mention[], nonEntities: ReadonlySet<string>): Mention[] {
  return withoutMentions(mentions, (m) => nonEntities.has(text.slice(m.start, m.end)));
}
