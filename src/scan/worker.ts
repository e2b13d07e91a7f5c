// The scan worker's entry (bundled as dist/scan-worker.js): loads the taxonomy once, then turns
// batches of items into compact results. It never prints.
import { parentPort, workerData } from 'node:worker_threads';
import { SkillgapError, errorMessage } from '../errors.js';
import { loadTaxonomy } from '../taxonomy/index.js';
import { adoptShared } from '../preload.js';
import { examineItem, packParts, type ItemContext, type ItemParts } from './item.js';
import { ResultPacker } from './packed.js';
import type { PostingResult } from './schema.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

const port = parentPort!;
/**
 * Items of a batch in progress at once when some are files or URLs (they only wait on I/O together:
 * the CPU work stays one at a time). Rows of an export wait on nothing: they go one by one, each
 * packed before the next is read. Overlapped, eight rows were parsed up front and each posting's
 * skills, mentions and gap outlived the next posting, and V8 took to allocating those straight in
 * the old generation (allocation-site pretenuring): on 30,000 postings a worker promoted 270 MB,
 * not 154, and marked its heap 32 times, not 11.
 */
const CONCURRENCY = 8;
const init = workerData as WorkerInit;
let ctx: ItemContext | undefined;
try {
  adoptShared(init.shared ?? []);
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
  // Files and URLs a few at a time, so that they load concurrently; results keep the batch's
  // order. Each is packed as soon as those before it are, straight from what extraction made (no
  // result object, no array per skill), so that a batch's results wait for its end as a few flat
  // arrays: as objects, every collection during the batch would find them alive and copy or
  // promote them.
  const c = ctx;
  const items = msg.items;
  const packer = new ResultPacker(dictionary);
  const done = new Array<ItemParts | PostingResult | undefined>(items.length);
  let next = 0;
  let packed = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      done[i] = await examineItem(items[i]!, c);
      for (; packed < items.length && done[packed]; packed++) {
        const d = done[packed]!;
        if ('posting' in d) packParts(d, packer);
        else packer.add(d);
        done[packed] = undefined;
      }
    }
  };
  const lanes = items.some((item) => item.kind === 'spec') ? Math.min(CONCURRENCY, items.length) : 1;
  await Promise.all(Array.from({ length: lanes }, lane));
  const { results, transfer } = packer.take();
  port.postMessage({ batch: msg.batch, results } satisfies WorkerReply, transfer);
});
