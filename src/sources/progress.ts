/**
 * Progress of a long backfill (a first docket report of hundreds of entries). On a terminal: one
 * line on stderr redrawn in place with `\r` (at most every 100 ms, and the last state always), ended
 * with a newline. Elsewhere (a file, journald, a container log): plain log lines at the start, at
 * each quarter and at the end, so a log reader sees it moving without a flood. Polls that read
 * fewer than `minEntries` entries say nothing here (their one summary line is enough).
 */
import type { Logger } from '../log.ts';

export interface ProgressOptions {
  logger: Logger;
  /** Draw a `\r` line (a terminal) instead of logging. Default: whether stderr is a TTY. */
  tty?: boolean;
  /** Where the terminal line goes (default: stderr). */
  write?: (text: string) => void;
  /** Smallest poll that shows progress (default 100 entries). */
  minEntries?: number;
  /** Clock for the redraw throttle (tests). */
  now?: () => number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** A `(done, total)` callback for `pollSource`'s `onProgress`, labelled with what is being read. */
export function backfillProgress(
  label: string,
  options: ProgressOptions,
): (done: number, total: number) => void {
  const tty = options.tty ?? process.stderr.isTTY === true;
  const write = options.write ?? ((text: string) => void process.stderr.write(text));
  const minEntries = options.minEntries ?? 100;
  const now = options.now ?? Date.now;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastQuarter = -1;
  let finished = false;

  return (done, total) => {
    if (finished || total < minEntries) return;
    const complete = done >= total;
    if (tty) {
      const t = now();
      if (!complete && t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      write(`\r${progressLine(label, done, total)}\x1b[K${complete ? '\n' : ''}`);
    } else {
      const quarter = Math.floor((4 * Math.min(done, total)) / total);
      if (quarter === lastQuarter) return;
      lastQuarter = quarter;
      options.logger.info(
        { progress: { done, total } },
        `${label}: ${done} of ${total} entries ingested (${percent(done, total)}%)`,
      );
    }
    if (complete) finished = true;
  };
}

/** `mied-rss [#########---------------] 180/480 entries 37%` */
export function progressLine(label: string, done: number, total: number): string {
  const filled = Math.round((BAR_WIDTH * Math.min(done, total)) / total);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} entries ${percent(done, total)}%`;
}

function percent(done: number, total: number): number {
  return Math.floor((100 * Math.min(done, total)) / total);
}
