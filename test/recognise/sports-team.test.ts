// A place's name after "pasukan" / "penyokong" names its sports team, a body
// (src/recognise/sports-team.ts). Mentions are given as the model might decide them, so the rule
// is checked alone.
import { describe, expect, it } from 'vitest';
import { withSportsTeams } from '../../src/recognise/sports-team.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions, mentionFor } = decided(text, names);
  return shown(text, withSportsTeams(cols, mentions, mentionFor));
}

describe('a sports team named after a place', () => {
  it.each([
    ['a state team', 'Pemain itu menyertai pasukan Pahang musim lalu.', 'Pahang'],
    ['its supporters', 'Ribuan penyokong Terengganu memenuhi stadium.', 'Terengganu'],
  ])('is a body: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([`${span}/ORG`]);
  });

  it.each([
    ['the place itself', 'Pemain itu pulang ke Pahang semalam.', 'Pahang', 'LOC'],
    ['a team already a body', 'Pemain itu menyertai pasukan Kedah FA musim lalu.', 'Kedah FA', 'ORG'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
