/**
 * Every court we poll reads as itself. A docket report names its court by its CM/ECF host
 * (`ecf.mied.uscourts.gov`) or, where a page has no court link, by its heading ("U.S. Bankruptcy
 * Court … District of Nebraska"); the entries are filed under the court that the page names. A court
 * whose host is not its id (Nebraska's bankruptcy court: host `neb`, id `nebraskab`) once read as
 * `neb`, a court no source polls, so its reports added nothing and its legal teams were never told
 * (found by the national bench: 13 tracked filings, all of that court, never mailed). Checked for
 * every trial court of the court table, and through the live worker for that court.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { addSource } from '../../db/sources.ts';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { allCourts, type Court } from '../../src/courts.ts';
import type { DistrictEntry, ReplayHistory } from '../../src/demo/history.ts';
import { PATHS, renderDistrictDocket } from '../../src/demo/render.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { seedCase, seedSubscription } from '../support/seed.ts';
import { mailSettings, startWorker, type TestWorker } from '../support/worker.ts';

const dirs: string[] = [];
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** CM/ECF hosts that are not the court's id (the public record: `ecf.neb.uscourts.gov`). */
const HOSTS: Record<string, string> = { nebraskab: 'neb' };

const DAY = Date.parse('2026-11-16T15:00:00Z');

function history(court: Court, docket: string): ReplayHistory {
  const entries: DistrictEntry[] = [
    {
      number: 7,
      dateFiled: '2026-11-16',
      time: '09:00',
      shortDescription: 'Motion for Relief from Stay',
      text: 'MOTION for Relief from Stay (the filing to tell) Filed by Creditor Example Bank N.A. (Counsel, Anne)',
      publishedAt: DAY,
      seqNo: 31,
      docId: '123000000007',
    },
  ];
  return {
    about: 'court reads as itself',
    court: court.id,
    courtName: court.name,
    zone: court.tz,
    docketNumber: docket,
    docketNumberFull: docket,
    caseName: 'Garcia v. Example Bank N.A.',
    people: null,
    pacerCaseId: '447794',
    assignedTo: 'Judge Example',
    referredTo: '',
    dateFiled: '2026-11-02',
    cause: '',
    natureOfSuit: '',
    jurisdiction: '',
    parties: [],
    attorneys: {},
    feed: 'all',
    entries,
    appeals: [],
    warnings: [],
  };
}

const trialCourts = allCourts().filter((c) => c.type === 'district' || c.type === 'bankruptcy');
const docketOf = (c: Court) => (c.type === 'bankruptcy' ? '4:26-bk-03155' : '4:26-cv-03155');

describe('a docket report reads as the court it comes from', () => {
  it('by its heading alone, for every trial court of the court table', () => {
    expect(trialCourts.length).toBeGreaterThan(180);
    expect(trialCourts.map((c) => c.id)).toContain('nebraskab');
    for (const court of trialCourts) {
      const page = renderDistrictDocket(
        history(court, docketOf(court)),
        'http://127.0.0.1:9',
        DAY + 3_600_000,
      );
      const parsed = parsePacer(Buffer.from(page.body, 'latin1'), {});
      expect(parsed.court, court.name).toBe(court.id);
      expect(parsed.cases[0]?.entries.map((e) => e.number)).toEqual(['7']);
    }
  });

  it('by its CM/ECF host, where the page links to it', () => {
    for (const court of trialCourts) {
      const page = renderDistrictDocket(
        history(court, docketOf(court)),
        'http://127.0.0.1:9',
        DAY + 3_600_000,
      );
      const host = `https://ecf.${HOSTS[court.id] ?? court.id}.uscourts.gov`;
      const linked = page.body.replaceAll('http://127.0.0.1:9', host);
      expect(linked, court.id).toContain(host);
      expect(parsePacer(Buffer.from(linked, 'latin1'), {}).court, court.id).toBe(court.id);
    }
  });

  it("tells a legal team of a Nebraska bankruptcy filing read from the court's docket report (live worker)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docketwatch-court-itself-'));
    dirs.push(dir);
    const outboxDir = join(dir, 'outbox');
    const court = allCourts().find((c) => c.id === 'nebraskab')!;
    const h = history(court, docketOf(court));
    const server = await startServer({
      [PATHS.docket]: (_req, res) => {
        const r = renderDistrictDocket(h, server.origin, DAY + 3_600_000);
        res.writeHead(200, { 'content-type': r.contentType }).end(Buffer.from(r.body, 'latin1'));
      },
    });
    servers.push(server);
    const store = await openDatabase(join(dir, 'dw.sqlite'));
    const now = new Date(DAY + 2 * 3_600_000);
    let running: TestWorker | null = null;
    try {
      const key = await seedCase(store, { court: court.id, docket: docketOf(court), name: h.caseName! });
      const report = await addSource(store.db, {
        type: 'pacer-docket-public',
        court: court.id,
        case: key,
        config: {
          url: `${server.origin}${PATHS.docket}?${h.pacerCaseId}`,
          court: court.id,
          kind: 'pacer-docket',
        },
      });
      await seedSubscription(
        store,
        { email: 'team@example.org', audience: 'legal', frequency: 'immediate', case: key },
        now,
      );
      running = await startWorker(store, mailSettings({ outboxDir }), {
        now: () => now,
        settings: { pollJitterMs: 0 },
        schedule: false,
      });
      const { worker } = running;
      await worker.idle();
      await worker.run('poll', { source: report });
      await worker.idle();
      await worker.run('notify');
      await worker.idle();
      const mails = readdirSync(outboxDir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => readFileSync(join(outboxDir, f), 'latin1').replace(/=\r?\n/g, ''));
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('team@example.org');
      expect(mails[0]).toMatch(/the filing to tell/i);
    } finally {
      await running?.stop();
      await store.close();
    }
  });
});
