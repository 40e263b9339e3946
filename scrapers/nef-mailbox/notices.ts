/**
 * Forwarded Notices of Electronic Filing, however they arrive (a file, a folder, a maildir, the
 * SMTP listener): each message is read once — its SHA-256 goes into `mail_seen` after it was
 * ingested — parsed with `parsePacer(bytes, { kind: 'pacer-nef' })` and merged through the one
 * ingest path. Only tracked cases take it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Store } from '../../db/index.ts';
import { InputError, InputTooLargeError } from '../../src/errors.ts';
import type { IngestEvent } from '../../src/ingest/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { parsePacer } from '../pacer/index.ts';

/** Notices are small; anything over this is not one (attachments are links, not bodies). */
export const MAX_NOTICE_BYTES = 10 * 1024 * 1024;

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

/** The message files of a path: the file itself, a maildir's `new/` and `cur/`, or a folder's `.eml` files. */
export async function messageFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((cause) => {
    throw new InputError(`${path}: ${(cause as Error).message}`, { cause });
  });
  if (info.isFile()) return [path];
  const names = await readdir(path);
  if (names.includes('new') || names.includes('cur')) {
    const out: string[] = [];
    for (const sub of ['new', 'cur']) {
      if (!names.includes(sub)) continue;
      for (const n of (await readdir(join(path, sub))).sort())
        if (!n.startsWith('.')) out.push(join(path, sub, n));
    }
    return out;
  }
  return names
    .filter((n) => n.toLowerCase().endsWith('.eml'))
    .sort()
    .map((n) => join(path, n));
}

/** A maildir message in `new/` moves to `cur/` once read (flag S, seen), as mail readers do. */
export async function markRead(file: string): Promise<void> {
  if (basename(dirname(file)) !== 'new') return;
  const cur = join(dirname(dirname(file)), 'cur');
  await mkdir(cur, { recursive: true });
  await rename(file, join(cur, `${basename(file)}:2,S`));
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
