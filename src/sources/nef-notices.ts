/**
 * Forwarded Notices of Electronic Filing pushed to docketwatch (the SMTP listener, `docketwatch
 * ingest-email FILE|DIR`): each message is received by the `nef-inbound` source and recorded by
 * `recordSourceRun` like a poll's result — ingest, coverage, fetch log, health. A message is read
 * once: its SHA-256 goes into `mail_seen` after it was recorded, and a message seen before is
 * recorded as `not-modified`, as a polled mailbox with nothing new would be. Only tracked cases
 * take notices.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Store } from '../../db/index.ts';
import { inboundSource } from '../../db/sources.ts';
import { nefInboundSource } from '../../scrapers/nef-inbound/index.ts';
import { MAX_NOTICE_BYTES, markRead, messageFiles } from '../../scrapers/nef-mailbox/files.ts';
import { receiveMessage } from '../../scrapers/run.ts';
import { InputTooLargeError } from '../errors.ts';
import { recordSourceRun, type SourceEvent } from './record.ts';

export interface NoticeOutcome {
  origin: string;
  /** `failed`: not recorded (the source's health says why); the sender may try again. */
  status: 'ingested' | 'seen' | 'not-a-notice' | 'failed';
  events: SourceEvent[];
  reason: string | null;
}

export async function receiveNotice(
  store: Pick<Store, 'db'>,
  body: Uint8Array,
  origin: string,
): Promise<NoticeOutcome> {
  const row = await inboundSource(store.db, nefInboundSource.id);
  const sha256 = createHash('sha256').update(body).digest('hex');
  let seen = false;
  let reason: string | null = null;
  const report = await recordSourceRun(
    store,
    row,
    async (previous) => {
      seen =
        (await store.db
          .selectFrom('mail_seen')
          .select('sha256')
          .where('sha256', '=', sha256)
          .executeTakeFirst()) !== undefined;
      if (seen) return { status: 'not-modified', results: [], state: previous };
      const run = await receiveMessage(nefInboundSource, {
        config: JSON.parse(row.config),
        state: previous,
        message: { body, origin },
      });
      const result = run.results[0]?.result;
      if (result && !result.isDocket) reason = result.reason;
      return run;
    },
    { door: 'inbound' },
  );
  if (report.error) {
    return {
      origin,
      status: 'failed',
      events: report.events,
      reason: `${report.error.code}: ${report.error.message}`,
    };
  }
  if (seen) return { origin, status: 'seen', events: [], reason: null };
  await store.db
    .insertInto('mail_seen')
    .values({ sha256, origin: origin.slice(0, 1000), seen_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return reason === null
    ? { origin, status: 'ingested', events: report.events, reason: null }
    : { origin, status: 'not-a-notice', events: report.events, reason };
}

/** `docketwatch ingest-email FILE|DIR`: every message once. */
export async function ingestEmailPath(
  store: Pick<Store, 'db'>,
  path: string,
  onOutcome: (o: NoticeOutcome) => Promise<void> | void,
): Promise<{ failed: number }> {
  let failed = 0;
  for (const file of await messageFiles(path)) {
    let outcome: NoticeOutcome;
    try {
      const info = await stat(file);
      if (info.size > MAX_NOTICE_BYTES) throw new InputTooLargeError(info.size, MAX_NOTICE_BYTES);
      outcome = await receiveNotice(store, await readFile(file), file);
      if (outcome.status !== 'failed') await markRead(file);
    } catch (err) {
      outcome = {
        origin: file,
        status: 'failed',
        events: [],
        reason: err instanceof Error ? err.message : String(err),
      };
    }
    if (outcome.status === 'failed') failed++;
    await onOutcome(outcome);
  }
  return { failed };
}
