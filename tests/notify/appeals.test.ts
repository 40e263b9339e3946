/**
 * An appeal is part of the case it comes from: an order the court of appeals dockets reaches the
 * district case's subscribers the day it is docketed there, labelled as that court labels it.
 */
import { afterEach, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { previewDigests } from '../../src/notify/digest.ts';
import { deliverOutbox } from '../../src/notify/outbox.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { SECRET } from '../support/messages.ts';
import { addEntry, CASE_KEY, seedCase } from '../support/notify-store.ts';
import { parse, startSmtp } from '../support/smtp.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const NOW = new Date('2018-12-20T18:00:00Z');
/** The Sixth Circuit's opinion, docketed on the appeal. */
const VACATUR = {
  number: 52,
  date: '2018-12-20',
  text: 'OPINION filed: The district court’s orders granting preliminary injunctions are VACATED and the case is REMANDED.',
};
/** An order the district court dockets the same day. */
const STATUS_CONFERENCE = {
  number: 501,
  date: '2018-12-20',
  text: 'ORDER regarding status conference. Signed by District Judge Mark A. Goldsmith.',
};

/** The district case's legal team, mailed at once. */
function subscribeCounsel(store: Store) {
  return subscribe(
    store,
    {
      email: 'counsel@example.org',
      case: CASE_KEY,
      audience: 'legal',
      frequency: 'immediate',
      confirmed: true,
    },
    { ...links, now: NOW },
  );
}

/** Hamama v. Adducci and its appeal to the Sixth Circuit (No. 17-2171): the ids of both. */
async function caseWithAppeal(store: Store): Promise<{ district: number; appeal: number }> {
  const district = await seedCase(store);
  await addCase(store.db, 'ca6', '17-2171', {
    parent: CASE_KEY,
    linkType: 'appeal',
    name: 'Hamama v. Adducci',
  });
  const appeal = await store.db
    .selectFrom('cases')
    .select('id')
    .where('court_id', '=', 'ca6')
    .executeTakeFirstOrThrow();
  return { district, appeal: appeal.id };
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'appeals reach the district case’s subscribers', () => {
    let store: Store | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
    });

    it('an opinion on the appeal’s docket is mailed to the district case’s legal team that day, as "Doc."', async () => {
      store = await freshStore(dialect);
      const { appeal } = await caseWithAppeal(store);
      const sub = await subscribeCounsel(store);
      await addEntry(store, appeal, VACATUR);
      const run = await processAlerts(store, links, { now: NOW });
      expect(run.queued).toBe(1);
      const queued = await store.db
        .selectFrom('outbox')
        .select(['subscription_id', 'subject'])
        .executeTakeFirstOrThrow();
      expect(queued.subscription_id).toBe(sub.subscription.id);
      expect(queued.subject).toContain('Doc. 52');
    });

    it('an immediate subscriber’s alerts that arrive together are one message, each docket’s under its own caption: the district court’s order under the case’s, the appeal’s under the appeal’s', async () => {
      store = await freshStore(dialect);
      const { district, appeal } = await caseWithAppeal(store);
      await subscribeCounsel(store);
      // The appeal's entry first: the batch's first event used to give every event its caption.
      await addEntry(store, appeal, VACATUR);
      await addEntry(store, district, STATUS_CONFERENCE);
      const run = await processAlerts(store, links, { now: NOW });
      expect(run.queued).toBe(1);
      const [text] = (await store.db.selectFrom('outbox_messages').select('message').execute()).map(
        (r) => (JSON.parse(r.message) as { text: string }).text,
      );
      // The message is the subscription's case: its caption heads it; each docket's events follow
      // their own caption, the district court's order never under the appeal's, nor the reverse.
      const districtAt = text!.indexOf('Hamama v. Adducci (MIED 2:17-cv-11910)\n');
      const appealAt = text!.indexOf('Hamama v. Adducci (CA6 17-2171)\n');
      expect(districtAt).toBeGreaterThan(-1);
      expect(appealAt).toBeGreaterThan(-1);
      const [first, second] = districtAt < appealAt ? [districtAt, appealAt] : [appealAt, districtAt];
      const underDistrict = districtAt < appealAt ? text!.slice(first, second) : text!.slice(second);
      const underAppeal = districtAt < appealAt ? text!.slice(second) : text!.slice(first, second);
      expect(underDistrict).toContain('ORDER regarding status conference');
      expect(underDistrict).not.toContain('VACATED');
      expect(underAppeal).toContain('VACATED');
      expect(underAppeal).not.toContain('status conference');
    });

    it('the appeal’s entries are in the district case’s digest, under the appeal, labelled "Doc." (the case’s own "ECF No.")', async () => {
      store = await freshStore(dialect);
      const { district, appeal } = await caseWithAppeal(store);
      const subscribed = new Date('2018-12-19T12:00:00Z');
      for (const [email, audience, language] of [
        ['counsel@example.org', 'legal', 'en'],
        ['advocate@example.org', 'advocate', 'es'],
      ] as const) {
        await subscribe(
          store,
          { email, case: CASE_KEY, audience, frequency: 'daily', confirmed: true, language },
          { ...links, now: subscribed },
        );
      }
      await addEntry(store, appeal, VACATUR);
      await addEntry(store, district, STATUS_CONFERENCE);
      const plans = await previewDigests(store, new Date('2018-12-21T15:00:00Z'), links);
      const legal = plans.find((p) => p.subscription.email === 'counsel@example.org')!.message!;
      expect(legal.text).toContain('The Sixth Circuit, appeal No. 17-2171: 1 new entry');
      expect(legal.text).toMatch(/Doc\. 52/);
      expect(legal.text).toContain('VACATED');
      expect(legal.text).not.toMatch(/ECF No\. 52/);
      expect(legal.text).toContain('ORDER regarding status conference');
      const advocate = plans.find((p) => p.subscription.email === 'advocate@example.org')!.message!;
      expect(advocate.text).toContain('apelación n.º 17-2171: 1 entrada nueva');
      expect(advocate.text).toContain('Doc. 52');
      expect(advocate.text).not.toContain('ECF n.º 52');
    });

    it('a Ninth Circuit opinion ("FILED PER CURIAM OPINION …") is named as the Ninth Circuit’s decision in every language, not "New entry"', async () => {
      store = await freshStore(dialect);
      await addCase(store.db, 'hid', '1:17-cv-00050', { name: 'State of Hawaii v. Trump' });
      await addCase(store.db, 'ca9', '17-15589', {
        parent: 'hid:1:17-cv-00050',
        linkType: 'appeal',
        name: 'State of Hawaii v. Trump',
      });
      const appeal = await store.db
        .selectFrom('cases')
        .select('id')
        .where('court_id', '=', 'ca9')
        .executeTakeFirstOrThrow();
      const at = new Date('2017-06-12T17:00:00Z');
      for (const [email, audience, language] of [
        ['counsel@example.org', 'legal', 'en'],
        ['family-es@example.org', 'advocate', 'es'],
        ['family-ar@example.org', 'advocate', 'ar'],
      ] as const) {
        await subscribe(
          store,
          { email, case: 'hid:1:17-cv-00050', audience, frequency: 'immediate', confirmed: true, language },
          { ...links, now: at },
        );
      }
      await addEntry(store, appeal.id, {
        number: 318,
        date: '2017-06-12',
        text: 'FILED PER CURIAM OPINION (MICHAEL DALY HAWKINS, RONALD M. GOULD and RICHARD A. PAEZ) AFFIRMED IN PART; VACATED IN PART; REMANDED WITH INSTRUCTIONS. (RMM)',
      });
      await processAlerts(store, links, { now: at });
      const server = await startSmtp();
      const mailer = createMailer(
        mailerConfig({ smtpUrl: server.url, from: 'docketwatch <a@watch.example.org>', timeoutMs: 3000 }),
      );
      try {
        await deliverOutbox(store, mailer, { now: () => at });
        const mails = await Promise.all(server.received.map((r) => parse(r.raw)));
        const to = (address: string) =>
          mails.find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text.includes(address))!;
        const legal = to('counsel@example.org');
        expect(legal.subject).toContain('Opinion of the Ninth Circuit (Doc. 318)');
        expect(legal.text).toContain('The Ninth Circuit issued its opinion (Doc. 318), filed June 12, 2017.');
        const es = to('family-es@example.org');
        expect(`${es.subject} ${es.text}`).toContain('Opinión dictada por el Noveno Circuito (Doc. 318)');
        const ar = to('family-ar@example.org');
        expect(`${ar.subject} ${ar.text}`).toContain('رأي محكمة استئناف الدائرة التاسعة');
        for (const m of mails) expect(`${m.subject} ${m.text}`).not.toMatch(/New entry|entrada|قيد \(/);
      } finally {
        await mailer.close();
        await server.close();
      }
    });
  });
}
