/**
 * Forwarded Notices of Electronic Filing, however they arrive (a file, a folder, a maildir, the
 * SMTP listener): each message is read once — its SHA-256 goes into `mail_seen` after it was
 * ingested — parsed with `parsePacer(bytes, { kind: 'pacer-nef' })` and merged through the one
 * ingest path. Only tracked cases take it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Store } from '../../db/index.ts';
import { MAX_NOTICE_BYTES, markRead, messageFiles } from '../../scrapers/nef-mailbox/files.ts';
import { parsePacer } from '../../scrapers/pacer/index.ts';
import { InputTooLargeError } from '../errors.ts';
import type { IngestEvent } from '../ingest/index.ts';
import { ingestParsed } from '../ingest/pipeline.ts';

export interface NoticeOutcome {
  origin: string;
  status: 'ingested' | 'seen' | 'not-a-notice';
  events: IngestEvent[];
  reason: string | null;
}

export async function ingestNotice(
  store: Pick<Store, 'db'>,
  bytes: Uint8Array,
  origin: string,
  options: { source?: string } = {},
): Promise<NoticeOutcome> {
  if (bytes.byteLength > MAX_NOTICE_BYTES) throw new InputTooLargeError(bytes.byteLength, MAX_NOTICE_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const seen = await store.db
    .selectFrom('mail_seen')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (seen) return { origin, status: 'seen', events: [], reason: null };
  const result = parsePacer(bytes, { kind: 'pacer-nef' });
  let events: IngestEvent[] = [];
  if (result.isDocket) {
    events = (await ingestParsed(store, result, { source: options.source ?? 'nef-mailbox' })).events;
  }
  await store.db
    .insertInto('mail_seen')
    .values({ sha256, origin: origin.slice(0, 1000), seen_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return result.isDocket
    ? { origin, status: 'ingested', events, reason: null }
    : { origin, status: 'not-a-notice', events, reason: result.reason };
}

/** `docketwatch ingest-email FILE|DIR`: every message once. */
export async function ingestEmailPath(
  store: Pick<Store, 'db'>,
  path: string,
  onOutcome: (o: NoticeOutcome) => Promise<void> | void,
): Promise<{ failed: number }> {
  let failed = 0;
  for (const file of await messageFiles(path)) {
    try {
      const info = await stat(file);
      if (info.size > MAX_NOTICE_BYTES) throw new InputTooLargeError(info.size, MAX_NOTICE_BYTES);
      await onOutcome(await ingestNotice(store, await readFile(file), file));
      await markRead(file);
    } catch (err) {
      failed++;
      await onOutcome({
        origin: file,
        status: 'not-a-notice',
        events: [],
        reason: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return { failed };
}
