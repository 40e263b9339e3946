/**
 * Issue #13: only the person who holds a subscription's signed link can stop or change it, and the
 * public subscribe form tells nobody whether an address is subscribed. Through the live server
 * (fastify `inject`) over a real SQLite store.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { markBounced } from '../../src/notify/bounces.ts';
import { subscribe } from '../../src/notify/subscriptions.ts';
import { signToken, verifyToken } from '../../src/notify/tokens.ts';
import { freshStore } from '../support/db.ts';
import { csrfOf, SECRET, testServer } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = `/cases/${CASE.court}/${CASE.docket}`;
const links = { publicUrl: PUBLIC, secret: SECRET, now: AS_OF };

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await freshStore('sqlite');
  await seedCase(store);
  app = await testServer(store, PUBLIC, AS_OF, {
    adminToken: null,
    subscribeLimit: { max: 1000, windowMs: 60_000 },
  });
});

afterAll(async () => {
  await app?.close();
});

const rowOf = (email: string) =>
  store.db.selectFrom('subscriptions').selectAll().where('email', '=', email).executeTakeFirst();

async function subscribeForm(email: string, extra = 'audience=legal&frequency=weekly') {
  const res = await app.inject({ method: 'GET', url: PAGE });
  const cookie = res.cookies.find((c) => c.name === 'dw_csrf')!;
  return app.inject({
    method: 'POST',
    url: '/subscribe',
    payload: `_csrf=${encodeURIComponent(csrfOf(res.body))}&email=${encodeURIComponent(email)}&${extra}&case=${encodeURIComponent(CASE.key)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `dw_csrf=${cookie.value}` },
  });
}

/** The page with the address and CSRF token taken out, so answers for different addresses compare. */
const answer = (body: string, email: string) =>
  body
    .replace(new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'EMAIL')
    .replace(/name="_csrf" value="[^"]+"/g, '')
    .replace(/dw_csrf=[^;]+/g, '');

describe('unsubscribe and manage need the signed link of that subscription', () => {
  it('an address in place of a token unsubscribes no one, in any letter case, and cancels nothing', async () => {
    await subscribe(store, { email: 'alice@example.org', case: CASE.key, confirmed: true }, links);
    for (const token of ['alice@example.org', 'ALICE@example.org', 'alice%40example.org']) {
      for (const body of ['List-Unsubscribe=One-Click', `token=${token}`]) {
        const res = await app.inject({
          method: 'POST',
          url: `/unsubscribe?token=${token}`,
          payload: body,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(res.statusCode, `${token} ${body}`).toBe(400);
        expect(res.body).not.toContain('alice');
      }
      expect((await app.inject({ method: 'GET', url: `/unsubscribe?token=${token}` })).statusCode).toBe(400);
      expect((await app.inject({ method: 'GET', url: `/manage?token=${token}` })).statusCode).toBe(400);
    }
    expect((await rowOf('alice@example.org'))?.status).toBe('active');
  });

  it("another subscription's unsubscribe token, or a manage token, does not unsubscribe", async () => {
    const bob = await subscribe(store, { email: 'bob@example.org', case: CASE.key, confirmed: true }, links);
    const manage = signToken({ purpose: 'manage', subject: bob.subscription.id }, SECRET, AS_OF);
    const res = await app.inject({
      method: 'POST',
      url: `/unsubscribe?token=${manage}`,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(400);
    expect((await rowOf('bob@example.org'))?.status).toBe('active');
  });
});

describe('subscribe gives one answer for every address', () => {
  it('new, pending, active, unsubscribed and bounced addresses get the same page', async () => {
    await subscribe(store, { email: 'active@example.org', case: CASE.key, confirmed: true }, links);
    await subscribe(store, { email: 'pending@example.org', case: CASE.key }, links);
    await subscribe(store, { email: 'gone@example.org', case: CASE.key, confirmed: true }, links);
    await store.db
      .updateTable('subscriptions')
      .set({ status: 'unsubscribed' })
      .where('email', '=', 'gone@example.org')
      .execute();
    await subscribe(store, { email: 'bounced@example.org', case: CASE.key, confirmed: true }, links);
    await markBounced(store.db, 'bounced@example.org', 550, 'no such user', AS_OF);

    const answers = new Map<string, { status: number; body: string }>();
    for (const email of [
      'newcomer@example.org',
      'pending@example.org',
      'active@example.org',
      'ACTIVE@Example.org',
      'gone@example.org',
      'bounced@example.org',
    ]) {
      const res = await subscribeForm(email);
      answers.set(email, { status: res.statusCode, body: answer(res.body, email) });
    }
    const first = answers.get('newcomer@example.org')!;
    expect(first.status).toBe(200);
    expect(first.body).toContain('Check your email');
    for (const [email, a] of answers) {
      expect(a.status, email).toBe(first.status);
      expect(a.body, email).toBe(first.body);
    }
  });

  it('an active subscription is not changed from the public form; its owner is mailed a manage link', async () => {
    const before = await rowOf('active@example.org');
    expect(before).toMatchObject({ audience: 'legal', frequency: 'daily', status: 'active' });
    const res = await subscribeForm('active@example.org', 'audience=advocate&frequency=immediate');
    expect(res.body).not.toContain('saved');
    const after = await rowOf('active@example.org');
    expect(after).toMatchObject({
      audience: before!.audience,
      frequency: before!.frequency,
      status: 'active',
      updated_at: before!.updated_at,
    });
    const mail = await store.db
      .selectFrom('outbox')
      .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
      .selectAll()
      .where('recipient', '=', 'active@example.org')
      .execute();
    expect(mail).toHaveLength(1);
    const text = JSON.parse(mail[0]!.message).text as string;
    const token = /\/manage\?token=([A-Za-z0-9_.-]+)/.exec(text)?.[1];
    expect(token).toBeDefined();
    expect(verifyToken(token!, 'manage', SECRET, AS_OF).subject).toBe(before!.id);
    expect(text).not.toMatch(/\/confirm\?token=/);
  });

  it('the same mailbox in another letter case is the same subscriber (no second row, no second confirmation)', async () => {
    await subscribeForm('Carol@Example.org');
    await subscribeForm('carol@EXAMPLE.ORG');
    await subscribeForm('CAROL@example.org');
    const rows = await store.db
      .selectFrom('subscriptions')
      .selectAll()
      .where((eb) => eb(eb.fn('lower', ['email']), '=', 'carol@example.org'))
      .execute();
    expect(rows).toHaveLength(1);
    const confirmations = await store.db
      .selectFrom('outbox')
      .select('id')
      .where('kind', '=', 'confirm')
      .where('subscription_id', '=', rows[0]!.id)
      .execute();
    expect(confirmations).toHaveLength(1);
  });

  it('a bounced address is not mailed again from the public form', async () => {
    await subscribeForm('BOUNCED@example.org');
    const mail = await store.db
      .selectFrom('outbox')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['recipient']), '=', 'bounced@example.org'))
      .execute();
    expect(mail).toHaveLength(0);
  });
});
