/**
 * No silent misses (issue #14), through the live path: an entry with a date the extractor cannot
 * read is stored as `needs review` on refresh, with the words that triggered it, and a person sees
 * it on the case page, on the maintainers' page, and in the legal team's digest ("1 entry needs a
 * person to read it") — not in an advocate's. A refresh that no longer flags it removes the row.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCase } from '../../db/cases.ts';
import { listEntryReviews, syncEntryReviews } from '../../db/entry-reviews.ts';
import type { Store } from '../../db/index.ts';
import { previewDigests } from '../../src/notify/digest.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { freshStore } from '../support/db.ts';
import { entry } from '../support/dockets.ts';
import { ADMIN_TOKEN, SECRET, testServer } from '../support/web.ts';
import { AS_OF, CASE, ingestEntries, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://watch.example.org';
const KEY = `${CASE.court}:${CASE.docket}`;
/** A court act with a date and no phrasing the readers know: nothing is read, so it is flagged. */
const UNREAD = 'ORDER: The matter is set down for the calendar of 7/14/2017. (jd)';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  await ingestEntries(store, [entry({ number: '90', dateFiled: '2017-06-26', description: UNREAD })]);
  app = await testServer(store, PUBLIC, AS_OF);
});

afterAll(async () => {
  await app?.close();
});

describe('entries that need a person to read them', () => {
  it('are stored on refresh with the words that triggered the flag', async () => {
    const c = (await findCase(store.db, KEY))!;
    const reviews = await listEntryReviews(store.db, c.id);
    const flagged = reviews.find((r) => r.entryNumber === '90');
    expect(flagged).toMatchObject({ reason: 'unread', dateFiled: '2017-06-26' });
    expect(flagged!.triggers).toContain('7/14/2017');
  });

  it('are listed on the case page for the legal team, escaped, with their triggers', async () => {
    const res = await app.inject({ method: 'GET', url: `/cases/${CASE.court}/${CASE.docket}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/entr(?:y needs|ies need) a person to read (?:it|them)/);
    expect(res.body).toContain('[90]');
    expect(res.body).toContain('“7/14/2017”');
  });

  it('are counted on the maintainers’ page', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/admin',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<strong>\d+ entr(?:y needs|ies need) a person to read (?:it|them)<\/strong>/);
  });

  it('are counted in the legal team’s digest, not in an advocate’s', async () => {
    const links = { publicUrl: PUBLIC, secret: SECRET, unsubscribeMailto: null, now: AS_OF };
    for (const [email, audience] of [
      ['counsel@example.org', 'legal'],
      ['advocate@example.org', 'advocate'],
    ] as const)
      await subscribe(
        store,
        { email, case: KEY, audience, frequency: 'daily', confirmed: true },
        { ...links, now: new Date('2017-06-20T12:00:00Z') },
      );
    // Something new after they subscribed, so there is a digest to send.
    await ingestEntries(store, [
      entry({
        number: '91',
        dateFiled: '2017-06-27',
        description: 'ORDER granting [89] Motion to Seal. (jd)',
      }),
    ]);
    const plans = await previewDigests(store, new Date('2017-06-28T23:00:00Z'), links, { case: KEY });
    const text = (email: string) => plans.find((p) => p.subscription.email === email)?.message?.text ?? '';
    expect(text('counsel@example.org')).toMatch(/\d+ entr(?:y needs|ies need) a person to read (?:it|them)/);
    expect(text('advocate@example.org')).not.toMatch(/a person to read/);
  });

  it('go away when a refresh no longer flags them', async () => {
    const c = (await findCase(store.db, KEY))!;
    const before = await listEntryReviews(store.db, c.id);
    const kept = before.filter((r) => r.entryNumber !== '90');
    expect(await syncEntryReviews(store.db, c.id, kept, AS_OF.toISOString())).toEqual({
      inserted: 0,
      updated: 0,
      removed: 1,
    });
    expect((await listEntryReviews(store.db, c.id)).map((r) => r.entryNumber)).not.toContain('90');
  });
});
