import { visible } from './visible.ts';

/**
 * A problem in the project's inputs. Its message names the file, the entry and what to fix, so one line is enough
 * for a curator to act on. What it echoes of the data is made visible (src/shared/visible.ts): a quote holding a
 * terminal escape or a line break stays one plain line wherever the message goes (terminal, workbench, log).
 */
export class DataError extends Error {
  readonly file: string;
  readonly entry: string;
  readonly fix: string;

  constructor(file: string, entry: string, problem: string, fix: string) {
    super(visible(`${file}${entry ? ` › ${entry}` : ''}: ${problem}. Fix: ${fix}`));
    this.name = 'DataError';
    this.file = file;
    this.entry = entry;
    this.fix = fix;
  }
}

/** A step of the build that failed: which one, what happened and what to do. Printed as one line, no stack trace. */
export class BuildError extends Error {
  constructor(step: string, problem: string, fix: string) {
    super(`${step}: ${problem}. Fix: ${fix}`);
    this.name = 'BuildError';
  }
}

/** Describe an array entry for messages: `observations[3] "court-cases"`. */
export function entryName(list: string, index: number, id?: string): string {
  return `${list}[${index}]${id ? ` "${id}"` : ''}`;
}

/** A list from `file` by id, a duplicate id refused naming its entry (`what` names the kind: "theme", "indicator"). */
export function byUniqueId<T extends { id: string }>(file: string, list: readonly T[], what: string): Map<string, T> {
  const byId = new Map<string, T>();
  list.forEach((item, i) => {
    if (byId.has(item.id))
      throw new DataError(
        file,
        entryName('', i, item.id),
        `duplicate ${what} id "${item.id}"`,
        `give each ${what} its own id`,
      );
    byId.set(item.id, item);
  });
  return byId;
}
