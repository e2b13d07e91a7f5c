import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ConfigError, SkillgapError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import type { IngestOptions } from '../ingest/index.js';
import type { Profile } from '../profile/schema.js';
import { compiledCachePath, type LoadTaxonomyOptions } from '../taxonomy/index.js';
import { vocabCachePath } from '../read/vocab.js';
import { readShared, sharedFiles, type SharedFile } from '../preload.js';
import { processItem, type ItemContext } from './item.js';
import { ResultUnpacker, type PackedResults } from './packed.js';
import type { PostingResult } from './schema.js';
import type { FieldMap, SourceItem } from './sources.js';

/** What each worker needs to build its own context: it loads the taxonomy once. Plain data only. */
export interface WorkerInit {
  taxonomy: LoadTaxonomyOptions;
  profile: Profile | null;
  fields: FieldMap;
  maxBytes?: number;
  web?: IngestOptions['web'];
  /** The build caches in the main thread's shared memory (added by the pool). */
  shared?: SharedFile[];
}

export type WorkerRequest = { batch: number; items: SourceItem[] };
export type WorkerReply = { batch: number; results: PackedResults } | { fatal: { code: string; message: string; exitCode: number } };

/** Below this many postings a batch runs in-process: starting workers costs more than it saves. */
export const AUTO_WORKERS_FROM = 300;
const BATCH = 32;
/**
 * Files and URLs read ahead in-process (they load concurrently; results still come out in input
 * order). Rows of an export go one at a time, as in a worker (see worker.ts).
 */
const IN_PROCESS_WINDOW = 8;

export const defaultJobs = () => Math.max(1, Math.min(availableParallelism(), 4));

/**
 * The worker's entry: dist/scan-worker.js next to the bundle, or worker.ts through tsx when running
 * from source (vitest, tsx).
 */
export function workerEntry(): { script: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // From source: register tsx in the worker, then load worker.ts (Node 20 does not pass --import hooks to a worker's entry).
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL('./worker.ts', here).href;
    return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  for (const rel of ['./scan-worker.js', '../scan-worker.js', './dist/scan-worker.js']) {
    const url = new URL(rel, here);
    if (existsSync(url)) return { script: url, eval: false };
  }
  throw new ConfigError('no-worker', 'scan worker (dist/scan-worker.js) not found: rebuild with `npm run build`, or use --jobs 0');
}

/**
 * Heap limits for a worker. An explicit old-generation limit makes V8 collect sooner (without one a
 * worker's heap grows lazily to well over 100 MB of garbage); it leaves room for the largest input
 * allowed (--max-size), whose tokens take many times its size.
 *
 * The young generation is three semi-spaces, each rounded up by V8 to a power of two: 24 MB is an
 * 8 MB semi-space, room for about 50 postings' garbage between two scavenges. A small one costs far
 * more than its memory: with 2 MB semi-spaces (a scavenge every dozen postings) what a long posting
 * holds outlives two scavenges and is promoted, and each worker marks its ~20 MB heap again and
 * again. On 30,000 postings, one worker: 2 MB semi-spaces, 68 mark-compacts and 391 MB promoted;
 * 4 MB, 10 and 94 MB; 8 MB, 6 and 60 MB. Each worker's peak memory grows by about 15 MB; the next
 * size up (16 MB semi-spaces) takes 2 workers over the 300 MB budget (307 MB) for no fewer
 * mark-compacts.
 */
function workerLimits(maxBytes: number | undefined) {
  const mb = (maxBytes ?? DEFAULT_MAX_BYTES) / (1024 * 1024);
  return { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: Math.max(256, Math.ceil(mb * 48)) };
}

/**
 * Node flags for a worker: inherited (undefined), except under `node --input-type=module -e ...`,
 * whose `--input-type` a worker rejects: then the parent's flags without it and without the script.
 */
function workerExecArgv(): string[] | undefined {
  const argv = process.execArgv;
  if (!argv.some((a) => a.startsWith('--input-type'))) return undefined;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') i++;
    else if (!a.startsWith('--input-type') && process.allowedNodeEnvironmentFlags.has(a.split('=')[0]!)) out.push(a);
  }
  return out;
}

async function* inProcess(items: AsyncIterable<SourceItem>, ctx: ItemContext): AsyncGenerator<PostingResult> {
  const window: Promise<PostingResult>[] = [];
  for await (const item of items) {
    window.push(processItem(item, ctx));
    const width = item.kind === 'spec' ? IN_PROCESS_WINDOW : 1;
    while (window.length >= width) yield await window.shift()!;
  }
  while (window.length > 0) yield await window.shift()!;
}

/**
 * A batch as it is posted to a worker: the bytes of its JSONL lines copied into one buffer that is
 * transferred, each line a view of it. Structured clone would copy each line again, and as UTF-16
 * once it was a string: 350 MB for a 240 MB export, on the thread every worker waits on.
 */
function wire(items: SourceItem[]): { items: SourceItem[]; transfer: ArrayBuffer[] } {
  let size = 0;
  for (const item of items) if (item.kind === 'json-bytes') size += item.bytes.byteLength;
  if (size === 0) return { items, transfer: [] };
  const all = new Uint8Array(size);
  let at = 0;
  const out = items.map((item): SourceItem => {
    if (item.kind !== 'json-bytes') return item;
    all.set(item.bytes, at);
    const bytes = all.subarray(at, (at += item.bytes.byteLength));
    return { kind: 'json-bytes', source: item.source, bytes };
  });
  return { items: out, transfer: [all.buffer] };
}

async function* batched<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The build caches the workers read, in shared memory: one copy for the process, not one a worker.
 * The compiled taxonomy only when the workers use the bundled one as it is.
 */
function sharedCaches(taxonomy: LoadTaxonomyOptions): SharedFile[] {
  const bundled = taxonomy.dir === undefined && (taxonomy.overlays ?? []).length === 0;
  for (const path of bundled ? [compiledCachePath, vocabCachePath] : [vocabCachePath]) {
    try {
      readShared(path);
    } catch {
      // Not built: each worker says so, or compiles, as it would alone.
    }
  }
  return sharedFiles();
}

/** Results of `jobs` worker threads, re-ordered to input order; at most a few batches per worker in flight. */
async function* withWorkers(items: AsyncIterable<SourceItem>, init: WorkerInit, jobs: number): AsyncGenerator<PostingResult> {
  const entry = workerEntry();
  const workerData: WorkerInit = { ...init, shared: sharedCaches(init.taxonomy) };
  let closing = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const finished = new Map<number, PostingResult[]>();
  const load = new Array<number>(jobs).fill(0);
  const interned = new Map<string, string>();
  const intern = (id: string) => {
    const known = interned.get(id);
    if (known !== undefined) return known;
    interned.set(id, id);
    return id;
  };
  const workers = Array.from({ length: jobs }, (_, i) => {
    const w = new Worker(entry.script, { workerData, eval: entry.eval, ...(workerExecArgv() ? { execArgv: workerExecArgv() } : {}), resourceLimits: workerLimits(init.maxBytes) });
    // Unpacked as each message arrives: the worker's dictionary grows in the order of its messages.
    const unpacker = new ResultUnpacker(intern);
    w.on('message', (msg: WorkerReply) => {
      if ('fatal' in msg) failure ??= msg.fatal.exitCode === 2 ? new ConfigError(msg.fatal.code, msg.fatal.message) : new SkillgapError(msg.fatal.code, msg.fatal.message, 2);
      else {
        load[i]!--;
        finished.set(msg.batch, unpacker.unpack(msg.results));
      }
      notify();
    });
    w.on('error', (err) => {
      failure ??= err;
      notify();
    });
    w.on('exit', (code) => {
      if (!closing) failure ??= new Error(`scan worker stopped (exit code ${code})`);
      notify();
    });
    return w;
  });
  const maxInFlight = jobs * 3;
  const source = batched(items, BATCH)[Symbol.asyncIterator]();
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      if (failure) throw failure;
      while (finished.has(next)) {
        const results = finished.get(next)!;
        finished.delete(next++);
        yield* results;
      }
      if (!exhausted && sent - next < maxInFlight) {
        const r = await source.next();
        if (r.done) exhausted = true;
        else {
          let w = 0;
          for (let k = 1; k < jobs; k++) if (load[k]! < load[w]!) w = k;
          load[w]!++;
          const { items: batch, transfer } = wire(r.value);
          workers[w]!.postMessage({ batch: sent++, items: batch } satisfies WorkerRequest, transfer);
        }
        continue;
      }
      if (exhausted && next === sent) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await source.return?.(undefined);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export interface PoolOptions {
  /** Worker threads; 0 runs in-process; undefined picks: in-process for small batches, else min(cores, 4). */
  jobs?: number;
  /** The in-process context (built lazily: only when running in-process). */
  local: () => ItemContext;
}

/** Turn items into results in input order, across worker threads for large batches. */
export async function* processAll(items: AsyncIterable<SourceItem>, init: WorkerInit, options: PoolOptions): AsyncGenerator<PostingResult> {
  if (options.jobs !== undefined) {
    yield* options.jobs <= 0 ? inProcess(items, options.local()) : withWorkers(items, init, options.jobs);
    return;
  }
  // Auto: look at the first few hundred items; a small batch stays in-process.
  const it = items[Symbol.asyncIterator]();
  const head: SourceItem[] = [];
  let ended = false;
  while (head.length < AUTO_WORKERS_FROM) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
  }
  async function* all(): AsyncGenerator<SourceItem> {
    yield* head;
    head.length = 0;
    if (!ended) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  const jobs = defaultJobs();
  yield* ended || jobs <= 1 ? inProcess(all(), options.local()) : withWorkers(all(), init, jobs);
}
