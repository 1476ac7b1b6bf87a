// The kenal command line: a thin shell over the library. Subcommands register here.
import { Command } from 'commander';
import { KenalError } from '../errors.js';
import { registerServe } from '../server/cli.js';
import { registerCorpus } from './corpus.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerRender } from './render.js';
import { registerTokenize } from './tokenize.js';

/** Exit codes: 0 ok, 1 some records failed, 64 usage, 65 bad input data, 70 internal error. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof KenalError) return err.code === 'E_OPTION' ? 64 : err.code === 'E_INTERNAL' ? 70 : 65;
  return 70;
}

export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`kenal extract ... | head`) is not an error. Any other write
  // error (a full disk: ENOSPC) ends the run with a clear message and exit code 70, not an
  // uncaught exception and exit code 1 (which means "some records failed").
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`kenal: cannot write standard output: ${e.message}\n`);
    process.exit(70);
  });
  let pending: Promise<number> = Promise.resolve(0);
  const program = new Command()
    .name('kenal')
    .description('Recognise people, places and organisations in Malay news text')
    .version('0.1.0')
    .exitOverride();
  const run = (p: Promise<number>): void => {
    pending = p;
  };
  registerTokenize(program, run);
  registerExtract(program, run);
  registerRender(program, run);
  registerEval(program, run);
  registerCorpus(program, run);
  registerServe(program, run);
  try {
    await program.parseAsync(argv as string[]);
    return await pending;
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('commander.')) {
      // help and version exit 0; usage errors were already printed by commander
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? 0
        : e.exitCode === 1
          ? 64
          : (e.exitCode ?? 64);
    }
    process.stderr.write(`kenal: ${e.message ?? String(err)}\n`);
    return exitCodeFor(err);
  }
}
