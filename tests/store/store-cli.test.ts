/** The store commands as a user runs them: a real `docketwatch` process per command. */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import type { Dialect } from '../../db/index.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';
import { projectRoot } from '../support/shared.ts';

const _run = promisify(execFile);
const FIX = join(projectRoot, 'tests/fixtures/ingest');

const cli = (...args: string[]) => runCli(args);
const lines = jsonLines;

for (const dialect of DIALECTS as Dialect[]) {
  describeDialect(dialect, 'store commands', () => {
    it('adds a case, ingests a feed and a report, and shows entries and events', async () => {
      const db = freshTarget(dialect);
      const add = await cli(
        'case',
        'add',
        'mied',
        '2:17-cv-11910-MAG',
        '--name',
        'Hamama v. Adducci',
        '--db',
        db,
      );
      expect(add.code, add.stderr).toBe(0);
      expect(lines(add.stdout)).toEqual([{ case: 'mied:2:17-cv-11910', created: true }]);

      const feed = await cli('ingest', '--source', 'mied-rss', '--db', db, join(FIX, 'mied-rss.jsonl'));
      expect(feed.code, feed.stderr).toBe(0);
      expect(lines(feed.stdout).map((e) => [e.type, e.case, e.entry])).toEqual([
        ['entry.added', 'mied:2:17-cv-11910', '118'],
        ['entry.added', 'mied:2:17-cv-11910', '120'],
        ['gap.detected', 'mied:2:17-cv-11910', '119'],
      ]);
      expect(feed.stderr).toContain('mied:2:17-cv-12099: case is not tracked');

      const report = await cli('ingest', '--db', db, join(FIX, 'mied-docket.jsonl'));
      expect(report.code, report.stderr).toBe(0);
      expect(lines(report.stdout).map((e) => [e.type, e.entry])).toEqual([
        ['entry.added', '117'],
        ['entry.added', 'u:2017-10-03:s407'],
        ['entry.updated', '118'],
        ['entry.updated', '120'],
      ]);
      const again = await cli(
        'ingest',
        '--db',
        db,
        join(FIX, 'mied-docket.jsonl'),
        join(FIX, 'mied-rss.jsonl'),
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toBe('');

      const entries = lines(
        (await cli('entries', '--case', 'mied:2:17-cv-11910', '--json', '--db', db)).stdout,
      );
      expect(entries.map((e) => e.entry)).toEqual(['117', '118', 'u:2017-10-03:s407', '120']);
      // The second run named no source, so the feed counts as source "pacer-rss": a new version, no event.
      expect(entries[1]).toMatchObject({ sources: ['mied-rss', 'pacer-docket', 'pacer-rss'], pageCount: 22 });

      // Other modules (deadlines) add their own event types to the log; these are the record's.
      const events = lines(
        (await cli('events', '--case', 'mied:2:17-cv-11910', '--json', '--db', db)).stdout,
      ).filter((e) => /^(entry|gap|case)\./.test(String(e.type)));
      expect(events).toHaveLength(7);
      expect(events[0]).toMatchObject({ type: 'entry.added', case: 'mied:2:17-cv-11910', entry: '118' });
      // The log as a person reads it: an unnumbered entry by its day, its key labelled as such.
      const log = (await cli('events', '--case', 'mied:2:17-cv-11910', '--db', db)).stdout;
      expect(log).toMatch(/entry\.added\s+mied:2:17-cv-11910 #118\n/);
      expect(log).toMatch(
        /entry\.added\s+mied:2:17-cv-11910 unnumbered entry of 2017-10-03 \(key u:2017-10-03:s407\)\n/,
      );
      expect(log).not.toContain('#u:');

      const tracked = await cli('ingest', '--track', '--db', db, join(FIX, 'mied-rss.jsonl'));
      expect(lines(tracked.stdout).map((e) => [e.type, e.case])).toEqual([
        ['case.tracked', 'mied:2:17-cv-12099'],
        ['entry.added', 'mied:2:17-cv-12099'],
      ]);
      const cases = lines((await cli('cases', '--json', '--db', db)).stdout);
      expect(cases.map((c) => [c.key, c.entries])).toEqual([
        ['mied:2:17-cv-11910', 4],
        ['mied:2:17-cv-12099', 1],
      ]);
    }, 240_000); // nine CLI processes, each starting tsx

    it('reports unreadable input and unknown cases with a message and exit code 1', async () => {
      const db = freshTarget(dialect);
      const bad = join(projectRoot, 'tests/fixtures/ingest/mied-rss.jsonl');
      const notJson = join(await import('node:os').then((os) => os.tmpdir()), `dw-bad-${process.pid}.jsonl`);
      writeFileSync(notJson, '{"kind": "pacer-rss", "cases": 3}\n');
      const r = await cli('ingest', '--db', db, notJson, bad);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is not docketwatch parse output');
      const e = await cli('entries', '--case', 'mied:9:99-cv-99999', '--db', db);
      expect(e.code).toBe(1);
      expect(e.stderr).toContain('is not in the record');
    }, 120_000);
  });
}
