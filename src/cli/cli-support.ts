import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyDeskError } from '../core/errors.ts';

/** The repository root, whatever the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The policies folder shipped with the project. */
export const defaultPoliciesDir = path.join(projectRoot, 'policies');

/**
 * Runs a CLI entry point: a PolicyDeskError (or any error) becomes a clear message on stderr and
 * exit code 1 (2 for usage errors), never a stack trace for a mistake the user can fix. Output
 * piped into a reader that stops early (`| head`) ends the command quietly, as Unix tools do.
 */
export function runCli(main: () => Promise<number | undefined>): void {
  stopQuietlyWhenOutputCloses();
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
      } else if (error instanceof PolicyDeskError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(
          `policy-desk: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
        process.exitCode = 1;
      }
    },
  );
}

/**
 * Node ignores SIGPIPE, so a write to a pipe whose reader has gone (`npm run ask … | head -3`)
 * raises EPIPE as an unhandled 'error' event with a stack trace. The reader wants no more: stop at
 * once, with the exit code the command has set so far, as a Unix tool stops on SIGPIPE. A store
 * write already made stays made (each is atomic); work the command had not reached is not done.
 */
function stopQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

/**
 * `--help` or `-h` (before any `--`): prints `help` to stdout and returns true, so the command
 * returns 0 without doing anything else.
 */
export function printHelpIfAsked(help: string, argv: readonly string[] = process.argv.slice(2)): boolean {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (!options.includes('--help') && !options.includes('-h')) return false;
  process.stdout.write(help.endsWith('\n') ? help : `${help}\n`);
  return true;
}

/** A mistake in how a command was called: shown with the usage line, exit code 2. */
export class UsageError extends PolicyDeskError {
  constructor(message: string, usage: string) {
    super('policy_desk_usage', `${message}\nusage: ${usage}`);
    this.name = 'UsageError';
  }
}
