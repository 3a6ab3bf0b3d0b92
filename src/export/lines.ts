// Lines of a UTF-8 file read back a chunk at a time into one buffer (the spill's run files,
// the search buckets): each line is decoded from the bytes on its own, so there is no decoder
// state, no chunk-sized string and no carried text concatenated to the next chunk. A newline
// byte never occurs inside a multi-byte UTF-8 character, so splitting bytes at 0x0A splits
// the text at its newlines; a line longer than the buffer grows it.
import { open } from 'node:fs/promises';

const NEWLINE = 0x0a;

/**
 * The non-empty lines of the file at `path`, without their `\n`, in order. `chunkBytes` are
 * read at a time (the buffer doubles while one line does not fit). The file is closed when
 * the iteration ends, however it ends.
 */
export async function* fileLines(path: string, chunkBytes: number): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  let buffer = Buffer.allocUnsafe(chunkBytes);
  /** Bytes of a line not yet complete, at the start of `buffer`. */
  let kept = 0;
  try {
    for (;;) {
      if (kept === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, kept);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
      const end = kept + bytesRead;
      if (bytesRead === 0) {
        if (end > 0) yield buffer.toString('utf8', 0, end);
        return;
      }
      let start = 0;
      // indexOf may find a stale newline past `end`: the loop stops there.
      for (let at = buffer.indexOf(NEWLINE, kept); at >= 0 && at < end; at = buffer.indexOf(NEWLINE, start)) {
        if (at > start) yield buffer.toString('utf8', start, at);
        start = at + 1;
      }
      kept = end - start;
      if (kept > 0 && start > 0) buffer.copy(buffer, 0, start, end);
    }
  } finally {
    await handle.close();
  }
}
