import { BuildError, DataError } from './errors.ts';
import { visible } from './visible.ts';

/** File-system failures a curator can cause, in words, with what to do. */
const FS_CAUSES: Record<string, [string, string]> = {
  EISDIR: ['is a directory where a file was expected', 'replace the directory with the file (or remove it)'],
  ENOTDIR: ['has a file where a directory was expected', 'remove the file that stands in the way'],
  ENAMETOOLONG: ['is too long a name for the file system', 'shorten the id the file is named after'],
  EACCES: ['cannot be read (permission denied)', 'make the file readable'],
  ELOOP: ['is a loop of symbolic links', 'replace the link with the file itself'],
  ENOSPC: ['cannot be written: the disk is full', 'free space and build again'],
  EFBIG: ['cannot be written: the file is too large for the disk or quota', 'free space and build again'],
  EMFILE: ['cannot be opened: too many open files', 'raise the limit (ulimit -n) and build again'],
};

/**
 * The one line a command prints when it fails: the message of a data or build error as it is, a file-system error
 * in words with its path, and anything else as an internal error. Never a stack trace (IPT_DEBUG=1 shows it), and
 * never a character a terminal would act on or hide: whatever the message echoes (a quote, a file name) is printed
 * with those written as \u{…}.
 */
export function failureMessage(command: string, e: unknown): string {
  return visible(describeFailure(command, e));
}

function describeFailure(command: string, e: unknown): string {
  if (e instanceof DataError || e instanceof BuildError) return `${command}: ${e.message}`;
  const err = e as NodeJS.ErrnoException;
  const cause = err?.code ? FS_CAUSES[err.code] : undefined;
  if (cause && err.path) return `${command}: ${err.path} ${cause[0]} (${err.code}). Fix: ${cause[1]}`;
  return `${command}: internal error (a bug, not your data): ${err?.message ?? String(e)}`;
}

export function reportFailure(command: string, e: unknown): void {
  console.error(failureMessage(command, e));
  if (process.env.IPT_DEBUG && e instanceof Error && e.stack)
    console.error(e.stack.split('\n').map(visible).join('\n'));
}

/**
 * What a worker thread sends back for an error: its message, and under IPT_DEBUG its stack too, so a failure inside a
 * worker can be traced as one in the main thread can.
 */
export function workerError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return process.env.IPT_DEBUG && e.stack ? `${e.message}\n${e.stack}` : e.message;
}
