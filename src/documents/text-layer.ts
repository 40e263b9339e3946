/**
 * The text layer of a PDF, read by pdfjs-dist in child processes (`text-layer-process.mjs`): a
 * small pool that reads one document per child at a time, each under a time and a memory limit.
 * A child that runs over either is killed and replaced; the caller gets a `DocumentError`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DocumentError, type DocumentProblem } from './errors.ts';
import { processCpuSeconds, watchChild } from './limits.ts';

const SCRIPT = fileURLToPath(new URL('./text-layer-process.mjs', import.meta.url));

export interface TextLayer {
  /** Each page's lines, in the order pdfjs gives its text (content order). */
  pages: string[][];
  numPages: number;
  /** Pages (1-based) with few words that paint an image: candidates for OCR. */
  imagePages: number[];
}

export interface TextLayerLimits {
  /** Children reading at once. */
  size: number;
  timeoutMs: number;
  memoryBytes: number;
}

interface Answer extends Partial<TextLayer> {
  id?: number;
  ready?: boolean;
  error?: { code: DocumentProblem; message: string };
}

interface Job {
  data: Uint8Array;
  maxPages: number;
  imageCheckBelowWords: number;
  resolve(t: TextLayer): void;
  reject(e: unknown): void;
}

export class TextLayerPool {
  readonly #limits: TextLayerLimits;
  readonly #idle: ChildProcess[] = [];
  readonly #queue: Job[] = [];
  readonly #all = new Set<ChildProcess>();
  #busy = 0;
  #nextId = 1;
  #closed = false;

  constructor(limits: TextLayerLimits) {
    this.#limits = limits;
  }

  read(data: Uint8Array, maxPages: number, imageCheckBelowWords: number): Promise<TextLayer> {
    if (this.#closed) return Promise.reject(new Error('the text-layer pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ data, maxPages, imageCheckBelowWords, resolve, reject });
      this.#pump();
    });
  }

  /** CPU seconds the live reader processes have used so far (Linux `/proc`; 0 elsewhere). */
  cpuSeconds(): number {
    let total = 0;
    for (const child of this.#all) total += processCpuSeconds(child.pid);
    return total;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the text-layer pool is closed'));
    // Killed and waited for, so nothing of the pool outlives `close`.
    const exits = [...this.#all].map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once('exit', () => resolve())),
    );
    for (const child of this.#all) {
      // An idle reader is unreferenced; referenced again, the process stays up for its exit.
      child.ref();
      child.kill('SIGKILL');
    }
    this.#all.clear();
    await Promise.all(exits);
    this.#idle.length = 0;
  }

  #pump(): void {
    while (this.#queue.length > 0 && this.#busy < this.#limits.size) {
      const job = this.#queue.shift()!;
      this.#busy++;
      this.#run(job).finally(() => {
        this.#busy--;
        this.#pump();
      });
    }
  }

  async #run(job: Job): Promise<void> {
    let child: ChildProcess;
    try {
      child = this.#idle.pop() ?? (await this.#spawn());
    } catch (err) {
      job.reject(err);
      return;
    }
    ref(child, true);
    const id = this.#nextId++;
    const watch = watchChild(child, this.#limits.timeoutMs, this.#limits.memoryBytes);
    await new Promise<void>((done) => {
      const onMessage = (msg: Answer) => {
        if (msg.id !== id) return;
        finish();
        if (msg.error) {
          job.reject(new DocumentError(msg.error.code, describe(msg.error.code, msg.error.message)));
        } else {
          job.resolve({ pages: msg.pages!, numPages: msg.numPages!, imagePages: msg.imagePages! });
        }
        if (this.#closed) child.kill('SIGKILL');
        else {
          ref(child, false);
          this.#idle.push(child);
        }
      };
      const onExit = () => {
        finish();
        this.#all.delete(child);
        const why = watch.killedFor();
        if (why === 'timeout')
          job.reject(
            new DocumentError(
              'timeout',
              `reading the PDF took longer than ${this.#limits.timeoutMs / 1000} s`,
            ),
          );
        else if (why === 'memory')
          job.reject(
            new DocumentError(
              'memory',
              `reading the PDF needed more than ${this.#limits.memoryBytes >> 20} MiB (a decompression bomb?)`,
            ),
          );
        else job.reject(new DocumentError('unreadable', 'the PDF reader stopped unexpectedly'));
      };
      const finish = () => {
        watch.stop();
        child.off('message', onMessage);
        child.off('exit', onExit);
        done();
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send({
        id,
        data: job.data,
        maxPages: job.maxPages,
        imageCheckBelowWords: job.imageCheckBelowWords,
      });
    });
  }

  #spawn(): Promise<ChildProcess> {
    const heapMb = Math.max(64, Math.floor(this.#limits.memoryBytes / 2 ** 20 / 2));
    const child = fork(SCRIPT, [], {
      execArgv: [`--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.#all.add(child);
    return new Promise((resolve, reject) => {
      const onMessage = (msg: Answer) => {
        if (!msg.ready) return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(child);
      };
      const onExit = (code: number | null) => {
        this.#all.delete(child);
        reject(new DocumentError('unreadable', `the PDF reader did not start (exit ${code})`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  }
}

function ref(child: ChildProcess, on: boolean): void {
  const channel = child.channel as { ref?(): void; unref?(): void } | null | undefined;
  if (on) {
    child.ref();
    channel?.ref?.();
  } else {
    child.unref();
    channel?.unref?.();
  }
}

function describe(problem: DocumentProblem, detail: string): string {
  switch (problem) {
    case 'encrypted':
      return 'the PDF is encrypted with a password; docketwatch does not open protected documents';
    case 'damaged':
      return `the file is not a readable PDF (${detail})`;
    default:
      return `the PDF cannot be read: ${detail}`;
  }
}
