// A role description with a demonstrative ("pemimpin itu", "ketua negara itu") as the subject
// of a statement reported inside another speaker's report in the same sentence names someone
// else than the reporter: the person named before it (reported-description.ts). Every sentence
// here is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a described party inside a report is not the reporter', () => {
  it.each([
    [
      'the person met, named after a preposition',
      'Mengenai pertemuannya dengan Presiden [[Ali Hassan|PER]], [[Rosli Omar|PER]] berkata pemimpin itu meminta bantuan segera.',
      [
        ['Rosli Omar', 'SAY', 'name'],
        ['Ali Hassan', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'the reporter himself as "beliau": he stays',
      '[[Rosli Omar|PER]] bertemu [[Ali Hassan|PER]] semalam. [[Rosli Omar|PER]] berkata beliau meminta bantuan segera.',
      [
        ['Rosli Omar', 'SAY', 'name'],
        ['Rosli Omar', 'APPEAL', 'pronoun'],
      ],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
