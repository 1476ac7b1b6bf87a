// Input helpers shared by the subcommands.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { KenalError } from '../errors.js';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

/** Strict UTF-8: invalid bytes are an error, not silently replaced. */
export function decodeUtf8(buf: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new KenalError('E_INPUT_TYPE', `${where} is not valid UTF-8`);
  }
}

/**
 * The text a command works on: the argument as a file when such a file exists (unless
 * `asText`), the argument itself otherwise, standard input for "-" or no argument.
 */
export async function readInput(arg: string | undefined, asText: boolean): Promise<{ text: string; name: string }> {
  if (arg === undefined || arg === '-') {
    if (arg === undefined && process.stdin.isTTY) {
      throw new KenalError('E_OPTION', 'no input: give a file, some text, or pipe text on standard input');
    }
    return { text: await readStdin(), name: 'stdin' };
  }
  if (!asText && existsSync(arg) && statSync(arg).isFile()) {
    return { text: decodeUtf8(readFileSync(arg), arg), name: arg };
  }
  return { text: arg, name: 'argument' };
}
