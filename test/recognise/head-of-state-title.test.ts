// "Yang di Pertuan Agong" written without its hyphen is a title, not a name
// (src/recognise/head-of-state-title.ts). Mentions are given as the model might decide them, so
// the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutHeadOfStateTitles } from '../../src/recognise/head-of-state-title.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentions } = decided(text, names);
  return shown(text, withoutHeadOfStateTitles(cols, mentions));
}

describe('the title Yang di-Pertuan written apart', () => {
  it.each([
    ['the King', 'Perkara itu diserahkan kepada Yang di Pertuan Agong untuk diputuskan.', 'Pertuan Agong'],
    ['a governor', 'Yang di Pertua Negeri merasmikan majlis itu.', 'Pertua Negeri'],
  ])('is no name: %s', (_name, text, span) => {
    expect(ruled(text, [[span, 'LOC']])).toEqual([]);
  });

  it.each([
    ['the body after the Speaker title', 'Yang di Pertua Dewan Rakyat menolak usul itu.', 'Dewan Rakyat', 'ORG'],
    ['a place after di', 'Mereka bertemu di Pertama Kompleks semalam.', 'Pertama Kompleks', 'LOC'],
  ])('stays: %s', (_name, text, span, label) => {
    expect(ruled(text, [[span, label as EntityLabel]])).toEqual([`${span}/${label}`]);
  });
});
