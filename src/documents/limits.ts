/**
 * Running untrusted work in child processes with a time limit and a memory limit. A PDF can be
 * built to take unbounded time or memory (a decompression bomb, a page with millions of operators);
 * the child is killed when it exceeds either, and the caller gets a `DocumentError` saying which.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DocumentError } from './errors.ts';

/** Resident memory of a process in bytes (Linux `/proc`); `null` where it cannot be read. */
export function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * 4096;
  } catch {
    return null;
  }
}

/** User + system CPU seconds a live process has used (Linux `/proc/PID/stat`); 0 where it cannot be read. */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The largest resident size any watched child reached (sampled), for the bench's memory figure. */
export const childPeak = { bytes: 0 };

/**
 * Watch a child: kill it when it has run `timeoutMs` or holds more than `memoryBytes` resident.
 * Returns a stop function and the reason it was killed, if it was.
 */
export function watchChild(
  child: ChildProcess,
  timeoutMs: number,
  memoryBytes: number,
): { stop(): void; killedFor(): 'timeout' | 'memory' | null } {
  let reason: 'timeout' | 'memory' | null = null;
  const kill = (why: 'timeout' | 'memory') => {
    if (reason) return;
    reason = why;
    child.kill('SIGKILL');
  };
  const timer = setTimeout(() => kill('timeout'), timeoutMs);
  const poll = setInterval(() => {
    const rss = residentBytes(child.pid);
    if (rss === null) return;
    if (rss > childPeak.bytes) childPeak.bytes = rss;
    if (rss > memoryBytes) kill('memory');
  }, 50);
  timer.unref();
  poll.unref();
  return {
    stop() {
      clearTimeout(timer);
      clearInterval(poll);
    },
    killedFor: () => reason,
  };
}

export interface RunLimits {
  timeoutMs: number;
  memoryBytes: number;
}

/**
 * Run a native program with `input` on stdin and collect stdout, under the limits. The address
 * space is also capped with `ulimit -v` (native tools allocate directly; the watchdog covers the
 * rest). Rejects with a `DocumentError` on a limit, or when the program fails.
 */
export function runLimited(
  command: string,
  args: string[],
  input: Buffer | null,
  limits: RunLimits,
  env: NodeJS.ProcessEnv = {},
): Promise<Buffer> {
  const kib = Math.ceil(limits.memoryBytes / 1024);
  const child = spawn('sh', ['-c', `ulimit -v ${kib} 2>/dev/null; exec "$0" "$@"`, command, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const watch = watchChild(child, limits.timeoutMs, limits.memoryBytes);
  const out: Buffer[] = [];
  let err = '';
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stderr!.on('data', (b: Buffer) => {
    if (err.length < 4000) err += b.toString('utf8');
  });
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(input ?? undefined);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      watch.stop();
      reject(new DocumentError('unreadable', `cannot run ${command}: ${e.message}`, { cause: e }));
    });
    child.on('close', (code) => {
      watch.stop();
      const killed = watch.killedFor();
      if (killed === 'timeout')
        reject(new DocumentError('timeout', `${command} took longer than ${limits.timeoutMs / 1000} s`));
      else if (killed === 'memory')
        reject(new DocumentError('memory', `${command} used more than ${limits.memoryBytes >> 20} MiB`));
      else if (code !== 0)
        reject(new DocumentError('unreadable', `${command} failed (${code}): ${err.trim().slice(0, 300)}`));
      else resolve(Buffer.concat(out));
    });
  });
}

/** A counting semaphore: at most `size` tasks run at once; the others wait their turn. */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  constructor(size: number) {
    this.#free = size;
  }
  async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((r) => this.#waiting.push(r));
    try {
      return await fn();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}
