// Response bodies as UTF-8 bytes. A worker serialises its results to JSON and encodes them
// here into one byte array of its own (never a slice of a shared pool), which is moved to
// the main thread rather than copied; the main thread puts the bytes on the socket as they
// are: no string to rebuild, measure (Content-Length) and encode again on the thread that
// also answers health checks. The bytes are those Node writes for the same JSON string.

const encoder = new TextEncoder();
const BATCH_OPEN = Buffer.from('{"results":[');
const BATCH_CLOSE = Buffer.from(']}');
const COMMA_BYTES = Buffer.from(',');

/** The JSON texts joined by commas, UTF-8 encoded, in a byte array that owns its whole buffer. */
export function encodeJoined(jsons: readonly string[]): Uint8Array {
  if (jsons.length === 1) return encoder.encode(jsons[0]);
  return encoder.encode(jsons.join(','));
}

/** Bytes as a Buffer over the same memory (no copy), for fastify to send. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** `{"results":[...]}` around the workers' comma-joined parts, in order; empty parts are skipped. */
export function batchBody(parts: readonly Uint8Array[]): Buffer {
  const list: Uint8Array[] = [BATCH_OPEN];
  for (const p of parts) {
    if (p.byteLength === 0) continue;
    if (list.length > 1) list.push(COMMA_BYTES);
    list.push(p);
  }
  list.push(BATCH_CLOSE);
  return Buffer.concat(list);
}

/** The text of UTF-8 bytes (for the small answers the main thread reads itself). */
export function decodeText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
