/**
 * Every door records the same way: a forwarded notice that arrives by SMTP or through
 * `ingest-email` leaves the same health, coverage and fetch log as a polled mailbox that finds the
 * same notice, because all three go through `recordSourceRun`. A notice seen again is a
 * `not-modified` run, and failures move the inbound source's health to `down` with a `source.down`
 * event on the case it serves, as a poll's would.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { HttpClient } from '../../src/net/http.ts';
import { ingestEmailPath, receiveNotice } from '../../src/sources/nef-notices.ts';
import { startNefSmtpServer } from '../../src/sources/nef-smtp.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { DIALECTS, describeDialect, freshStore } from '../support/db.ts';
import { HAMAMA, seedCase, seedSource } from '../support/seed.ts';

const notice = readFileSync(
  new URL('../../scrapers/nef-mailbox/fixtures/forwarded-order.eml', import.meta.url),
);

/** What a run leaves behind for a source, without ids and clocks. */
async function recorded(store: Store, sourceId: string) {
  const state = await store.db
    .selectFrom('source_state')
    .selectAll()
    .where('source_id', '=', sourceId)
    .executeTakeFirstOrThrow();
  const log = await store.db
    .selectFrom('fetch_log')
    .select(['status', 'bytes', 'error'])
    .where('source_id', '=', sourceId)
    .orderBy('id')
    .execute();
  const coverage = await store.db
    .selectFrom('case_coverage')
    .innerJoin('cases', 'cases.id', 'case_coverage.case_id')
    .select(['cases.docket_number', 'entry_types', 'partial', 'declared'])
    .where('source_id', '=', sourceId)
    .execute();
  const entries = await store.db.selectFrom('entries').select(['entry_key', 'description']).execute();
  return {
    health: state.health,
    failures: state.consecutive_failures,
    succeeded: state.last_success_at !== null,
    // SMTP delivers the message with CRLF line ends, so only whether bytes were read compares.
    log: log.map((r) => ({ ...r, bytes: Number(r.bytes) > 0 })),
    coverage: coverage.map((c) => ({ ...c, partial: Number(c.partial) })),
    entries,
  };
}

async function tracked(dialect: (typeof DIALECTS)[number]) {
  const store = await freshStore(dialect);
  await seedCase(store);
  return store;
}

/** Twice the same notice through a polled mailbox: fetched, then not modified. */
async function polledTwice(dialect: (typeof DIALECTS)[number]) {
  const store = await tracked(dialect);
  const dir = mkdtempSync(join(tmpdir(), 'dw-inbound-'));
  writeFileSync(join(dir, 'a.eml'), notice);
  const row = await seedSource(store, { type: 'nef-mailbox', config: { dir } });
  await pollSource(store, row, { http: new HttpClient() });
  await pollSource(store, row, { http: new HttpClient() });
  return recorded(store, row.id);
}

for (const dialect of DIALECTS) {
  describeDialect(dialect, 'forwarded notices are recorded as a poll records', () => {
    it('by SMTP: the same health, coverage and fetch log as a polled mailbox', async () => {
      const polled = await polledTwice(dialect);
      expect(polled.log.map((r) => r.status)).toEqual(['fetched', 'not-modified']);
      expect(polled.coverage).toEqual([
        { docket_number: HAMAMA.docket, entry_types: '"all"', partial: 1, declared: null },
      ]);

      const store = await tracked(dialect);
      const smtp = await startNefSmtpServer(store, { recipients: ['notices@docketwatch.test'] });
      try {
        const transport = nodemailer.createTransport({
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          ignoreTLS: true,
        });
        for (let i = 0; i < 2; i++) {
          await transport.sendMail({
            envelope: { from: 'paralegal@example.org', to: ['notices@docketwatch.test'] },
            raw: notice,
          });
        }
      } finally {
        await smtp.close();
      }
      const inbound = await recorded(store, 'nef-inbound');
      expect(inbound).toEqual(polled);
      expect(inbound.entries.map((e) => e.entry_key)).toEqual(['112']);
    });

    it('by ingest-email: the same again', async () => {
      const polled = await polledTwice(dialect);
      const store = await tracked(dialect);
      const dir = mkdtempSync(join(tmpdir(), 'dw-inbound-'));
      writeFileSync(join(dir, 'a.eml'), notice);
      writeFileSync(join(dir, 'b.eml'), notice);
      const statuses: string[] = [];
      await ingestEmailPath(store, dir, (o) => void statuses.push(o.status));
      expect(statuses).toEqual(['ingested', 'seen']);
      expect(await recorded(store, 'nef-inbound')).toEqual(polled);
    });

    it('failures move its health to down, with the reason, on the case it serves', async () => {
      const store = await tracked(dialect);
      expect((await receiveNotice(store, notice, 'smtp:a')).status).toBe('ingested');
      const tooLarge = new Uint8Array(11 * 1024 * 1024);
      const outcomes = [];
      for (let i = 0; i < 3; i++) outcomes.push(await receiveNotice(store, tooLarge, `smtp:big${i}`));
      expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed']);
      const down = outcomes[2]!.events;
      expect(down).toEqual([
        expect.objectContaining({
          type: 'source.down',
          case: HAMAMA.key,
          source: 'nef-inbound',
          code: 'ETOOLARGE',
        }),
      ]);
      const after = await recorded(store, 'nef-inbound');
      expect(after.health).toBe('down');
      expect(after.log.map((r) => r.status)).toEqual(['fetched', 'failed', 'failed', 'failed']);
      expect(after.log[3]!.error).toMatch(/^ETOOLARGE: /);
      const stored = await store.db
        .selectFrom('events')
        .select('payload')
        .where('type', '=', 'source.down')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.payload)).toMatchObject({ error: expect.stringMatching(/over the/) });
      // The next notice that goes through is a recovery, as after a poll.
      const next = await receiveNotice(store, Buffer.concat([notice, Buffer.from('\r\n')]), 'smtp:b');
      expect(next.events.map((e) => e.type)).toContain('source.recovered');
    });
  });
}
