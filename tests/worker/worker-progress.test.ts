/**
 * Progress of a long backfill: plain log lines when not on a terminal (start, each quarter, end),
 * a `\r` line redrawn in place on one; and a real first poll of the replay court's docket report
 * (every entry of Hamama v. Adducci published) reporting it as it ingests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { replayClock, startReplayCourt } from '../../src/demo/server.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { backfillProgress, progressLine } from '../../src/sources/progress.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real pino logger whose JSON lines are kept. */
function capturingLogger() {
  const lines: { msg: string; progress?: { done: number; total: number } }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('backfill progress', () => {
  it('logs plain lines off a terminal: the start, each quarter crossed, the end', () => {
    const { logger, lines } = capturingLogger();
    const report = backfillProgress('mied-docket', { logger, tty: false });
    for (const done of [0, 60, 100, 130, 240, 300, 479, 480]) report(done, 480);
    expect(lines.map((l) => l.msg)).toEqual([
      'mied-docket: 0 of 480 entries ingested (0%)',
      'mied-docket: 130 of 480 entries ingested (27%)',
      'mied-docket: 240 of 480 entries ingested (50%)',
      'mied-docket: 479 of 480 entries ingested (99%)',
      'mied-docket: 480 of 480 entries ingested (100%)',
    ]);
    expect(lines.at(-1)!.progress).toEqual({ done: 480, total: 480 });
  });

  it('says nothing for a poll below the threshold', () => {
    const { logger, lines } = capturingLogger();
    const report = backfillProgress('mied-rss', { logger, tty: false });
    report(0, 12);
    report(12, 12);
    expect(lines).toEqual([]);
  });

  it('redraws one line with \\r on a terminal, throttled, and ends it with a newline', () => {
    const { logger, lines } = capturingLogger();
    const out: string[] = [];
    let t = 0;
    const report = backfillProgress('mied-docket', {
      logger,
      tty: true,
      write: (s) => out.push(s),
      now: () => t,
    });
    report(0, 200);
    t = 50;
    report(50, 200); // within 100 ms of the last draw: skipped
    t = 150;
    report(100, 200);
    t = 160;
    report(200, 200); // the end is always drawn
    report(200, 200);
    expect(lines).toEqual([]);
    expect(out).toEqual([
      `\r${progressLine('mied-docket', 0, 200)}\x1b[K`,
      `\r${progressLine('mied-docket', 100, 200)}\x1b[K`,
      `\r${progressLine('mied-docket', 200, 200)}\x1b[K\n`,
    ]);
    expect(progressLine('mied-docket', 100, 200)).toBe(
      'mied-docket [############------------] 100/200 entries 50%',
    );
  });

  it("reports a first poll of the replay court's full docket report as it ingests", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-progress-'));
    dirs.push(dir);
    const court = await startReplayCourt({ clock: replayClock({ speed: 'max' }) });
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    try {
      while (court.clock.advance()) {
        // publish the whole history
      }
      await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama et al v. Adducci' });
      const id = await addSource(store.db, {
        type: 'pacer-docket-public',
        court: 'mied',
        case: 'mied:2:17-cv-11910',
        config: { url: court.urls.docket, court: 'mied' },
      });
      const [row] = await configuredSources(store.db, id);
      const { logger, lines } = capturingLogger();
      const report = await pollSource(store, row!, {
        onProgress: backfillProgress(id, { logger, tty: false, minEntries: 1 }),
      });
      expect(report.error).toBeNull();
      const added = report.events.filter((e) => e.type === 'entry.added').length;
      expect(added).toBeGreaterThan(20);
      const progress = lines.map((l) => l.progress!);
      expect(progress[0]).toEqual({ done: 0, total: progress[0]!.total });
      expect(progress.at(-1)).toEqual({ done: progress[0]!.total, total: progress[0]!.total });
      expect(progress[0]!.total).toBeGreaterThanOrEqual(added);
    } finally {
      await store.close();
      await court.close();
    }
  });
});
