import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/gazetteer/index.js';
import { createLexicon, type Lexicon, loadBundledLexicon } from '../../src/lexicon/index.js';
import { mayContain } from '../../src/support/key-filter.js';
import { tokenTexts } from '../../src/tokenize/index.js';

// Reference: the tries built eagerly, every alias tokenized and inserted in sorted order (the
// first alias to claim a key sequence keeps it). The gazetteer builds them lazily, from aliases
// tokenized by `npm run lexicons` (bundled) or now (any other lexicon); the result must be equal.
interface Ref {
  next: Map<string, Ref>;
  alias?: string;
}
const letters = (s: string): number => [...s].filter((c) => /[A-Za-z]/.test(c) || c.charCodeAt(0) > 127).length;
function insert(root: Ref, keys: readonly string[], alias: string): void {
  let node = root;
  for (const k of keys) {
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: new Map() }));
    node = child;
  }
  node.alias ??= alias;
}
function eager(lexicon: Lexicon): { root: Ref; upper: Ref; lower: Ref; maxTokens: number } {
  const t = { root: { next: new Map() }, upper: { next: new Map() }, lower: { next: new Map() }, maxTokens: 0 };
  for (const alias of [...lexicon.aliases.keys()].sort()) {
    const keys = tokenTexts(alias);
    if (keys.length === 0) continue;
    t.maxTokens = Math.max(t.maxTokens, keys.length);
    insert(t.root, keys, alias);
    const ordinary = lexicon.aliases.get(alias).every((c) => c.ambiguous);
    if (alias !== alias.toUpperCase() && letters(alias) >= 3 && !ordinary)
      insert(
        t.upper,
        keys.map((k) => k.toUpperCase()),
        alias,
      );
    if (letters(alias) >= 4 && !ordinary)
      insert(
        t.lower,
        keys.map((k) => k.toLowerCase()),
        alias,
      );
  }
  return t;
}
interface Node {
  readonly next: { get(k: string): Node | undefined; keys(): Iterable<string> };
  readonly alias?: string | undefined;
}
type Plain = { alias: string | undefined; next: Record<string, Plain> };
const plain = (n: Node): Plain => ({
  alias: n.alias,
  next: Object.fromEntries([...n.next.keys()].sort().map((k) => [k, plain(n.next.get(k)!)])),
});

const bundled = loadBundledLexicon();
const ref = eager(bundled);

describe.each([
  ['bundled (precompiled)', bundled],
  ['the same entries through createLexicon', createLexicon(bundled.entries, bundled.words, 'general')],
])('gazetteer tries of the %s lexicon', (_name, lexicon) => {
  const gaz = buildGazetteer(lexicon);
  it.each(['root', 'upper', 'lower'] as const)('%s trie equals the eagerly built one', (which) => {
    expect(plain(gaz[which] as Node)).toEqual(plain(ref[which] as unknown as Node));
  });
  it('knows the longest alias', () => {
    expect(gaz.maxTokens).toBe(ref.maxTokens);
  });
  it('lets through every first character of an alias, as written and upper-cased (Kuala, KUALA)', () => {
    const starts = new Set<number>();
    for (const k of [...ref.root.next.keys(), ...ref.upper.next.keys()]) starts.add(k.charCodeAt(0));
    for (const c of starts) expect(gaz.firstChars[c]).toBe(1);
    expect(gaz.firstChars[0xad]).toBe(1);
  });
  it('its first-key pre-test lets through every first token of an alias, as written and upper-cased', () => {
    for (const k of [...ref.root.next.keys(), ...ref.upper.next.keys()]) expect(mayContain(gaz.firstKeys, k)).toBe(true);
  });
  it('rules out the lower-case ASCII letters no alias starts with (most Malay words)', () => {
    const starts = new Set([...ref.root.next.keys()].map((k) => k.charCodeAt(0)));
    for (let c = 97; c <= 122; c++) expect(gaz.firstChars[c]).toBe(starts.has(c) ? 1 : 0);
  });
  it('answers the same before and after a first level is copied into a Map (after 4,096 look-ups)', () => {
    const fresh = buildGazetteer(lexicon);
    const keys = [...[...ref.root.next.keys()].slice(0, 50), 'Kuala', 'kuala', 'Zzyzx', 'constructor', '__proto__', '10', ''];
    const answer = () => keys.map((k) => [fresh.root.next.has(k), fresh.root.next.get(k)?.alias, fresh.upper.next.has(k.toUpperCase())]);
    const before = answer();
    for (let i = 0; i < 5000; i++) {
      fresh.root.next.has(`Tiada${i}`);
      fresh.upper.next.has(`TIADA${i}`);
    }
    expect(answer()).toEqual(before);
  });
  it.each(['constructor', '__proto__', 'toString'])('has no child %j on the first level', (key) => {
    expect(gaz.root.next.has(key)).toBe(ref.root.next.has(key));
    expect(gaz.root.next.get(key)).toBeUndefined();
  });
});
