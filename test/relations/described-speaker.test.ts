// A body or place in the relative clause describing a statement's subject ("Kamal, yang juga
// ADUN Kuala Sepetang, menegaskan ...") is not the speaker: the person before "yang" is
// (described-speaker.ts, applied to the speaker ranker's choice). Each body or place of the
// sentence is given as the ranker's choice at its statement verb. Every sentence here is written
// for these tests.
import { describe, expect, it } from 'vitest';
import { describedSpeaker } from '../../src/relations/described-speaker.js';
import { withTriggers } from './helpers.js';

/** The speaker described-speaker.ts gives for each body or place of the text, chosen at its first statement verb. */
function speakersFor(marked: string): string[] {
  const { text, entities, d, trig } = withTriggers(marked);
  const m = trig.matches.find((t) => t.trigger.type === 'STATEMENT');
  if (!m) throw new Error(`no statement verb in ${text}`);
  return entities
    .map((_, e) => e)
    .filter((e) => d.entities[e]!.label !== 'PER')
    .map((e) => d.entities[describedSpeaker(d, trig, m, e)]!.canonical);
}

describe('a body or place describing the subject: the person speaks', () => {
  it.each([
    [
      'yang juga + a seat',
      '[[Kamal Idris|PER]], yang juga ADUN [[Kuala Sepetang|LOC]], menegaskan jeti itu perlu dibaiki.',
      ['Kamal Idris'],
    ],
    [
      'yang kini mengetuai + a party',
      '[[Nora Salleh|PER]], yang kini mengetuai [[Parti Nelayan Bersatu|ORG]], mendakwa projek itu dirancang tanpa rundingan.',
      ['Nora Salleh'],
    ],
    [
      'no comma',
      '[[Kamal Idris|PER]] yang juga Ketua [[Persatuan Peniaga Taiping|ORG]] berkata harga sewa terlalu tinggi.',
      ['Kamal Idris'],
    ],
  ])('%s', (_name, text, want) => {
    expect(speakersFor(text)).toEqual(want);
  });
});

describe('a body or place that speaks for itself stays', () => {
  it.each([
    [
      'after a statement verb in the clause',
      '[[Kamal Idris|PER]] yang juga menteri, berkata [[Malaysia|LOC]] mencadangkan rundingan semula.',
      ['Malaysia'],
    ],
    ['yang mana', 'Laporan itu disiarkan semalam, yang mana [[Majlis Daerah Taiping|ORG]] menafikannya.', ['Majlis Daerah Taiping']],
    ['no yang', '[[Persatuan Peniaga Taiping|ORG]] menegaskan harga sewa terlalu tinggi.', ['Persatuan Peniaga Taiping']],
    [
      'a body before yang',
      '[[Persatuan Peniaga Taiping|ORG]] yang ditubuhkan pada tahun lalu berkata sewa terlalu tinggi.',
      ['Persatuan Peniaga Taiping'],
    ],
  ])('%s', (_name, text, want) => {
    expect(speakersFor(text)).toEqual(want);
  });
});
