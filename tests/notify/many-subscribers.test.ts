/**
 * A case followed by more people than SQLite takes parameters in one statement (32,766): the
 * alerts for its new entry are rendered and queued, and alerts go on. Found by the full-scale
 * national bench, where one range over many cases' subscribers failed with "too many SQL
 * variables" on every retry and no alert went out after it (docs/deploy.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { processAlerts } from '../../src/notify/alerts.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { SECRET } from '../support/messages.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const dir = mkdtempSync(join(tmpdir(), 'dw-many-subs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FOLLOWERS = 33_000;

describe('a case with more followers than one statement takes parameters', () => {
  it('queues one alert per follower for its new order', { timeout: 600_000 }, async () => {
    const store = await openDatabase(join(dir, 'store.sqlite'));
    try {
      const order = entry({
        number: '5',
        dateFiled: '2026-03-02',
        description: 'ORDER granting [3] Motion to Extend Time. Signed by Judge Ana Quillen on 3/2/2026.',
      });
      const filed = (entries: ReturnType<typeof entry>[]) =>
        result(
          'pacer-docket',
          [docket('3:26-cv-00101', entries, { caseName: 'Okafor v. Lindqvist' })],
          'ctd',
        );
      await ingestParsed(store, filed([]), { track: true });
      const c = await findCase(store.db, 'ctd:3:26-cv-00101');
      const at = '2026-03-01T00:00:00.000Z';
      for (let i = 0; i < FOLLOWERS; i += 1000) {
        await store.db
          .insertInto('subscriptions')
          .values(
            Array.from({ length: Math.min(1000, FOLLOWERS - i) }, (_, k) => ({
              id: `sub_many_${i + k}`,
              email: `f${i + k}@example.org`,
              case_id: c!.id,
              audience: 'legal',
              frequency: 'immediate',
              time_zone: 'America/New_York',
              digest_hour: 8,
              digest_weekday: 1,
              status: 'active',
              kinds: '[]',
              include_words: '[]',
              mute_words: '[]',
              confirm_round: 1,
              alert_after_event: 0,
              digest_after_event: 0,
              language: 'en',
              last_digest_period: null,
              last_digest_date: null,
              unsubscribed_at: null,
              created_at: at,
              confirmed_at: at,
              updated_at: at,
            })),
          )
          .execute();
      }
      await ingestParsed(store, filed([order]));
      const run = await processAlerts(store, links);
      expect(run.queued).toBe(FOLLOWERS);
      const left = await store.db
        .selectFrom('events')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      expect(run.cursor).toBe(Number(left.id));
    } finally {
      await store.close();
    }
  });
});
