import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseDetails } from '../../db/case-details.ts';
import { findCase } from '../../db/cases.ts';
import { addSource, configuredSources, loadSourceState } from '../../db/sources.ts';
import { FakeClock } from '../../src/net/clock.ts';
import { HttpClient } from '../../src/net/http.ts';
import {
  courtListenerWebhooks,
  handleCourtListenerWebhook,
} from '../../src/sources/courtlistener-webhook.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { freshStore } from '../support/db.ts';
import { startServer, type TestServer } from '../support/http-server.ts';
import { HAMAMA, seedCase, seedSource } from '../support/seed.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../scrapers/courtlistener/fixtures/${name}`, import.meta.url), 'utf8');
const TOKEN = 'test-token-5e3c9a';
let server: TestServer;
let entriesMode: 'first' | 'enriched' | 'throttle-once' | 'alerted' = 'first';
let throttled = 0;

beforeAll(async () => {
  process.env.COURTLISTENER_TOKEN = TOKEN;
  const json = (res: import('node:http').ServerResponse, body: string, status = 200, headers = {}): void =>
    void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
  server = await startServer({
    '/api/rest/v4/dockets/': (req, res, url) => {
      if (req.headers.authorization !== `Token ${TOKEN}`)
        return json(res, '{"detail":"Invalid token."}', 401);
      if (url.searchParams.get('docket_number') !== '2:17-cv-11910')
        return json(res, '{"next":null,"results":[]}');
      json(res, fixture('dockets.json'));
    },
    '/api/rest/v4/docket-entries/': (_req, res, url) => {
      if (entriesMode === 'throttle-once' && throttled++ === 0)
        return json(res, '{"detail":"slow down"}', 429, { 'retry-after': '30' });
      if (entriesMode === 'alerted') {
        // CourtListener has the entry its docket alert announced.
        const alerted = JSON.parse(fixture('webhook-docket-alert.json')).payload.results;
        return json(res, JSON.stringify({ next: null, results: alerted }));
      }
      if (url.searchParams.has('date_modified__gte')) return json(res, fixture('entries-enriched.json'));
      json(res, fixture(url.searchParams.has('cursor') ? 'entries-2.json' : 'entries-1.json'));
    },
    '/api/rest/v4/recap-documents/9087/': (_req, res) => json(res, fixture('recap-document-9087.json')),
  });
});
afterAll(() => server.close());

async function setup() {
  const store = await freshStore('sqlite');
  await seedCase(store);
  const row = await seedSource(store, {
    type: 'courtlistener',
    case: HAMAMA.key,
    config: { court: 'mied', docketNumber: '2:17-cv-11910', baseUrl: server.origin, minIntervalMs: 250 },
  });
  return { store, id: row.id, row };
}

describe('courtlistener source', () => {
  it('finds the docket, reads every page of entries by date_modified, keeps order texts, then follows the cursor', async () => {
    entriesMode = 'first';
    const clock = new FakeClock();
    const logs: string[] = [];
    const logger = {
      debug: () => {},
      info: () => {},
      error: () => {},
      warn: (o: object, m?: string) => void logs.push(JSON.stringify(o) + m),
    };
    const http = new HttpClient({ clock, hostLimits: {}, random: () => 0, logger });
    const { store, id, row } = await setup();
    const first = await pollSource(store, row, { http });
    expect(first.error).toBeNull();
    expect(first.events.filter((e) => e.type === 'entry.added').map((e) => e.entry)).toEqual([
      '1',
      '87',
      '91',
    ]);
    const state = await loadSourceState(store.db, id);
    expect(state?.external_id).toBe('6105123');
    expect(JSON.parse(state!.state!).source.cursor).toBe('2023-01-05T09:00:00.300000-08:00');
    const texts = await store.db
      .selectFrom('entry_texts')
      .select(['entry_key', 'text'])
      .orderBy('entry_key')
      .execute();
    expect(texts.map((t) => t.entry_key)).toEqual(['87', '91']);
    // The docket's header (judge, dates, nature of suit) is kept with the case.
    const details = await readCaseDetails(store.db, (await findCase(store.db, 'mied:2:17-cv-11910'))!.id);
    expect(details.header).toMatchObject({
      judge: 'Mark A. Goldsmith',
      referredTo: 'David R. Grand',
      dateFiled: '2017-06-15',
      natureOfSuit: 'Habeas Corpus (Alien Detainee)',
    });
    expect(details.headerSource?.source).toBe('courtlistener');
    expect(texts[0]!.text).toMatch(/enjoined from removing/);
    for (const r of server.requests.filter((q) => q.path.startsWith('/api/'))) {
      expect(r.headers.authorization).toBe(`Token ${TOKEN}`);
    }
    const entry = await store.db
      .selectFrom('entries')
      .selectAll()
      .where('entry_key', '=', '1')
      .executeTakeFirstOrThrow();
    expect(entry.pacer_doc_id).toBe('09706900001');
    expect(entry.document_url).toBe(`${server.origin}/docket/6105123/1/hamama-v-adducci/`);

    // Entry 1 was enriched later (a second exhibit): caught through the date_modified cursor.
    entriesMode = 'enriched';
    const second = await pollSource(store, row, { http });
    expect(second.error).toBeNull();
    expect(server.requests.at(-1)!.path).toContain(
      'date_modified__gte=2023-01-05T09%3A00%3A00.300000-08%3A00',
    );
    expect(second.events.map((e) => `${e.type}:${e.entry}`)).toEqual(['entry.updated:1']);
    const docs = await store.db
      .selectFrom('documents')
      .select('number')
      .where('entry_id', '=', entry.id)
      .execute();
    expect(docs.map((d) => d.number).sort()).toEqual(['0', '1', '2']);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });

  it('waits as long as a 429 asks and costs no attempt', async () => {
    entriesMode = 'throttle-once';
    throttled = 0;
    const clock = new FakeClock();
    const http = new HttpClient({ clock, hostLimits: {}, random: () => 0 });
    const { store, row } = await setup();
    const report = await pollSource(store, row, { http });
    expect(report.error).toBeNull();
    expect(clock.sleeps.some((ms) => ms >= 30_000)).toBe(true);
  });

  it('says which docket it could not find, and needs a token', async () => {
    const store = await freshStore('sqlite');
    const id = await addSource(store.db, {
      type: 'courtlistener',
      court: null,
      case: 'mied:2:99-cv-00001',
      config: { court: 'mied', docketNumber: '2:99-cv-00001', baseUrl: server.origin, minIntervalMs: 250 },
    });
    const [row] = await configuredSources(store.db, id);
    const http = new HttpClient({ clock: new FakeClock(), hostLimits: {} });
    expect((await pollSource(store, row!, { http })).error).toMatchObject({ code: 'ENOTFOUND' });
    delete process.env.COURTLISTENER_TOKEN;
    try {
      expect((await pollSource(store, row!, { http })).error).toMatchObject({ code: 'ECONFIG' });
    } finally {
      process.env.COURTLISTENER_TOKEN = TOKEN;
    }
  });
});

describe('courtlistener webhook', () => {
  /** What the web server gives the handler: ask the API now, through the poller. */
  const confirmWith =
    (store: Awaited<ReturnType<typeof setup>>['store']) =>
    async (id: string): Promise<number> => {
      const [row] = await configuredSources(store.db, id);
      const report = await pollSource(store, row!, {
        http: new HttpClient({ clock: new FakeClock(), hostLimits: {} }),
      });
      if (report.error) throw new Error(report.error.message);
      return report.events.length;
    };

  it('brings in the alerted entry from the API once per Idempotency-Key, with the order text, and refuses garbage', async () => {
    entriesMode = 'first';
    const { store, row } = await setup();
    await pollSource(store, row, { http: new HttpClient({ clock: new FakeClock(), hostLimits: {} }) });
    entriesMode = 'alerted';
    const options = { confirm: confirmWith(store) };
    const body = JSON.parse(fixture('webhook-docket-alert.json'));
    const started = Date.now();
    const first = await handleCourtListenerWebhook(store, { 'idempotency-key': 'k-1' }, body, options);
    expect(Date.now() - started).toBeLessThan(3_000);
    await first.done;
    expect(first.status).toBe(200);
    // entry.added 112, and gap.detected for 92–111.
    expect(first.body).toMatchObject({ ingested: true, events: 2 });
    const entry = await store.db
      .selectFrom('entries')
      .select('description')
      .where('entry_key', '=', '112')
      .executeTakeFirst();
    expect(entry?.description).toMatch(/Extending Stay of Removal/);
    const text = await store.db
      .selectFrom('entry_texts')
      .select('text')
      .where('entry_key', '=', '112')
      .executeTakeFirst();
    expect(text?.text).toMatch(/extended through November 30, 2017/);

    const before = await store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const again = await handleCourtListenerWebhook(store, { 'idempotency-key': 'k-1' }, body, options);
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    const after = await store.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    expect((await handleCourtListenerWebhook(store, {}, body, options)).status).toBe(400);
    expect(
      (await handleCourtListenerWebhook(store, { 'idempotency-key': 'k-2' }, { hello: 'world' }, options))
        .status,
    ).toBe(400);
    const broken = { ...body, payload: { results: [{ docket: 'x' }] } };
    expect(
      (await handleCourtListenerWebhook(store, { 'idempotency-key': 'k-3' }, broken, options)).status,
    ).toBe(400);
  });

  it('mounts as a fastify route under its secret and answers over HTTP', async () => {
    entriesMode = 'first';
    const { store, row } = await setup();
    await pollSource(store, row, { http: new HttpClient({ clock: new FakeClock(), hostLimits: {} }) });
    entriesMode = 'alerted';
    const app = Fastify();
    await app.register(
      courtListenerWebhooks(store, { secret: 'whsec-0123456789abcdef', confirm: confirmWith(store) }),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as import('node:net').AddressInfo;
      const url = `http://127.0.0.1:${port}/webhooks/courtlistener/whsec-0123456789abcdef`;
      const ok = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'http-1' },
        body: fixture('webhook-docket-alert.json'),
      });
      expect(ok.status).toBe(200);
      const bad = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'http-2' },
        body: '{"payload": ',
      });
      expect(bad.status).toBe(400);
      const delivery = await store.db.selectFrom('webhook_deliveries').selectAll().execute();
      expect(delivery.map((d) => [d.idempotency_key, d.status])).toEqual([['http-1', 'ingested']]);
    } finally {
      await app.close();
    }
  });
});
