/**
 * A problem in the project's inputs. Its message names the file, the entry and what to fix, so one line is enough
 * for a curator to act on.
 */
export class DataError extends Error {
  readonly file: string;
  readonly entry: string;
  readonly fix: string;

  constructor(file: string, entry: string, problem: string, fix: string) {
    super(`${file}${entry ? ` › ${entry}` : ''}: ${problem}. Fix: ${fix}`);
    this.name = 'DataError';
    this.file = file;
    this.entry = entry;
    this.fix = fix;
  }
}

/** Describe an array entry for messages: `observations[3] "court-cases"`. */
export function entryName(list: string, index: number, id?: string): string {
  return `${list}[${index}]${id ? ` "${id}"` : ''}`;
}
