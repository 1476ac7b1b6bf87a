import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertOffsets, offsetTable } from '../../src/formats/offsets.js';
import { RESULT, TEXT } from './fixtures.js';

const cp = (s: string): number => [...s].length;
const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('offsetTable', () => {
  it.each([
    ['ASCII', 'abc', 'codepoint', [0, 1, 2, 3]],
    ['ASCII', 'abc', 'utf8', [0, 1, 2, 3]],
    ['accented', 'António', 'utf8', [0, 1, 2, 3, 5, 6, 7, 8]],
    ['accented', 'António', 'codepoint', [0, 1, 2, 3, 4, 5, 6, 7]],
    ['astral emoji', 'a😀b', 'codepoint', [0, 1, 2, 2, 3]],
    ['astral emoji', 'a😀b', 'utf8', [0, 1, 5, 5, 6]],
    ['three-byte', 'a–b', 'utf8', [0, 1, 4, 5]],
    ['lone surrogate (written as U+FFFD)', 'a\ud800b', 'utf8', [0, 1, 4, 5]],
    ['utf16 is the identity', 'a😀b', 'utf16', [0, 1, 2, 3, 4]],
  ] as const)('%s text in %s', (_name, text, unit, want) => {
    expect([...offsetTable(text, unit)]).toEqual(want);
  });

  it('agrees with counting the prefix, for any text and any boundary outside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), (text, k) => {
        const i = k % (text.length + 1);
        if (i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) return;
        expect(offsetTable(text, 'codepoint')[i]).toBe(cp(text.slice(0, i)));
        expect(offsetTable(text, 'utf8')[i]).toBe(bytes(text.slice(0, i)));
      }),
    );
  });
});

describe('convertOffsets', () => {
  it('leaves UTF-16 results as they are', () => {
    expect(convertOffsets(TEXT, RESULT, 'utf16')).toBe(RESULT);
  });

  it('converts every span of a result, nested ones included, and nothing else', () => {
    const conv = convertOffsets(TEXT, RESULT, 'codepoint');
    const chars = [...TEXT];
    for (const e of conv.entities) expect(chars.slice(e.start, e.end).join('')).toBe(e.text);
    const meet = conv.relations[0]!;
    if (meet.type !== 'MEET') throw new Error('fixture');
    expect(chars.slice(meet.time!.start, meet.time!.end).join('')).toBe('semalam');
    expect(meet.time!.value).toBe('2024-03-02');
    const crit = conv.relations[2]!;
    if (crit.type !== 'STATEMENT') throw new Error('fixture');
    expect(chars.slice(crit.target!.start, crit.target!.end).join('')).toBe('Kerajaan');
    expect(conv.entities.map((e) => e.canonical)).toEqual(RESULT.entities.map((e) => e.canonical));
  });

  it('converts to UTF-8 byte offsets that slice the encoded text', () => {
    const conv = convertOffsets(TEXT, RESULT, 'utf8');
    const buf = new TextEncoder().encode(TEXT);
    for (const e of conv.entities) expect(new TextDecoder().decode(buf.subarray(e.start, e.end))).toBe(e.text);
  });
});
