// The scan worker's entry (bundled as dist/scan-worker.js): loads the taxonomy once, then turns
// batches of items into compact results. It never prints.
import { parentPort, workerData } from 'node:worker_threads';
import { SkillgapError, errorMessage } from '../errors.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { processItem, type ItemContext } from './item.js';
import { ResultPacker } from './packed.js';
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

/** Skill ids by the index this worker gave them (see packed.ts). */
const dictionary = new Map<string, number>();

port.on('message', async (msg: WorkerRequest) => {
  if (!ctx) return;
  // A few items at a time, so that URLs fetch concurrently; results keep the batch's order. Each
  // is packed as soon as those before it are, so that a batch's results wait for its end as a few
  // flat arrays: as objects, every collection during the batch would find them alive and copy or
  // promote them.
  const c = ctx;
  const items = msg.items;
  const packer = new ResultPacker(dictionary);
  const done = new Array<PostingResult | undefined>(items.length);
  let next = 0;
  let packed = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      done[i] = await processItem(items[i]!, c);
      for (; packed < items.length && done[packed]; packed++) {
        packer.add(done[packed]!);
        done[packed] = undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
  const { results, transfer } = packer.take();
  port.postMessage({ batch: msg.batch, results } satisfies WorkerReply, transfer);
});
