import { extract } from '../../src/index.js';
import type { EntityLabel } from '../../src/types.js';

/** "LABEL:text" for each entity of a text, in order. */
export function labelled(text: string): string[] {
  return extract(text).entities.map((e) => `${e.label}:${e.text}`);
}

export function has(text: string, label: EntityLabel, surface: string): boolean {
  return extract(text).entities.some((e) => e.label === label && e.text === surface);
}
