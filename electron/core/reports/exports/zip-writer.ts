import type { Writable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * A small streaming ZIP writer (deflate, data descriptors, no ZIP64): enough for an XLSX file,
 * which is a ZIP of XML parts. Entries are written one after another straight into the sink, so
 * a 400,000-row sheet never sits in memory. Every entry gets the same fixed timestamp, so the same
 * data gives the same bytes.
 */

const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 names
const DEFLATE = 8;
const VERSION = 20;
const MAX_32 = 0xffffffff;

interface EntryRecord {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** MS-DOS date and time of a moment (local fields of the given instant, read as UTC). */
function dosDateTime(ms: number): { time: number; date: number } {
  const d = new Date(ms);
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: EntryRecord[] = [];
  private readonly stamp: { time: number; date: number };

  /** `stampMs`: the instant shown as every entry's modification time (in the reader's wall clock). */
  constructor(
    private readonly sink: Writable,
    stampMs: number,
  ) {
    this.stamp = dosDateTime(stampMs);
  }

  private async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    if (!this.sink.write(chunk)) await new Promise<void>((resolve) => this.sink.once('drain', resolve));
  }

  private localHeader(name: Buffer): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION, 4);
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    // crc and sizes (14..25) stay 0: they follow the data in the descriptor.
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    return Buffer.concat([h, name]);
  }

  private async descriptor(e: EntryRecord): Promise<void> {
    if (e.size > MAX_32 || e.compressed > MAX_32 || this.offset > MAX_32) {
      throw new Error('Berkas ekspor terlalu besar (lebih dari 4 GB).');
    }
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc >>> 0, 4);
    d.writeUInt32LE(e.compressed, 8);
    d.writeUInt32LE(e.size, 12);
    await this.write(d);
    this.entries.push(e);
  }

  /** A small entry, compressed in one go. */
  async add(name: string, content: string | Buffer): Promise<void> {
    const nameBuf = Buffer.from(name, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const offset = this.offset;
    await this.write(this.localHeader(nameBuf));
    const compressed = zlib.deflateRawSync(data);
    await this.write(compressed);
    await this.descriptor({
      name: nameBuf,
      crc: zlib.crc32(data),
      compressed: compressed.length,
      size: data.length,
      offset,
    });
  }

  /**
   * A large entry written piece by piece. `write` resolves when the compressor can take more
   * (backpressure all the way to the file); `end` flushes and writes the descriptor.
   */
  async open(name: string): Promise<{ write(text: string): Promise<void>; end(): Promise<void> }> {
    const nameBuf = Buffer.from(name, 'utf8');
    const offset = this.offset;
    await this.write(this.localHeader(nameBuf));
    const deflate = zlib.createDeflateRaw({ level: 6 });
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let failure: Error | null = null;
    deflate.on('data', (chunk: Buffer) => {
      compressed += chunk.length;
      this.offset += chunk.length;
      if (!this.sink.write(chunk)) {
        deflate.pause();
        this.sink.once('drain', () => deflate.resume());
      }
    });
    deflate.on('error', (err) => {
      failure = err;
    });
    const ended = new Promise<void>((resolve, reject) => {
      deflate.once('end', resolve);
      deflate.once('error', reject);
    });
    return {
      write: async (text: string) => {
        if (failure) throw failure;
        const data = Buffer.from(text, 'utf8');
        crc = zlib.crc32(data, crc);
        size += data.length;
        if (!deflate.write(data)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
      },
      end: async () => {
        deflate.end();
        await ended;
        await this.descriptor({ name: nameBuf, crc, compressed, size, offset });
      },
    };
  }

  /** Writes the central directory. The caller ends the sink. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(VERSION, 4);
      h.writeUInt16LE(VERSION, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(DEFLATE, 10);
      h.writeUInt16LE(this.stamp.time, 12);
      h.writeUInt16LE(this.stamp.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal and external attributes: 0
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const size = this.offset - start;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}
