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
