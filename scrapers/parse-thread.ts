/**
 * Where a source's `parse` runs. Parsing is synchronous CPU work — a 5,000-entry docket report
 * takes ~170 ms warm and several times that on a cold start — and `docketwatch run` serves its web
 * pages from the same event loop. So `parseDocument` parses a document of `OFF_THREAD_BYTES` or
 * more from a built-in source on a worker thread (`parse-worker.ts`), and a smaller one (most feeds
 * and notices), or one of a source registered at run time (the thread cannot load it), where it is.
 *
 * The answer is the same either way: the result is plain data (structured clone), and an error
 * comes back as its class from `src/errors.ts` (or the built-in one of its name), with its message,
 * `code` and fields. The thread starts with the first large document, parses one document at a
 * time, stays for the next, and keeps the process alive only while it has work. If it ends before
 * it answers (out of memory, a crash, over `timeLimitMs`), that parse fails with
 * `ParseThreadError` — a poll is then recorded as failed and nothing of it is ingested or saved, so
 * the next poll fetches again — and the documents waiting behind it go to a new thread.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import * as errors from '../src/errors.ts';
import { isBuiltinSource } from './registry.ts';
import type { DocketSource, RawDocument, SourceParseResult } from './types.ts';

/** Documents this large or larger are parsed off the main thread (~2 ms of a warm parse, ~20 ms cold). */
export const OFF_THREAD_BYTES = 64 * 1024;

/** Default limit on one parse on the thread; a page that takes longer is taken to be hostile. */
const TIME_LIMIT_MS = 120_000;

export interface ParseRequest {
  id: number;
  source: string;
  document: RawDocument;
  config: unknown;
}

export interface ParseReply {
  id: number;
  result?: SourceParseResult;
  error?: { name: string; message: string; stack: string | null; fields: Record<string, unknown> };
}

export interface ParseThreadOptions {
  /** How long one parse may run on the thread before the thread is ended (ms; default 120 s). */
  timeLimitMs?: number;
  /** The thread's heap limits (`worker_threads`); default: V8's. */
  resourceLimits?: ResourceLimits;
}

interface Job {
  request: ParseRequest;
  resolve: (result: SourceParseResult) => void;
  reject: (err: Error) => void;
}

/** One parse thread and its queue of documents, answered in order. */
export class ParseThread {
  readonly #options: ParseThreadOptions;
  #worker: Worker | null = null;
  readonly #queue: Job[] = [];
  #timer: NodeJS.Timeout | null = null;
  #nextId = 0;
  /** Threads started so far (a crashed one is replaced). */
  started = 0;
  /** Documents the thread answered for (a result or an error). */
  parsed = 0;

  constructor(options: ParseThreadOptions = {}) {
    this.#options = options;
  }

  /** `source.parse(document, config)` on the thread; `source` must be a built-in source. */
  parse<C>(source: DocketSource<C>, document: RawDocument, config: C): Promise<SourceParseResult> {
    return new Promise((resolve, reject) => {
      const job = { request: { id: this.#nextId++, source: source.id, document, config }, resolve, reject };
      this.#queue.push(job);
      const worker = this.#thread();
      worker.ref();
      worker.postMessage(job.request);
      if (this.#queue.length === 1) this.#startClock();
    });
  }

  /** End the thread (waiting documents fail with `ParseThreadError`). */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = null;
    this.#stopClock();
    for (const job of this.#queue.splice(0))
      job.reject(new errors.ParseThreadError('the parse thread was closed'));
    await worker.terminate();
  }

  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./thread-entry.mjs', import.meta.url), {
      workerData: {
        entry: new URL(`./parse-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url)
          .href,
      },
      ...(this.#options.resourceLimits ? { resourceLimits: this.#options.resourceLimits } : {}),
    });
    this.started++;
    worker.on('message', (reply: ParseReply) => this.#answer(reply));
    // Without these listeners a crash of the thread would be an uncaught error of the process.
    worker.on('error', (err) =>
      this.#ended(
        worker,
        new errors.ParseThreadError(`the parse thread failed: ${err.message}`, { cause: err }),
      ),
    );
    worker.on('exit', (code) =>
      this.#ended(
        worker,
        new errors.ParseThreadError(`the parse thread exited (code ${code}) before it answered`),
      ),
    );
    this.#worker = worker;
    return worker;
  }

  #answer(reply: ParseReply): void {
    const job = this.#queue[0];
    if (!job || job.request.id !== reply.id) return;
    this.#queue.shift();
    this.#stopClock();
    this.parsed++;
    if (reply.error) job.reject(revive(reply.error));
    else job.resolve(reply.result!);
    if (this.#queue.length > 0) this.#startClock();
    else this.#worker?.unref();
  }

  /** The thread `worker` is gone: the document it was parsing fails, the others go to a new thread. */
  #ended(worker: Worker, err: Error): void {
    if (this.#worker !== worker) return;
    this.#worker = null;
    this.#stopClock();
    const failed = this.#queue.shift();
    failed?.reject(err);
    if (this.#queue.length === 0) return;
    const next = this.#thread();
    next.ref();
    for (const job of this.#queue) next.postMessage(job.request);
    this.#startClock();
  }

  #startClock(): void {
    const worker = this.#worker;
    if (!worker) return;
    const limit = this.#options.timeLimitMs ?? TIME_LIMIT_MS;
    this.#timer = setTimeout(() => {
      this.#ended(
        worker,
        new errors.ParseThreadError(
          `parsing the document took longer than ${limit / 1000} s; the parse thread was ended`,
        ),
      );
      void worker.terminate();
    }, limit);
    this.#timer.unref();
  }

  #stopClock(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

let shared: ParseThread | null = null;

/** The process's parse thread, which `parseDocument` uses (made on first use; its thread starts with the first document). */
export function sharedParseThread(): ParseThread {
  shared ??= new ParseThread();
  return shared;
}

/**
 * A source's `parse` of one document: on the parse thread when the document is large and the
 * source built in, else here. Same result, same errors.
 */
export async function parseDocument<C>(
  source: DocketSource<C>,
  document: RawDocument,
  config: C,
): Promise<SourceParseResult> {
  if (document.body.byteLength < OFF_THREAD_BYTES || !isBuiltinSource(source))
    return source.parse(document, config);
  return sharedParseThread().parse(source, document, config);
}

/** Error classes a parse may throw, by name: docketwatch's own and JavaScript's. */
type ErrorClass = { name: string; prototype: Error };
const ERROR_CLASSES = new Map<string, ErrorClass>(
  [
    ...Object.values(errors as Record<string, unknown>).filter(
      (v): v is ErrorClass => typeof v === 'function' && v.prototype instanceof Error,
    ),
    Error,
    TypeError,
    RangeError,
    SyntaxError,
    ReferenceError,
  ].map((c) => [c.name, c]),
);

/** The thread's error as the parse threw it: its class, message, stack and own fields (`code`…). */
function revive(e: NonNullable<ParseReply['error']>): Error {
  const err = Object.create((ERROR_CLASSES.get(e.name) ?? Error).prototype) as Error;
  Object.defineProperty(err, 'message', { value: e.message, writable: true, configurable: true });
  if (e.stack) Object.defineProperty(err, 'stack', { value: e.stack, writable: true, configurable: true });
  Object.assign(err, e.fields);
  if (err.name !== e.name)
    Object.defineProperty(err, 'name', { value: e.name, writable: true, configurable: true });
  return err;
}
