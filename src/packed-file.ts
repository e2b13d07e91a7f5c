/**
 * The binary files the build writes for start-up (dist/taxonomy.bin, dist/vocab.bin): read with one
 * readFileSync and no parse, their typed arrays used in place as views of the file, their texts
 * decoded only when asked for.
 *
 * Layout: a little-endian u32 magic, a u32 header length, the header (JSON: whatever the writer
 * keeps there, and where each section lies, from the end of the header rounded up to 8), then the
 * sections, each 8-byte aligned: typed arrays as their bytes, text as UTF-8.
 */

interface Header<H> {
  data: H;
  /** name: [byte offset from the first section, byte length] */
  sections: Record<string, [number, number]>;
}

const align = (n: number) => (n + 7) & ~7;

/** A file of `sections` with `data` in its header, marked with `magic` (a u32 the reader checks). */
export function packFile(magic: number, data: unknown, sections: Record<string, ArrayBufferView>): Buffer {
  const at: Record<string, [number, number]> = {};
  let size = 0;
  for (const [name, view] of Object.entries(sections)) {
    at[name] = [size, view.byteLength];
    size = align(size + view.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ data, sections: at } satisfies Header<unknown>));
  const start = align(8 + header.length);
  const file = Buffer.alloc(start + size);
  file.writeUInt32LE(magic, 0);
  file.writeUInt32LE(header.length, 4);
  header.copy(file, 8);
  for (const [name, view] of Object.entries(sections)) file.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), start + at[name]![0]);
  return file;
}

/** This machine reads typed arrays little-endian, as the files are written. */
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A file `packFile` wrote; undefined when it is not one marked `magic`, or this machine is big-endian. */
export function openFile<H>(magic: number, file: Buffer): PackedFile<H> | undefined {
  if (!littleEndian || file.length < 8 || file.readUInt32LE(0) !== magic) return undefined;
  const length = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + length)) as Header<H>;
  // Typed arrays need aligned offsets: a file read on its own starts its buffer at 0, but be sure.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  return new PackedFile(header.data, bytes.subarray(align(8 + length)), header.sections);
}

export class PackedFile<H> {
  constructor(
    /** What the writer kept in the header. */
    readonly data: H,
    private readonly file: Buffer,
    private readonly sections: Record<string, [number, number]>,
  ) {}

  has(name: string): boolean {
    return name in this.sections;
  }

  private at(name: string): [number, number] {
    const s = this.sections[name];
    if (!s) throw new Error(`skillgap: a build cache has no section '${name}' (rebuild with \`npm run build\`)`);
    return s;
  }

  int32(name: string): Int32Array {
    const [offset, length] = this.at(name);
    return new Int32Array(this.file.buffer, this.file.byteOffset + offset, length >>> 2);
  }

  uint8(name: string): Uint8Array {
    const [offset, length] = this.at(name);
    return new Uint8Array(this.file.buffer, this.file.byteOffset + offset, length);
  }

  uint32(name: string): Uint32Array {
    const [offset, length] = this.at(name);
    return new Uint32Array(this.file.buffer, this.file.byteOffset + offset, length >>> 2);
  }

  text(name: string): string {
    const [offset, length] = this.at(name);
    return this.file.toString('utf8', offset, offset + length);
  }

  /** Item i of a list of JSON texts whose byte ends are in `ends`. */
  json<T>(name: string, ends: Int32Array, i: number): T {
    const [offset] = this.at(name);
    return JSON.parse(this.file.toString('utf8', offset + (i > 0 ? ends[i - 1]! : 0), offset + ends[i]!)) as T;
  }
}
