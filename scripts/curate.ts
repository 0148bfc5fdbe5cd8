// The curation workbench: review drafted documents in the browser and save to data/ (a development tool; nothing of
// it is published). Prints its address, which carries this run's token.
//   npm run curate [-- --port 4322] [--root DIR]
import { resolve } from 'node:path';
import { startWorkbench } from '../src/authoring/workbench/server.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

try {
  const wb = await startWorkbench({
    root: resolve(arg('root') ?? resolve(import.meta.dirname, '..')),
    port: Number(arg('port') ?? 4322),
  });
  console.log(`整理台 curation workbench: ${wb.url}`);
  console.log('(listening on 127.0.0.1 only; stop with Ctrl-C)');
} catch (e) {
  console.error(`curate: ${(e as Error).message}`);
  process.exit(1);
}
