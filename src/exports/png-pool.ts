// PNG images drawn in worker threads while the main thread renders pages: drawing is most of a build's CPU time once
// a corpus has hundreds of plans (a share card takes some 60 ms, a chart some 80 ms), and Astro renders pages on one
// thread. One worker per core (os.availableParallelism); each draws with renderPng (png.ts), so the disk cache and the
// bytes are those of a drawing on the main thread.
//
// A page asks for an image before its endpoint is written (requestPng: the page that links a share card, or a chart
// whose downloads it lists), so the drawing overlaps the rendering of other pages; the endpoint then takes the result
// (takePng). An image nobody asked for ahead is drawn when its endpoint asks.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

interface Job {
  id: number;
  svg: string;
  scale: number;
}
type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

/** The worker's module: run by Node itself (it strips the types), outside the site's bundle. */
const WORKER = join(process.cwd(), 'src/exports/png-worker.ts');

/**
 * The code that draws the images, which runs in the workers and so outside Astro's module graph: part of the key of
 * every page or file with an image (src/exports/endpoints.ts, the share cards), so that a change to it draws anew
 * instead of an incremental build copying the old images.
 */
export const RENDERER_CODE = [WORKER, join(process.cwd(), 'src/exports/png.ts')];

class Pool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: Job[] = [];
  private pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
  private next = 0;
  private size: number;

  constructor(size: number) {
    this.size = size;
  }

  draw(svg: string, scale: number): Promise<Uint8Array> {
    const id = this.next++;
    const done = new Promise<Uint8Array>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, svg, scale });
    this.pump();
    return done;
  }

  private start(): Worker {
    // Not the parent's flags: a worker needs none, and some (--input-type, --eval's) do not apply to a file.
    const worker = new Worker(WORKER, { execArgv: [] });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id)!;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.png);
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (e) => this.fail(e));
    this.workers.push(worker);
    return worker;
  }

  private pump(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.start() : undefined);
      if (!worker) break;
      worker.postMessage(this.queue.shift()!);
    }
    // Idle workers must not keep the process alive; busy ones must, or a build awaiting an image would just exit.
    const busy = this.pending.size > 0;
    for (const w of this.workers) {
      if (busy) w.ref();
      else w.unref();
    }
  }

  private fail(e: Error): void {
    for (const { reject } of this.pending.values()) reject(new Error(`the worker stopped: ${e.message}`));
    this.pending.clear();
    this.queue = [];
    for (const w of this.workers) void w.terminate();
    this.workers = [];
    this.idle = [];
  }
}

let pool: Pool | undefined;
const requested = new Map<string, Promise<Uint8Array>>();

const key = (svg: string, scale: number) => `${scale}\n${svg}`;

/** Start drawing an image in the pool (once per SVG and scale); its bytes come when it is drawn. */
export function requestPng(svg: string, scale: number): Promise<Uint8Array> {
  const k = key(svg, scale);
  let png = requested.get(k);
  if (!png) {
    pool ??= new Pool(Math.max(1, availableParallelism()));
    png = pool.draw(svg, scale);
    // A request nobody takes still fails the build if its drawing failed, when its endpoint asks for it.
    png.catch(() => undefined);
    requested.set(k, png);
  }
  return png;
}

/**
 * The image for its endpoint at address `where` (which a failure names): the drawing requested ahead, or drawn now.
 * The bytes are not kept after this.
 */
export async function takePng(svg: string, scale: number, where: string): Promise<Uint8Array> {
  try {
    return await requestPng(svg, scale);
  } catch (e) {
    throw new Error(`drawing ${where}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    requested.delete(key(svg, scale));
  }
}
