// The checks `npm test` runs before its tests, side by side: the lint (ESLint, Prettier) beside the type check and
// then the build (the build waits for the type check: both write Astro's generated types under .astro/). Each
// command's output is printed whole when it ends, so two never interleave; any failure fails the whole, named.
//   node scripts/checks.ts
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

parseArgs({ args: process.argv.slice(2), options: {} });

/** Run `npm run <script>`, its output kept and printed whole at its end; resolves to whether it passed. */
function run(script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> npm run ${script} (${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s)\n`);
      process.stdout.write(Buffer.concat(out));
      resolve(code === 0);
    });
  });
}

const chains: string[][] = [['lint'], ['typecheck', 'build']];
const results = await Promise.all(
  chains.map(async (chain) => {
    for (const script of chain) if (!(await run(script))) return script;
    return null;
  }),
);
const failed = results.filter((r): r is string => r !== null);
if (failed.length) {
  console.error(`\nchecks: ${failed.map((s) => `npm run ${s}`).join(' and ')} failed (its output is above)`);
  process.exit(1);
}
