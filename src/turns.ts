/**
 * Long work in the process that also serves the web pages (a backfill of thousands of entries, the
 * posture of a big case) gives the event loop a turn every few milliseconds, so `/healthz`, the
 * pages and timers answer while it runs. One place decides how long a slice may run.
 */

/** Work runs this long at most (ms) before the event loop gets a turn. */
export const SLICE_MS = 5;

/**
 * A function to call between small units of work: it yields to the event loop (`setImmediate`: I/O
 * and timers run first) once `SLICE_MS` has passed since the last turn, and returns at once
 * otherwise.
 */
export function turns(sliceMs = SLICE_MS): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < sliceMs) return;
    await new Promise((r) => setImmediate(r));
    start = performance.now();
  };
}
