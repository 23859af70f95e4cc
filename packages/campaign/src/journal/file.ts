import { constants, fstatSync, writeSync } from "node:fs";
import { type FileHandle, open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { JournalError } from "../errors.js";
import { type JournalContents, type JournalRecord, parseJournal, toLines } from "./format.js";

interface Pending {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * An open journal file, appended to and synced. Appends that arrive while a write is under way go out
 * together in the next one (one write, one fdatasync: a group commit), so concurrent sends share the
 * cost of the sync. Before each write it checks that the file is still the length it wrote: another
 * process appending to it (a second run that took a lock it should not have) stops this one at once.
 */
export class JournalFile {
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;
  private failure: unknown;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private length: number,
  ) {}

  /** Writes a new journal with `records` (the header and the plan) all at once: a crash leaves either none or all of it. */
  static async create(path: string, records: readonly JournalRecord[]): Promise<{ file: JournalFile; contents: JournalContents }> {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    const file = await open(temporary, "w");
    try {
      await file.writeFile(toLines(records));
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => {});
      throw error;
    }
    await syncDirectory(dirname(path));
    return JournalFile.open(path);
  }

  /** Opens a journal for appending; a torn last line (a write a crash cut short) is cut off first. */
  static async open(path: string): Promise<{ file: JournalFile; contents: JournalContents }> {
    const contents = parseJournal(await readFile(path), path);
    const handle = await open(path, constants.O_RDWR | constants.O_APPEND);
    try {
      if (contents.torn) {
        await handle.truncate(contents.validLength);
        await handle.sync();
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { file: new JournalFile(path, handle, contents.validLength), contents };
  }

  /** Appends records; resolves once they are on disk. After a failed write, every append rejects with its error. */
  append(...records: JournalRecord[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ text: toLines(records), resolve, reject });
      this.writing ??= this.flush();
    });
  }

  // One write and one fdatasync for everything appended in this turn of the event loop. The length check
  // and the write (to the page cache) are synchronous and quick; the fdatasync runs off the event loop,
  // so answers keep arriving while the disk works, and join the next flush.
  private async flush(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length) {
      const batch = this.pending.splice(0);
      try {
        if (this.failure) throw this.failure;
        const { fd } = this.handle;
        const { size } = fstatSync(fd);
        if (size !== this.length)
          throw new JournalError(`${this.path} changed under this run (${size - this.length} bytes written by someone else): stopping so that nothing is sent twice`);
        const bytes = Buffer.from(batch.map((p) => p.text).join(""));
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
        await this.handle.datasync();
        this.length += bytes.length;
        batch.forEach((p) => p.resolve());
      } catch (error) {
        this.failure ??= error;
        batch.forEach((p) => p.reject(error));
      }
      if (this.pending.length) await new Promise((resolve) => setImmediate(resolve));
    }
    this.writing = undefined;
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    await this.writing;
    await this.handle.close();
  }
}

// a new file's name is durable only once its directory is synced
async function syncDirectory(path: string) {
  const directory = await open(path, "r");
  try {
    await directory.sync();
  } catch {
    // some filesystems refuse fsync on a directory; the rename is still atomic there
  } finally {
    await directory.close();
  }
}
