// The scan worker's entry (bundled as dist/scan-worker.js): loads the taxonomy once, then turns
// batches of items into compact results. It never prints.
import { parentPort, workerData } from 'node:worker_threads';
import { SkillgapError, errorMessage } from '../errors.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { processItem, type ItemContext } from './item.js';
import type { PostingResult } from './schema.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

const port = parentPort!;
/** Items of a batch in progress at once (they only wait on I/O together: the CPU work stays one at a time). */
const CONCURRENCY = 8;
const init = workerData as WorkerInit;
let ctx: ItemContext | undefined;
try {
  ctx = { taxonomy: loadTaxonomy(init.taxonomy), profile: init.profile, fields: init.fields, ...(init.maxBytes ? { maxBytes: init.maxBytes } : {}), ...(init.web ? { web: init.web } : {}) };
} catch (err) {
  const fatal =
    err instanceof SkillgapError ? { code: err.code, message: err.message, exitCode: err.exitCode } : { code: 'worker', message: errorMessage(err), exitCode: 2 };
  port.postMessage({ fatal } satisfies WorkerReply);
}

port.on('message', async (msg: WorkerRequest) => {
  if (!ctx) return;
  // A few items at a time, so that URLs fetch concurrently; results keep the batch's order.
  const c = ctx;
  const results = new Array<PostingResult>(msg.items.length);
  let next = 0;
  const lane = async () => {
    while (next < msg.items.length) {
      const i = next++;
      results[i] = await processItem(msg.items[i]!, c);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, msg.items.length) }, lane));
  port.postMessage({ batch: msg.batch, results } satisfies WorkerReply);
});
