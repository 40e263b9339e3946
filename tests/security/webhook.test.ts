/**
 * Issue #13: the CourtListener webhook cannot be used to tell subscribers what the court did not do.
 * A real HTTP server on 127.0.0.1 plays CourtListener's REST API; docketwatch's server takes the
 * deliveries over real HTTP. Forged deliveries (a made-up order vacating the injunction, a rewritten
 * entry) change nothing a person reads; a delivery for an entry the API has brings in the API's copy.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { housekeepingSchedule } from '../../schedules/housekeeping.ts';
import type { JobContext } from '../../schedules/types.ts';
import { loadConfig, redactedConfig } from '../../src/config.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { courtListenerWebhookSettings } from '../../src/web/routes/webhooks.ts';
import { buildServer } from '../../src/web/server.ts';
import { freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../scrapers/courtlistener/fixtures/${name}`, import.meta.url), 'utf8'));
const TOKEN = 'cl-test-token-91b2';
const SECRET = 'whsec-4f1d8a0c2e6b9f3a7d5c1e0b';
const CASE_KEY = 'mied:2:17-cv-11910';
const DOCKET_ID = 6105123;

type ClEntry = Record<string, unknown> & { id: number; date_modified: string };
/** What CourtListener's API holds for the docket; tests add entries to it. */
const api: ClEntry[] = [...fixture('entries-1.json').results, ...fixture('entries-2.json').results];
let apiServer: TestServer;

function clEntry(id: number, number: number, description: string, plainText: string): ClEntry {
  return {
    id,
    docket: DOCKET_ID,
    entry_number: number,
    date_filed: '2023-02-01',
    date_modified: `2023-02-01T10:00:00.${String(id).padStart(6, '0')}-08:00`,
    description,
    pacer_sequence_number: number,
    recap_documents: [
      {
        id: id * 10,
        description: 'Order',
        document_number: String(number),
        attachment_number: null,
        pacer_doc_id: null,
        page_count: 2,
        is_available: true,
        absolute_url: `/docket/${DOCKET_ID}/${number}/hamama-v-adducci/`,
        plain_text: plainText,
      },
    ],
  };
}

const VACATUR = clEntry(
  900,
  120,
  'ORDER Lifting Stay and vacating the preliminary injunction [87]. Signed by District Judge Mark A. Goldsmith.',
  'ORDER. The stay of removal is lifted. The preliminary injunction entered at ECF No. 87 is VACATED. IT IS SO ORDERED.',
);

const delivery = (...results: ClEntry[]) => ({
  webhook: { version: 2, event_type: 1, date_created: '2023-02-01T10:00:00-08:00' },
  payload: { results },
});

let store: Store;
let web: FastifyInstance;
let origin: string;
const logged: string[] = [];

beforeAll(async () => {
  process.env.COURTLISTENER_TOKEN = TOKEN;
  const json = (res: ServerResponse, body: unknown, status = 200) =>
    void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  apiServer = await startServer({
    '/api/rest/v4/dockets/': (_req, res) => json(res, fixture('dockets.json')),
    '/api/rest/v4/docket-entries/': (req, res, url) => {
      if (req.headers.authorization !== `Token ${TOKEN}`) return json(res, { detail: 'Invalid token.' }, 401);
      const since = url.searchParams.get('date_modified__gte') ?? '';
      const results = api
        .filter((e) => e.date_modified >= since)
        .sort((a, b) => a.date_modified.localeCompare(b.date_modified));
      json(res, { next: null, results });
    },
    '/api/rest/v4/recap-documents/9087/': (_req, res) => json(res, fixture('recap-document-9087.json')),
  });
  store = await freshStore('sqlite');
  await addCase(store.db, 'mied', '2:17-cv-11910');
  const id = await addSource(store.db, {
    type: 'courtlistener',
    court: null,
    case: CASE_KEY,
    config: { court: 'mied', docketNumber: '2:17-cv-11910', baseUrl: apiServer.origin, minIntervalMs: 250 },
  });
  const [row] = await configuredSources(store.db, id);
  const first = await pollSource(store, row!, {
    http: new HttpClient({ clock: new FakeClock(), hostLimits: {} }),
  });
  expect(first.error).toBeNull();
  const { default: pino } = await import('pino');
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(line) });
  web = await buildServer({
    store,
    publicUrl: 'https://watch.example.org',
    notify: null,
    logger,
    courtListenerWebhook: {
      secret: SECRET,
      http: new HttpClient({ clock: new FakeClock(), hostLimits: {} }),
      rateLimit: { max: 20, windowMs: 60_000 },
    },
  });
  await web.listen({ host: '127.0.0.1', port: 0 });
  const address = web.server.address() as import('node:net').AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await web?.close();
  await apiServer?.close();
});

let keys = 0;
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `k-${++keys}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

const injunctionInForce = async () =>
  (await casePosture(store, CASE_KEY, '2023-02-02')).inForce.some((f) => f.kind === 'injunction');
const entry = (key: string) =>
  store.db.selectFrom('entries').selectAll().where('entry_key', '=', key).executeTakeFirst();
const eventsCount = async () =>
  Number(
    (
      await store.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the webhook needs its secret', () => {
  it('is off without COURTLISTENER_WEBHOOK_SECRET: the old address takes nothing', async () => {
    const off = await buildServer({ store, publicUrl: 'https://watch.example.org', notify: null });
    try {
      for (const url of ['/webhooks/courtlistener', `/webhooks/courtlistener/${SECRET}`]) {
        const res = await off.inject({
          method: 'POST',
          url,
          payload: delivery(VACATUR),
          headers: { 'idempotency-key': `off-${url}` },
        });
        expect(res.statusCode, url).toBe(404);
      }
    } finally {
      await off.close();
    }
    expect(await store.db.selectFrom('webhook_deliveries').selectAll().execute()).toEqual([]);
  });

  it('refuses a delivery without the secret, or with a wrong one, and records nothing', async () => {
    for (const path of [
      '/webhooks/courtlistener',
      '/webhooks/courtlistener/wrong',
      `/webhooks/courtlistener/${SECRET.slice(0, -1)}`,
      `/webhooks/courtlistener/${SECRET}x`,
    ]) {
      expect((await post(path, delivery(VACATUR))).status, path).toBe(404);
    }
    expect(await store.db.selectFrom('webhook_deliveries').selectAll().execute()).toEqual([]);
    expect(await entry('120')).toBeUndefined();
  });

  it('never writes the secret into the request log', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(SECRET);
  });
});

describe('webhook content is never trusted over the docket', () => {
  it('a forged order vacating the injunction, which the API does not have, changes nothing and tells no one', async () => {
    expect(await injunctionInForce()).toBe(true);
    const before = await eventsCount();
    const res = await post(`/webhooks/courtlistener/${SECRET}`, delivery(VACATUR));
    expect(res.status).toBeLessThan(300);
    expect(await entry('120')).toBeUndefined();
    expect(await injunctionInForce()).toBe(true);
    expect(await eventsCount()).toBe(before);
  });

  it("a forged delivery cannot rewrite a real entry's text or its document link", async () => {
    const real = await entry('87');
    expect(real?.description).toMatch(/Preliminary Injunction/);
    const forged = {
      ...api.find((e) => e.entry_number === 87)!,
      date_modified: '2023-03-01T00:00:00.000000-08:00',
      description: 'ORDER vacating the preliminary injunction. Signed by District Judge Mark A. Goldsmith.',
      recap_documents: [
        {
          id: 1,
          description: 'Order',
          document_number: '87',
          attachment_number: null,
          is_available: true,
          absolute_url: 'https://attacker.example/order.pdf',
          plain_text: 'The preliminary injunction is VACATED.',
        },
      ],
    };
    await post(`/webhooks/courtlistener/${SECRET}`, delivery(forged as ClEntry));
    const after = await entry('87');
    expect(after?.description).toBe(real!.description);
    expect(after?.document_url).toBe(real!.document_url);
    expect(await injunctionInForce()).toBe(true);
  });

  it('an order the API confirms comes in from the API, and the case record follows it', async () => {
    api.push(VACATUR);
    const res = await post(`/webhooks/courtlistener/${SECRET}`, delivery(VACATUR));
    expect(res.status).toBe(200);
    expect((await entry('120'))?.description).toMatch(/vacating the preliminary injunction/);
    expect(await injunctionInForce()).toBe(false);
  });
});

describe('limits', () => {
  it('takes deliveries only from the configured addresses', async () => {
    const limited = await buildServer({
      store,
      publicUrl: 'https://watch.example.org',
      notify: null,
      courtListenerWebhook: { secret: SECRET, allow: ['192.0.2.0/24', '2001:db8::1'] },
    });
    try {
      const send = (remoteAddress: string) =>
        limited.inject({
          method: 'POST',
          url: `/webhooks/courtlistener/${SECRET}`,
          payload: delivery(),
          headers: { 'idempotency-key': `allow-${remoteAddress}` },
          remoteAddress,
        });
      expect((await send('198.51.100.7')).statusCode).toBe(403);
      expect((await send('192.0.2.44')).statusCode).toBe(200);
      expect((await send('2001:db8::1')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('rate-limits each caller, wrong secrets included', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await post('/webhooks/courtlistener/guess', delivery())).status);
    expect(statuses).toContain(429);
  });

  it('housekeeping prunes old deliveries', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await store.db
      .insertInto('webhook_deliveries')
      .values({
        idempotency_key: 'old',
        received_at: old,
        status: 'ingested',
        body_sha256: 'x',
        events: 0,
        error: null,
      })
      .execute();
    const ctx = { store, now: () => new Date(), settings: { keepFetchLogDays: 90, keepSentDays: 30 } };
    await housekeepingSchedule.run(ctx as unknown as JobContext, {});
    const keys = (await store.db.selectFrom('webhook_deliveries').select('idempotency_key').execute()).map(
      (r) => r.idempotency_key,
    );
    expect(keys).not.toContain('old');
    expect(keys.length).toBeGreaterThan(0);
  });
});

describe('configuration', () => {
  it('reads the secret and allowed callers from the environment and never shows the secret', () => {
    const env = {
      COURTLISTENER_WEBHOOK_SECRET: SECRET,
      COURTLISTENER_WEBHOOK_ALLOW: '192.0.2.0/24, 2001:db8::1',
    };
    const { config } = loadConfig({ env, cwd: '/nonexistent' });
    expect(courtListenerWebhookSettings(config)).toMatchObject({
      secret: SECRET,
      allow: ['192.0.2.0/24', '2001:db8::1'],
    });
    expect(JSON.stringify(redactedConfig(config))).not.toContain(SECRET);
    expect(courtListenerWebhookSettings(loadConfig({ env: {}, cwd: '/nonexistent' }).config)).toBeNull();
    expect(() =>
      loadConfig({ env: { ...env, COURTLISTENER_WEBHOOK_ALLOW: 'example.org' }, cwd: '/nonexistent' }),
    ).toThrow(/webhookAllow/);
    expect(() => loadConfig({ env: { COURTLISTENER_WEBHOOK_SECRET: 'short' }, cwd: '/nonexistent' })).toThrow(
      /at least 16/,
    );
  });
});
