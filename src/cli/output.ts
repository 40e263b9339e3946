import { fstatSync, writeSync } from 'node:fs';

/**
 * Write one line to stdout, waiting when the pipe is full so that large outputs are not buffered
 * whole. When the reader goes away (`docketwatch … | head`), stop quietly instead of crashing.
 */
let closed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  closed = true;
});

export function writeLine(line: string): Promise<void> {
  if (closed) return Promise.resolve();
  return new Promise((resolve) => {
    const ok = process.stdout.write(`${line}\n`, () => resolve());
    if (ok) resolve();
  });
}

/** True once stdout's reader has gone away: loops producing output may stop early. */
export function outputClosed(): boolean {
  return closed;
}

/** What `LineChunks` holds before it writes: a few district dockets' JSON lines. */
const CHUNK_CHARS = 64 * 1024;

let stdoutIsFile: boolean | undefined;

/**
 * Whether stdout is a regular file (`> out.jsonl`). Node writes to a file synchronously, a string
 * first turned into a new buffer; `writeSync` of the string itself writes the same bytes at half the
 * CPU (the corpus ×10's 6 MB: 14 → 7 ms) and leaves no buffers for the garbage collector. Pipes and
 * terminals keep Node's stream: a pipe may be full, and its stream waits.
 */
function toFile(): boolean {
  if (stdoutIsFile === undefined) {
    try {
      stdoutIsFile = fstatSync(1).isFile();
    } catch {
      stdoutIsFile = false;
    }
  }
  return stdoutIsFile;
}

/**
 * Many lines written to stdout a chunk at a time, the same bytes in the same order as `writeLine`
 * for each. A command that prints a large line per input (`docketwatch parse`: 12 KB on average
 * for a district docket) otherwise pays for each line a write, a new buffer (a line over 4 KiB is
 * not taken from Node's pool) and a promise; into a file, the chunk is written as a string. `add` holds a line and says when the chunk is full;
 * then, and before anything else is written (an error line on stderr), `flush` writes it.
 */
export class LineChunks {
  #lines: string[] = [];
  #chars = 0;

  /** Hold `line`; true when the held lines should be written now (`flush`). */
  add(line: string): boolean {
    this.#lines.push(line);
    this.#chars += line.length;
    return this.#chars >= CHUNK_CHARS;
  }

  /** Write the held lines (as `writeLine` would, one after another), waiting when the pipe is full. */
  flush(): Promise<void> {
    if (this.#lines.length === 0) return Promise.resolve();
    const text = this.#lines.join('\n');
    this.#lines = [];
    this.#chars = 0;
    if (!toFile()) return writeLine(text);
    writeSync(1, `${text}\n`);
    return Promise.resolve();
  }
}
