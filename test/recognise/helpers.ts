// The phenomenon tables of test/recognise test the recognisers, the rules' own answer
// (createPipeline({ entityModel: null })): what they propose is what the model is given. The
// model's decisions are measured by cross-validation over annotated news (npm run eval:cv), not by
// invented sentences, where a statistical decision is rightly unsure; decide.test.ts checks its
// invariants and a few plain cases.
import { createPipeline } from '../../src/index.js';
import type { EntityLabel } from '../../src/types.js';

const rules = createPipeline({ entityModel: null });

/** "LABEL:text" for each entity of a text, in order. */
export function labelled(text: string): string[] {
  return rules.extract(text).entities.map((e) => `${e.label}:${e.text}`);
}

export function has(text: string, label: EntityLabel, surface: string): boolean {
  return rules.extract(text).entities.some((e) => e.label === label && e.text === surface);
}
