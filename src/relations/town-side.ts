// A town, city or region is where a meeting happens, not a side of it: "bertemu penduduk di
// Kulai", "lawatan kerja ke Kuala Lumpur" (the visit is to the body met there), "sidang
// kemuncak Asia". Countries and states take part in visits and talks ("Malaysia dan Jepun
// berunding", "lawatan ke Sabah"); a place whose lexicon id is neither a country, nor a state
// or province, nor a building standing for a body (place-kind.ts: PLACE_OTHER) is dropped from
// the parties, after the party model's choice. A place the lexicon does not know is left to the
// model. In the training set's gold meetings, 2 of 86 place parties are such places; in the party
// model's choices on the training folds, 8 of 9 were not in the meeting's gold parties.
import type { Doc } from './doc.js';
import { PLACE_OTHER, placeKind } from './place-kind.js';

/** The parties (entity indexes) without the towns, cities and regions the lexicon knows. */
export function withoutTowns(d: Doc, parties: readonly number[]): readonly number[] {
  const town = (e: number): boolean => placeKind(d.entities[e]!) === PLACE_OTHER;
  return parties.some(town) ? parties.filter((e) => !town(e)) : parties;
}
