/** A step of the build that failed: which one, what happened and what to do. Printed as one line, no stack trace. */
export class BuildError extends Error {
  constructor(step: string, problem: string, fix: string) {
    super(`${step}: ${problem}. Fix: ${fix}`);
    this.name = 'BuildError';
  }
}
