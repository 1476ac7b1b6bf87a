// Response bodies as UTF-8 bytes: the bytes are those of the JSON text (as Node would write
// the string), each array owns its whole buffer (so it can be moved between threads), and a
// batch body is the same text the results were joined into before.
import { describe, expect, it } from 'vitest';
import { asBuffer, batchBody, decodeText, encodeJoined } from '../../src/server/body.js';

const TEXTS: readonly (readonly string[])[] = [
  ['{}'],
  ['{"text":"Anwar Ibrahim"}'],
  ['{"text":"Kuala Lumpur – “kata” beliau; é ü 😀"}'],
  [JSON.stringify({ text: '\ud800 lone \udfff' })],
  ['{"a":1}', '{"b":"dua – tiga"}', '{"c":[]}'],
  ['"x"'.repeat(5000)],
];

describe('encodeJoined', () => {
  it.each(TEXTS.map((t) => [t.length, t] as const))('%i text(s): the UTF-8 bytes of the comma-joined text', (_n, texts) => {
    const bytes = encodeJoined(texts);
    const want = Buffer.from(texts.join(','), 'utf8');
    expect(Buffer.compare(asBuffer(bytes), want)).toBe(0);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    expect(decodeText(bytes)).toBe(texts.join(','));
  });
});

describe('batchBody', () => {
  const cases: ReadonlyArray<readonly [string, readonly (readonly string[])[]]> = [
    ['one part of one document', [['{"id":"a"}']]],
    ['one part of three documents', [['{"id":"a"}', '{"id":"b"}', '{"id":"c"}']]],
    ['two parts, in order', [['{"id":"1","t":"é"}', '{"id":"2"}'], ['{"id":"3","t":"–"}']]],
    ['an empty part is skipped', [['{"id":"1"}'], [], ['{"id":"2"}']]],
  ];
  it.each(cases)('%s', (_name, parts) => {
    const encoded = parts.map((p) => (p.length === 0 ? new Uint8Array(0) : encodeJoined(p)));
    const want = `{"results":[${parts.flat().join(',')}]}`;
    expect(batchBody(encoded).toString('utf8')).toBe(want);
    expect(Buffer.compare(batchBody(encoded), Buffer.from(want, 'utf8'))).toBe(0);
  });
});
