// The learned part of the relation stage (issue #17), table-driven by Malay phenomenon: verb
// morphology (roots under meN-/di-/ber- and -kan/-i/-nya), the act a complement gives a verb,
// passives with their agent after "oleh", speakers found beyond the rules' frames, datelines
// that never speak, and meetings whose parties the frames miss. Sentences are made up for the
// tests; entities are given inline, as in helpers.ts, with the bundled model.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { buildDoc } from '../../src/relations/doc.js';
import { LEXICON } from '../../src/relations/index.js';
import { lexiconRootAct, prefixOf, rootOf, suffixOf } from '../../src/relations/model.js';
import { frameOf } from '../../src/relations/triggers.js';
import { segment } from '../../src/tokenize/index.js';
import { meets, relations, statements } from './helpers.js';

const model = bundledRelationModel();

describe('verb morphology: the root under the affixes (Sastrawi root list)', () => {
  it.each([
    ['menyatakan', 'meny', 'kan', 'nyata'],
    ['mengecam', 'meng', '', 'kecam'],
    ['memuji', 'mem', 'i', 'puji'],
    ['mengumumkan', 'meng', 'kan', 'umum'],
    ['menegaskan', 'men', 'kan', 'tegas'],
    ['dikecam', 'di', '', 'kecam'],
    ['berharap', 'ber', '', 'harap'],
    ['menggesa', 'meng', '', 'gesa'],
    ['mencadangkan', 'men', 'kan', 'cadang'],
    ['tambahnya', '', 'nya', 'tambah'],
  ])('%s: prefix %j, suffix %j, root %s', (word, prefix, suffix, root) => {
    expect(prefixOf(word)).toBe(prefix);
    expect(suffixOf(word)).toBe(suffix);
    expect(rootOf(word)).toBe(root);
  });
});

describe("another form of a lexicon verb's root: the gate and act classifier are told its act", () => {
  it.each([
    ['didakwa', 'ACCUSE'],
    ['dakwanya', 'ACCUSE'],
    ['cadangkan', 'APPEAL'],
    ['disangkal', 'DENY'],
    ['dikecam', 'CRITICISE'],
    ['makan', undefined],
  ])('%s -> %s', (word, act) => {
    expect(lexiconRootAct(rootOf(word))).toBe(act);
  });
});

describe("a learned trigger's frame from its form", () => {
  it.each([
    ['Isu itu diumumkan oleh menteri.', 'diumumkan', 'passive'],
    ['Beliau memohon bantuan.', 'memohon', 'subject'],
    ['Begitulah tulisnya.', 'tulisnya', 'clitic'],
    ['Itulah pengumuman menteri.', 'pengumuman', 'noun'],
  ])('%s -> %s is %s', (text, word, frame) => {
    const d = buildDoc(text, segment(text), [], LEXICON);
    const i = d.cols.norms.indexOf(word);
    expect(frameOf(d, i)).toBe(frame);
  });
});

describe('acts from the verb and its complement', () => {
  it.each([
    ['berharap agar: APPEAL', '[[Ahmad Kamal|PER]] berharap agar semua pihak mematuhi arahan itu.', 'APPEAL'],
    ['bersetuju untuk: INTEND', '[[Amirudin Shari|PER]] bersetuju untuk menghadiri majlis itu.', 'INTEND'],
    ['mengecam: CRITICISE', '[[Ahmad Kamal|PER]] mengecam tindakan [[Majlis Perbandaran Kajang|ORG]] itu.', 'CRITICISE'],
    ['menafikan dakwaan: DENY', '[[Takiyuddin Hassan|PER]] menafikan dakwaan itu.', 'DENY'],
    ['mengarahkan: DEMAND', '[[Mahdzir Khalid|PER]] mengarahkan semua pegawai hadir.', 'DEMAND'],
    ['memohon: APPEAL', '[[Ahmad Kamal|PER]] memohon supaya kerajaan membantu penduduk.', 'APPEAL'],
  ])('%s', (_name, marked, act) => {
    expect(statements(marked, { model }).map((s) => s[1])).toContain(act);
  });
});

describe('passives: the agent after "oleh" speaks, the subject is the target', () => {
  it('X dikecam oleh Y', () => {
    const { entities, rels } = relations(
      'Keputusan [[Majlis Bandaraya Johor Bahru|ORG]] dikecam oleh [[Persatuan Pengguna Pulau Pinang|ORG]].',
      { model },
    );
    const st = rels.find((r) => r.type === 'STATEMENT');
    expect(st?.type === 'STATEMENT' && st.act).toBe('CRITICISE');
    expect(st?.type === 'STATEMENT' && st.speaker.text).toBe(entities[1]!.text);
    expect(st?.type === 'STATEMENT' && st.target?.text).toBe(entities[0]!.text);
  });
  it('a passive without "oleh" names no speaker', () => {
    expect(statements('Keputusan [[Majlis Bandaraya Johor Bahru|ORG]] dikecam semalam.', { model })).toEqual([]);
  });
});

describe('speakers beyond the sentence', () => {
  it('katanya after a quotation: the party quoted before', () => {
    const st = statements('[[Mohamad Sabu|PER]] memuji [[Angkatan Tentera Malaysia|ORG]]. “Mereka bekerja keras,” katanya.', { model });
    expect(st).toContainEqual(['Mohamad Sabu', 'SAY', 'pronoun']);
  });
  it('a dateline never speaks: "ia" is the party that spoke before', () => {
    const st = statements(
      '[[PYONGYANG|LOC|Pyongyang]], 21 JAN – [[Korea Utara|LOC]] berkata pada hari ini bahawa ia telah bersetuju untuk meneruskan kerjasama strategik dengan [[Rusia|LOC]].',
      {
        model,
      },
    );
    expect(st.map((s) => s[0])).not.toContain('Pyongyang');
    expect(st).toContainEqual(['Korea Utara', 'INTEND', 'pronoun']);
  });
});

describe('meetings', () => {
  it('mengadakan pertemuan dengan: both parties, titles stepped over', () => {
    const m = meets(
      'Timbalan Perdana Menteri, [[Ahmad Zahid Hamidi|PER]] mengadakan pertemuan dengan Presiden [[Indonesia|LOC]], [[Joko Widodo|PER]] di [[Jakarta|LOC]].',
      { model },
    );
    expect(m.map((x) => x.parties)).toContainEqual(['Ahmad Zahid Hamidi', 'Joko Widodo']);
  });
  it('no model: the rules alone, as before', () => {
    expect(statements('[[Ahmad Kamal|PER]] berkata projek itu siap.')).toEqual([['Ahmad Kamal', 'SAY', 'name']]);
  });
});

describe('the cascade before the trigger gate (gateFloor)', () => {
  // verbs the trigger lexicon lacks, found by the gate: "menerangkan" (explains), "bersuara" (speaks up)
  const text =
    '[[Ahmad Kamal|PER]] menerangkan bahawa projek itu wajar diteruskan. [[Siti Aminah|PER]] bersuara bahawa nasib penduduk perlu dibela.';
  const triggers = (m: typeof model): string[] =>
    relations(text, { model: m })
      .rels.filter((r) => r.type === 'STATEMENT')
      .map((r) => r.trigger.text);

  it('keeps the triggers the gate finds when their own form is near a trigger', () => {
    expect(model.gateFloor).toBeDefined();
    expect(triggers(model)).toContain('bersuara');
    expect(triggers(model)).toEqual(triggers({ ...model, gateFloor: undefined }));
  });

  it('finds none of them when the floor is above every word: the gate asks nothing', () => {
    expect(triggers({ ...model, gateFloor: Number.POSITIVE_INFINITY })).toEqual([]);
  });
});
