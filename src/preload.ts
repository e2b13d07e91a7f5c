import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Files read ahead by the bin while the CLI compiles (see bin/skillgap.js), by absolute path. The
 * build caches and their sources are read through here: a file read ahead is taken once, by the first
 * read of its path; any other is read from disk then.
 */
const ahead = new Map<string, Buffer>();

export function preload(path: string, bytes: Buffer): void {
  ahead.set(resolve(path), bytes);
}

/** The bytes the bin read ahead for a file (by absolute path), taken once; undefined when it read none. */
function takeAhead(key: string): Buffer | undefined {
  const bytes = ahead.get(key);
  ahead.delete(key);
  return bytes;
}

/** The bytes of a file: read ahead, or read now. */
export function readBytes(path: string): Buffer {
  return takeAhead(resolve(path)) ?? readFileSync(path);
}

/**
 * The build caches (dist/taxonomy.bin, dist/vocab.bin) in memory that worker threads share: a scan's
 * workers use the main thread's copy instead of each reading its own (some 7 MB a worker). By
 * absolute path, with the size and modification time the bytes were read at: a file rebuilt since
 * is read again.
 */
const shared = new Map<string, { memory: SharedArrayBuffer; size: number; mtimeMs: number }>();

/** A whole Buffer over shared memory, as the bin reads the build caches ahead (see bin/skillgap.js). */
function sharedMemoryOf(bytes: Buffer): SharedArrayBuffer | undefined {
  return bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : undefined;
}

/** The bytes of a build cache in shared memory (see `sharedFiles`): read once while the file stays the same. */
export function readShared(path: string): Buffer {
  const key = resolve(path);
  const { size, mtimeMs } = statSync(key);
  const known = shared.get(key);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return Buffer.from(known.memory);
  const early = takeAhead(key);
  const memory = early ? (sharedMemoryOf(early) ?? copyToShared(early)) : readIntoShared(key);
  shared.set(key, { memory, size, mtimeMs });
  return Buffer.from(memory);
}

function copyToShared(bytes: Buffer): SharedArrayBuffer {
  const memory = new SharedArrayBuffer(bytes.length);
  Buffer.from(memory).set(bytes);
  return memory;
}

/** Read a file straight into shared memory. */
function readIntoShared(path: string): SharedArrayBuffer {
  const fd = openSync(path, 'r');
  try {
    const memory = new SharedArrayBuffer(fstatSync(fd).size);
    const bytes = Buffer.from(memory);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) throw new Error(`skillgap: ${path} was cut short while it was read`);
      at += n;
    }
    return memory;
  } finally {
    closeSync(fd);
  }
}

/** The build caches this thread holds in shared memory, to hand to worker threads (`adoptShared`). */
export function sharedFiles(): SharedFile[] {
  return [...shared].map(([path, s]) => ({ path, ...s }));
}

export interface SharedFile {
  path: string;
  memory: SharedArrayBuffer;
  size: number;
  mtimeMs: number;
}

/** In a worker thread: use the build caches its parent read (`sharedFiles`) instead of reading them again. */
export function adoptShared(files: readonly SharedFile[]): void {
  for (const { path, ...s } of files) shared.set(resolve(path), s);
}
