// A worker of search-index.ts: indexes one bundle with a Pagefind indexer of its own and reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { indexBundle } from './search-index.ts';
import { workerError } from '../shared/report.ts';

const { dist, files, out } = workerData as { dist: string; files: string[]; out: string };
try {
  parentPort!.postMessage(await indexBundle(dist, files, out));
} catch (e) {
  parentPort!.postMessage({ error: workerError(e) });
}
