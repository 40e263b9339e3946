/**
 * Parsing many files, as `docketwatch parse FILE...` does: each file read and parsed into one JSON
 * line, answered in the order the files were given. With enough input, the files are shared with
 * worker threads (`files-worker.ts`) so that every core parses: each thread, this one included,
 * takes the next file not yet taken (one shared counter), and this thread hands the answers out in
 * order. The answers are the same either way — the same function makes each one.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ParseOptions, parsePacer } from './index.ts';

/** One file's answer: its JSON line, or why it could not be read or parsed. */
export type FileOutcome =
  | { file: string; json: string; error?: never }
  | { file: string; json?: never; error: string };

/** Below this much input a thread costs more than it saves (a thread starts and compiles in ~50 ms). */
export const THREADS_FROM_BYTES = 512 * 1024;
const MAX_THREADS = 4;

/** What `readInput` reads a file into; parsing copies what it keeps (`decodeInput` makes a string). */
let readBuffer: Buffer | null = null;
const READ_BUFFER_BYTES = 1024 * 1024;

/**
 * The bytes of `file`, valid until the next call: read into one buffer that every file reuses,
 * which costs a third of `readFileSync`'s time (no new buffer and no `fstat` for each file; 490
 * files 8–11 → 3–3.5 ms). A file larger than the buffer gets the rest read by `readFileSync`, so
 * errors are `readFileSync`'s, word for word.
 */
export function readInput(file: string): Uint8Array {
  readBuffer ??= Buffer.allocUnsafe(READ_BUFFER_BYTES);
  const fd = openSync(file, 'r');
  try {
    let n = 0;
    for (let got = -1; got !== 0 && n < readBuffer.length; n += got)
      got = readSync(fd, readBuffer, n, readBuffer.length - n, null);
    if (n < readBuffer.length) return readBuffer.subarray(0, n);
    return Buffer.concat([readBuffer, readFileSync(fd)]);
  } finally {
    closeSync(fd);
  }
}

/** `docketwatch parse`'s answer for one file: `{ file, ...result }` as one JSON line, or the error's message. */
export function parseFile(file: string, options: ParseOptions): FileOutcome {
  try {
    const result = parsePacer(readInput(file), options);
    return { file, json: JSON.stringify({ file, ...result }) };
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * How many worker threads to parse `files` with: none for little input, else one per core left
 * idle beyond this thread (by the load average: on a busy machine another thread only competes
 * with this one and compiles the parsers a second time), at most 4. `DOCKETWATCH_PARSE_THREADS`
 * sets the number (0: none).
 */
export function parseThreads(
  files: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  cores = availableParallelism(),
  load = loadavg()[0]!,
): number {
  const wanted = env.DOCKETWATCH_PARSE_THREADS;
  if (wanted !== undefined && wanted.trim() !== '' && Number.isInteger(Number(wanted)))
    return Math.max(0, Math.min(Number(wanted), files.length - 1));
  const idle = Math.floor(cores - 1 - load + 0.5);
  if (files.length < 2 || idle < 1) return 0;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // unreadable: its own answer says why
    }
    if (bytes >= THREADS_FROM_BYTES) break;
  }
  if (bytes < THREADS_FROM_BYTES) return 0;
  return Math.min(idle, MAX_THREADS, files.length - 1);
}

/** What a parse thread is given (`workerData`). */
export interface FilesWork {
  entry: string;
  files: readonly string[];
  options: ParseOptions;
  /** The next index to take, shared by every thread (`Int32Array` over a `SharedArrayBuffer`). */
  next: Int32Array;
}

/** A parse thread's answer for the file at `index`. */
export interface FileReply {
  index: number;
  outcome: FileOutcome;
}

/** Take the next file's index (every thread calls this; an index ≥ the number of files means none is left). */
export function takeNext(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/**
 * Every file's answer, in the order of `files`. With `threads` > 0 the files are shared with that
 * many worker threads; a thread that ends before answering leaves its file to this one.
 */
export async function* parseFiles(
  files: readonly string[],
  options: ParseOptions,
  threads = parseThreads(files),
): AsyncGenerator<FileOutcome> {
  if (threads <= 0) {
    for (const file of files) yield parseFile(file, options);
    return;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const answers: (FileOutcome | undefined)[] = new Array(files.length);
  let live = threads;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const entry = new URL(`./files-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  const workers = Array.from({ length: threads }, () => {
    const work: FilesWork = { entry: entry.href, files, options, next };
    const worker = new Worker(new URL('../thread-entry.mjs', import.meta.url), { workerData: work });
    worker.on('message', (reply: FileReply) => {
      answers[reply.index] = reply.outcome;
      notify();
    });
    // A thread that fails (it cannot start, runs out of memory) leaves its file to this thread.
    worker.on('error', () => {});
    worker.on('exit', () => {
      live--;
      notify();
    });
    return worker;
  });
  try {
    for (let at = 0; at < files.length; ) {
      const answer = answers[at];
      if (answer) {
        answers[at++] = undefined;
        yield answer;
        continue;
      }
      const index = takeNext(next);
      if (index < files.length) answers[index] = parseFile(files[index]!, options);
      else if (live === 0) answers[at] = parseFile(files[at]!, options);
      else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      // Let the threads' answers in before taking another file.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}
