/**
 * Every change mailed once, none lost, however writers and readers of the event log interleave
 * (#18 national day with several workers, #12 one mail per change). What the subscribers of a
 * fictional case (D. Colo., appeal to the Tenth Circuit) receive at a real SMTP server on 127.0.0.1:
 *
 * - PostgreSQL: an ingest whose transaction took its event ids first but commits after another
 *   ingest's (held open at a lock the test owns, by a trigger the test adds to its own schema, so
 *   the order is forced, not hoped for) is still mailed: the alert cursor never moves past an id
 *   another transaction still holds.
 * - Both dialects: an appeal's entry and what it does to the case appealed from (the appeal
 *   dismissed, so the stay pending appeal ends and the injunction applies again) are ONE message to
 *   the district case's subscribers, even when another ingest's held entry sits between the
 *   entry and its consequence in the log, and when the alert ranges are smaller than the ingest.
 * - Both dialects: ingests and alert runs at once, many times over, mail every entry exactly once.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { followingIngest } from '../../db/ingests.ts';
import { refreshAfterIngest } from '../../src/deadlines/record.ts';
import { ingest } from '../../src/ingest/index.ts';
import { ingestParsed, releaseHold } from '../../src/ingest/pipeline.ts';
import type { DocketEntry } from '../../src/model/docket.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { eventWriterGate, mailAlerts, type ReceivedMail, seededWithMail, until } from '../support/alerts.ts';
import { DIALECTS, describeDialect } from '../support/db.ts';
import { LINKS } from '../support/seed.ts';
import type { TestSmtp } from '../support/smtp.ts';
import {
  type AppealedCase,
  type DocketRef,
  filed,
  nefOf,
  trackAppealedCase,
  VOLUNTARY_DISMISSAL,
} from './appealed-case.ts';

const CAPTION = 'Front Range Riders Alliance v. Summit Transit District';
const COUNSEL = 'counsel@example.org';
const ADVOCATE = 'advocate@example.org';

/** The district case up to its injunction stayed pending appeal. */
const DISTRICT_DOCKET = [
  filed(
    1,
    '2022-02-10',
    'COMPLAINT against Summit Transit District, filed by Front Range Riders Alliance. (Entered: 02/10/2022)',
  ),
  filed(
    20,
    '2022-03-01',
    'ORDER granting [12] Motion for Preliminary Injunction. Defendant is ENJOINED from enforcing the February 1, 2022 fare-suspension policy against members of Plaintiff pending final judgment. Signed by Judge Elena V. Marsh. (Entered: 03/01/2022)',
  ),
  filed(
    24,
    '2022-03-08',
    'NOTICE OF APPEAL to 10th Circuit re [20] Order on Motion for Preliminary Injunction by Defendant Summit Transit District. (Entered: 03/08/2022)',
  ),
  filed(
    30,
    '2022-04-05',
    "ORDER granting Defendant's [26] Motion for Stay Pending Appeal. The Court's March 1, 2022 Order granting a preliminary injunction (Dkt. 20) is STAYED pending the Tenth Circuit's resolution of Defendant's appeal. Signed by Judge Elena V. Marsh. (Entered: 04/05/2022)",
  ),
];

const CASE: AppealedCase = {
  caption: CAPTION,
  district: { court: 'cod', docket: '1:22-cv-00310' },
  entries: DISTRICT_DOCKET,
  appeal: { court: 'ca10', docket: '22-1085' },
  other: { court: 'cod', docket: '1:22-cv-00411', caption: 'Alpine Workers Center v. Granite County' },
};
const { district: DISTRICT, other: OTHER, appeal: APPEAL } = CASE;

/** The Tenth Circuit's order dismissing the appeal, on the appeal's docket. */
const DISMISSAL = filed(14, '2022-06-14', VOLUNTARY_DISMISSAL);

/** A notice of electronic filing: one entry of a case, with its docket text. */
const nef = (at: DocketRef, e: DocketEntry) => nefOf(CASE, at, e);

function motion(n: number): DocketEntry {
  return filed(
    n,
    '2022-05-02',
    `MOTION for Leave to File Exhibit ${n} Under Restriction by Front Range Riders Alliance. (Entered: 05/02/2022)`,
  );
}

/** The district case (with its docket so far), its appeal, another case; the district case's two readers, the legal team also the other case's. */
async function seed(store: Store): Promise<void> {
  await trackAppealedCase(store, CASE);
  await ingestParsed(store, nef(OTHER, motion(3)));
  for (const [email, audience, frequency] of [
    [COUNSEL, 'legal', 'immediate'],
    [ADVOCATE, 'advocate', 'daily'],
  ] as const)
    await subscribe(
      store,
      { email, case: `${DISTRICT.court}:${DISTRICT.docket}`, audience, frequency, confirmed: true },
      LINKS,
    );
  await subscribe(
    store,
    {
      email: COUNSEL,
      case: `${OTHER.court}:${OTHER.docket}`,
      audience: 'legal',
      frequency: 'immediate',
      confirmed: true,
    },
    LINKS,
  );
}

const to = (mails: ReceivedMail[], address: string) => mails.filter((m) => m.to.includes(address));

/** The mails to `address` that speak of the Tenth Circuit's dismissal or of what it did. */
const aboutDismissal = (mails: ReceivedMail[], address: string) =>
  to(mails, address).filter((m) =>
    /dismiss|applies again|no longer on hold/i.test(`${m.subject}\n${m.text}`),
  );

for (const dialect of DIALECTS) {
  describeDialect(
    dialect,
    'every change mailed once, none lost, however writers and readers interleave',
    () => {
      let store: Store & { target: string };
      let smtp: TestSmtp;
      beforeEach(async () => {
        ({ store, smtp } = await seededWithMail(dialect, seed));
      });
      afterEach(async () => {
        await smtp.close();
      });

      it("an appeal's dismissal and the injunction it brings back are one message, though another ingest's held entry sits between them", async () => {
        const appeal = `${randomBytes(6).toString('hex')}-x`;
        const other = `${randomBytes(6).toString('hex')}-y`;
        // The appeal's entry is written (held), then another case's entry (held: its ingest is still
        // at work), then the appeal's consequences on the district case; the appeal's ingest is done.
        await followingIngest(appeal, async () => {
          const written = await ingest(store.db, nef(APPEAL, DISMISSAL), { hold: appeal });
          await followingIngest(other, () => ingest(store.db, nef(OTHER, motion(4)), { hold: other }));
          await refreshAfterIngest(store, written.events);
          await releaseHold(store, appeal);
        });
        const early = await mailAlerts(store, smtp);
        await releaseHold(store, other);
        const mails = await mailAlerts(store, smtp);
        for (const address of [COUNSEL, ADVOCATE]) {
          const told = aboutDismissal(mails, address);
          expect(
            told.map((m) => m.subject),
            `${address}: one message about the dismissal (mails before the other ingest ended: ${early.length})`,
          ).toHaveLength(1);
          expect(told[0]!.text).toMatch(/applies again|no longer on hold/i);
        }
        expect(aboutDismissal(mails, COUNSEL)[0]!.text).toMatch(/dismiss/i);
      });

      it('an ingest larger than an alert range is still one message: the range grows to the end of the ingest', async () => {
        await ingestParsed(store, nef(APPEAL, DISMISSAL));
        const mails = await mailAlerts(store, smtp, { batchSize: 1 });
        for (const address of [COUNSEL, ADVOCATE])
          expect(
            aboutDismissal(mails, address).map((m) => m.subject),
            address,
          ).toHaveLength(1);
      });

      it('ingests and alert runs at once, many times over: every entry mailed to the legal team exactly once', async () => {
        const numbers = Array.from({ length: 24 }, (_, i) => 40 + i);
        const reader = (async () => {
          for (let i = 0; i < 12; i++) await processAlerts(store, LINKS, { batchSize: 3 });
        })();
        // Two writers at once (PostgreSQL: two connections; SQLite: one writer at a time).
        await Promise.all([
          (async () => {
            for (const n of numbers.filter((x) => x % 2 === 0))
              await ingestParsed(store, nef(DISTRICT, motion(n)));
          })(),
          (async () => {
            for (const n of numbers.filter((x) => x % 2 === 1))
              await ingestParsed(store, nef(DISTRICT, motion(n)));
          })(),
          reader,
        ]);
        const mails = to(await mailAlerts(store, smtp), COUNSEL);
        for (const n of numbers) {
          const naming = mails.filter((m) => m.text.includes(`Exhibit ${n} Under Restriction`));
          expect(naming.length, `ECF No. ${n}: ${naming.map((m) => m.subject).join(' | ')}`).toBe(1);
        }
      });

      if (dialect === 'postgres')
        it('an ingest that took its event ids first and commits last is still mailed (the cursor waits for it)', async () => {
          // The test's own lock: ECF No. 7's ingest stops inside its transaction once its events
          // have their ids, and commits only when the test lets it.
          const gate = await eventWriterGate(store, '7');
          try {
            await gate.close();
            const first = ingestParsed(store, nef(DISTRICT, motion(7)));
            await until(gate.holding);
            // The other case's ECF No. 8 (nothing of No. 7's case to wait for) takes the next ids
            // and commits while No. 7's transaction is open.
            await ingestParsed(store, nef(OTHER, motion(8)));
            // Alerts run now; they may finish, or wait for the open transaction (and are let go then).
            let done = false;
            const alerts = processAlerts(store, LINKS).finally(() => {
              done = true;
            });
            await until(async () => done || (await gate.eventsLockAwaited()));
            await gate.open();
            await first;
            await alerts;
            const mails = to(await mailAlerts(store, smtp), COUNSEL);
            // The legal team follows both cases.
            for (const n of [7, 8])
              expect(
                mails.filter((m) => m.text.includes(`Exhibit ${n} Under Restriction`)).length,
                `ECF No. ${n}`,
              ).toBe(1);
          } finally {
            await gate.end();
          }
        });
    },
  );
}
