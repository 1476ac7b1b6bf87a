// What kind of place a LOC is, read from the shape of its lexicon id: a country (ISO 3166-1,
// "MY"), a division of one (ISO 3166-2: states, provinces, federal territories, "MY-12"), a
// building or site standing for a body ("metonym:wisma-putra"), or any other place (cities,
// towns, districts, mukims, continents). Countries and states meet, sign and visit in Malay
// news ("Malaysia dan Jepun berunding", "lawatan ke Sabah"); a town named beside a meeting is
// where it was held ("bertemu pengundi di Rengit"). A place the lexicon does not know has no id.
import type { Entity } from '../types.js';

export const PLACE_NONE = 0;
export const PLACE_COUNTRY = 1;
export const PLACE_DIVISION = 2;
export const PLACE_METONYM = 3;
export const PLACE_OTHER = 4;
export const PLACE_UNKNOWN = 5;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** The place kind of an entity: PLACE_NONE for a person or organisation. */
export function placeKind(e: Entity): number {
  if (e.label !== 'LOC') return PLACE_NONE;
  const kb = e.kb;
  if (kb === undefined || kb === '') return PLACE_UNKNOWN;
  if (kb.length >= 2 && isUpper(kb.charCodeAt(0)) && isUpper(kb.charCodeAt(1))) {
    if (kb.length === 2) return PLACE_COUNTRY;
    if (kb.charCodeAt(2) === 45 /* - */) return PLACE_DIVISION;
  }
  return kb.startsWith('metonym:') ? PLACE_METONYM : PLACE_OTHER;
}
