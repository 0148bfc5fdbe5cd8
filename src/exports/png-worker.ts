// A worker of png-pool.ts: draws each SVG it is sent with renderPng (cache included) and sends the PNG back.
import { parentPort } from 'node:worker_threads';
import { renderPng } from './png.ts';
import { workerError } from '../shared/report.ts';

parentPort!.on('message', ({ id, svg, scale }: { id: number; svg: string; scale: number }) => {
  try {
    const png = renderPng(svg, scale);
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: workerError(e) });
  }
});
