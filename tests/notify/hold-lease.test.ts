/**
 * A hold lasts as long as the ingest holding it is alive (#18), read at a real SMTP server on both
 * dialects, with the ingest in a real process (`hold-child.ts`) stopped between an appeal's
 * dismissal and what it does to the case appealed from (the stay pending appeal ends, the
 * injunction applies again), for several lease lengths:
 *
 * - alive and slow: nothing about the dismissal is mailed while it works, then ONE message tells
 *   the dismissal and the injunction applying again (the old rule let go of a hold after 60 s, and
 *   split them under any backlog longer than that);
 * - killed with SIGKILL: its lease runs out, the dismissal is mailed once, and alerts go on.
 *
 * A fictional case in the District of New Mexico, appealed to the Tenth Circuit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import type { DocketEntry } from '../../src/model/docket.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { mailAlerts, type ReceivedMail, seededWithMail } from '../support/alerts.ts';
import { DIALECTS, describeDialect } from '../support/db.ts';
import { LINKS } from '../support/seed.ts';
import { projectRoot } from '../support/shared.ts';
import type { TestSmtp } from '../support/smtp.ts';
import {
  type AppealedCase,
  type DocketRef,
  filed,
  nefOf,
  trackAppealedCase,
  VOLUNTARY_DISMISSAL,
} from './appealed-case.ts';

const CAPTION = 'Rio Grande Tenants Union v. Mesa Verde Housing Authority';
const COUNSEL = 'counsel@example.org';
/** Seconds a hold lasts unless renewed, in the child: short, so the test sees it renewed several times over. */
const LEASE_SECONDS = 2;

const DISTRICT_DOCKET = [
  filed(
    1,
    '2023-05-02',
    'COMPLAINT against Mesa Verde Housing Authority, filed by Rio Grande Tenants Union. (Entered: 05/02/2023)',
  ),
  filed(
    18,
    '2023-06-20',
    'ORDER granting [9] Motion for Preliminary Injunction. Defendant is ENJOINED from enforcing the May 1, 2023 occupancy rule against members of Plaintiff pending final judgment. Signed by Judge Marisol T. Ibarra. (Entered: 06/20/2023)',
  ),
  filed(
    21,
    '2023-06-28',
    'NOTICE OF APPEAL to 10th Circuit re [18] Order on Motion for Preliminary Injunction by Defendant Mesa Verde Housing Authority. (Entered: 06/28/2023)',
  ),
  filed(
    27,
    '2023-07-19',
    "ORDER granting Defendant's [23] Motion for Stay Pending Appeal. The Court's June 20, 2023 Order granting a preliminary injunction (Dkt. 18) is STAYED pending the Tenth Circuit's resolution of Defendant's appeal. Signed by Judge Marisol T. Ibarra. (Entered: 07/19/2023)",
  ),
];

const CASE: AppealedCase = {
  caption: CAPTION,
  district: { court: 'nmd', docket: '1:23-cv-00517' },
  entries: DISTRICT_DOCKET,
  appeal: { court: 'ca10', docket: '23-2140' },
  other: { court: 'nmd', docket: '1:23-cv-00602', caption: 'Sandia Renters Council v. City of Placitas' },
};
const { district: DISTRICT, other: OTHER, appeal: APPEAL } = CASE;

const DISMISSAL = filed(11, '2023-09-12', VOLUNTARY_DISMISSAL);

const nef = (at: DocketRef, e: DocketEntry) => nefOf(CASE, at, e);

async function seed(store: Store): Promise<void> {
  await trackAppealedCase(store, CASE);
  for (const c of [DISTRICT, OTHER])
    await subscribe(
      store,
      {
        email: COUNSEL,
        case: `${c.court}:${c.docket}`,
        audience: 'legal',
        frequency: 'immediate',
        confirmed: true,
      },
      LINKS,
    );
}

const aboutDismissal = (mails: ReceivedMail[]) =>
  mails.filter((m) => /dismiss|applies again|no longer on hold/i.test(`${m.subject}\n${m.text}`));

/** The child ingesting the dismissal, once it says its entry's events are written under its hold. */
async function startHolding(
  target: string,
): Promise<{ child: ChildProcess; hold: string; exit: Promise<number | null> }> {
  const dir = mkdtempSync(join(tmpdir(), 'docketwatch-hold-'));
  const file = join(dir, 'dismissal.json');
  writeFileSync(file, JSON.stringify(nef(APPEAL, DISMISSAL)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/notify/hold-child.ts', target, file], {
    cwd: projectRoot,
    env: { ...process.env, HOLD_LEASE_SECONDS: String(LEASE_SECONDS) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const hold = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /held (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exit.then((code) => reject(new Error(`the child exited (${code}) before holding: ${err}`)));
  });
  return { child, hold, exit };
}

/** The instant the hold's lease runs out, as stored; null when there is no lease. */
async function leaseOf(store: Store, hold: string): Promise<string | null> {
  const row = await store.db
    .selectFrom('hold_leases')
    .select('expires_at')
    .where('hold', '=', hold)
    .executeTakeFirst();
  return row?.expires_at ?? null;
}

/**
 * Run alerts, again and again, while the child holds, until its lease has been renewed past
 * three lease lengths after the first one read (the child alive, working slowly): what was mailed.
 */
async function alertsWhileHeld(store: Store, smtp: TestSmtp, hold: string): Promise<ReceivedMail[]> {
  const first = await leaseOf(store, hold);
  expect(first, 'the lease is written with the held events').not.toBeNull();
  const past = new Date(Date.parse(first!) + 3 * LEASE_SECONDS * 1000).toISOString();
  let mails: ReceivedMail[] = [];
  for (;;) {
    mails = await mailAlerts(store, smtp);
    const now = await leaseOf(store, hold);
    if (now !== null && now > past) return mails;
    await new Promise((r) => setTimeout(r, 200));
  }
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'a hold lasts while its ingest is alive', () => {
    let store: Store & { target: string };
    let smtp: TestSmtp;
    beforeEach(async () => {
      ({ store, smtp } = await seededWithMail(dialect, seed));
    });
    afterEach(async () => {
      await smtp.close();
    });

    it('a live, slow ingest is never split: its entry and what it did are one message, however long it works', async () => {
      const { child, hold, exit } = await startHolding(store.target);
      try {
        const meanwhile = await alertsWhileHeld(store, smtp, hold);
        expect(
          aboutDismissal(meanwhile).map((m) => m.subject),
          'nothing told while the ingest works',
        ).toEqual([]);
        child.stdin!.write('go\n');
        expect(await exit).toBe(0);
      } finally {
        child.kill('SIGKILL');
      }
      const told = aboutDismissal(await mailAlerts(store, smtp));
      expect(told.map((m) => m.subject)).toHaveLength(1);
      expect(told[0]!.text).toMatch(/dismiss/i);
      expect(told[0]!.text).toMatch(/applies again|no longer on hold/i);
      expect(await leaseOf(store, hold), 'the lease goes with the hold').toBeNull();
    });

    it("a killed worker's hold runs out: its entry is mailed once, and alerts go on", async () => {
      const { child, hold, exit } = await startHolding(store.target);
      expect(aboutDismissal(await alertsWhileHeld(store, smtp, hold))).toEqual([]);
      child.kill('SIGKILL');
      await exit;
      // Another case's entry after the dead worker's: it must not wait behind the hold for ever.
      await ingestParsed(
        store,
        nef(
          OTHER,
          filed(
            5,
            '2023-09-13',
            'MOTION to Compel Discovery by Sandia Renters Council. (Entered: 09/13/2023)',
          ),
        ),
      );
      let mails: ReceivedMail[] = [];
      const end = Date.now() + 120_000;
      while (!mails.some((m) => m.text.includes('Motion to Compel') || m.text.includes('MOTION to Compel'))) {
        if (Date.now() > end)
          throw new Error(`no alert after the worker died: ${mails.map((m) => m.subject)}`);
        await new Promise((r) => setTimeout(r, 250));
        mails = await mailAlerts(store, smtp);
      }
      const told = aboutDismissal(mails);
      expect(told.map((m) => m.subject)).toHaveLength(1);
      expect(told[0]!.text).toMatch(/dismiss/i);
    });
  });
}
