// The curation workbench: take documents in, review their drafts in the browser and save to data/ (a development tool;
// nothing of it is published). Prints its address, which carries this run's token.
//   npm run curate [-- --port 4322] [--root DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkbench } from '../src/authoring/workbench/server.ts';

try {
  const { values } = (() => {
    try {
      return parseArgs({ options: { port: { type: 'string', default: '4322' }, root: { type: 'string' } } });
    } catch (e) {
      throw new Error(`${(e as Error).message}: use npm run curate [-- --port N] [--root DIR]`, { cause: e });
    }
  })();
  const port = Number(values.port);
  if (!/^\d+$/u.test(values.port) || port > 65535)
    throw new Error(`--port ${values.port} is not a port: give a number from 1 to 65535, e.g. --port 4323`);
  const wb = await startWorkbench({ root: resolve(values.root ?? resolve(import.meta.dirname, '..')), port });
  console.log(`整理台 curation workbench: ${wb.url}`);
  console.log('(listening on 127.0.0.1 only; stop with Ctrl-C)');
} catch (e) {
  console.error(`curate: ${(e as Error).message}`);
  process.exit(1);
}
