// "India" after a word for a community (kaum India, masyarakat India) names Malaysia's Indian
// ethnic group, not the country (src/recognise/ethnic-group.ts, ANNOTATION.md section 1); citizens
// of India (warga India, rakyat India) and India alone stay a place. Mentions are given as the
// model would decide them, so the rule is checked alone.
import { describe, expect, it } from 'vitest';
import { withoutEthnicGroups } from '../../src/recognise/ethnic-group.js';
import { newMention } from '../../src/recognise/mention.js';
import { segment } from '../../src/tokenize/index.js';
import type { EntityLabel } from '../../src/types.js';

/** The texts of the mentions kept, given one decided mention of `name` with `label`. */
function kept(text: string, name: string, label: EntityLabel): string[] {
  const { tokens } = segment(text);
  const k = tokens.findIndex((t) => t.text === name);
  const m = newMention(tokens[k]!.start, tokens[k]!.end, k, k + 1, label, 'model', 0.9);
  return withoutEthnicGroups(segment(text).columns, [m]).map((x) => text.slice(x.start, x.end));
}

describe('an ethnic group named like a country', () => {
  it.each([
    ['the community', 'Bantuan itu untuk masyarakat India di kawasan ini.'],
    ['the ethnic group', 'Pelajar kaum India menerima biasiswa tahun ini.'],
    ['its voters', 'Sokongan pengundi India meningkat semalam.'],
    ['its people, written in capitals', 'Persatuan itu mewakili MASYARAKAT INDIA di Perak.'],
  ])('is no place after a word for %s', (_name, text) => {
    const name = text.includes('INDIA') ? 'INDIA' : 'India';
    expect(kept(text, name, 'LOC')).toEqual([]);
  });

  it.each([
    ['its citizens', 'Dua warga India ditahan di sempadan.'],
    ['the nation', 'Rakyat India keluar mengundi semalam.'],
    ['the country alone', 'Menteri itu melawat India minggu lalu.'],
  ])('stays a place after %s', (_name, text) => {
    expect(kept(text, 'India', 'LOC')).toEqual(['India']);
  });

  it('keeps a name that is not a place', () => {
    expect(kept('Ahli kaum India Kongres hadir.', 'India', 'ORG')).toEqual(['India']);
  });
});
