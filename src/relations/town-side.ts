// A town, city or district is where a meeting happens, not a side of it: "bertemu penduduk di
// Kulai", "lawatan kerja ke Kuala Lumpur" (the visit is to the body met there). Countries and
// states take part in visits and talks ("Malaysia dan Jepun berunding", "lawatan ke Sabah"), and
// so may continents and regions ("ASEAN dan Eropah"); a place the lexicon calls a city, capital,
// town, district or mukim is dropped from the parties, after the party model's choice. A place
// the lexicon does not know is left to the model. The kind is the lexicon's (`kindOf`); without
// it, a place whose id is neither a country, nor a state or province, nor a building standing
// for a body (place-kind.ts: PLACE_OTHER). In the training set's gold meetings, 1 of 86 place
// parties is such a place; the party model put 4 in its meetings on the training folds, none of
// them a gold party.
import type { EntryKind } from '../lexicon/types.js';
import type { Doc } from './doc.js';
import { PLACE_OTHER, placeKind } from './place-kind.js';

const SETTLEMENTS: ReadonlySet<EntryKind> = new Set<EntryKind>(['city', 'capital', 'town', 'district', 'mukim']);

/** The parties (entity indexes) without the towns, cities and districts the lexicon knows. */
export function withoutTowns(
  d: Doc,
  parties: readonly number[],
  kindOf?: ((kb: string) => EntryKind | undefined) | undefined,
): readonly number[] {
  const town = (e: number): boolean => {
    const ent = d.entities[e]!;
    if (ent.label !== 'LOC' || ent.kb === undefined || ent.kb === '') return false;
    if (kindOf === undefined) return placeKind(ent) === PLACE_OTHER;
    const kind = kindOf(ent.kb);
    return kind !== undefined && SETTLEMENTS.has(kind);
  };
  return parties.some(town) ? parties.filter((e) => !town(e)) : parties;
}
