/**
 * `nef-mailbox`: forwarded court notices (NEF emails, raw MIME) in a maildir or a folder of `.eml`
 * files, polled like any source. Each poll returns the messages not seen before (their hashes are
 * the saved state, kept for the files still present), parsed as notices. The SMTP listener and
 * `docketwatch ingest-email` hand the same notices to `nef-inbound`, which receives instead of polling.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { decodeInput } from '../pacer/common.ts';
import { parsePacer } from '../pacer/index.ts';
import { PACER_NEF } from '../pacer/kinds.ts';
import { defineSource, type RawDocument, type SourceParseResult } from '../types.ts';
import { MAX_NOTICE_BYTES, messageFiles } from './files.ts';

export const nefMailboxConfigSchema = z.object({
  /** A maildir (with `new/` and `cur/`) or a folder of `.eml` files. */
  dir: z.string().min(1),
});
export type NefMailboxConfig = z.infer<typeof nefMailboxConfigSchema>;

const stateSchema = z.object({ seen: z.array(z.string()) });

export const nefMailboxSource = defineSource<NefMailboxConfig>({
  id: 'nef-mailbox',
  name: 'Forwarded court notices (NEF emails)',
  called: 'forwarded court notices',
  kinds: [PACER_NEF],
  description:
    'Notices of Electronic Filing forwarded by a subscribed attorney into a maildir or folder of .eml files. One notice per docket entry, as it is filed.',
  covers: { courts: 'any', cases: 'the cases whose notices are forwarded' },
  politeness: { minIntervalMs: 1_000, schedule: '*/5 * * * *' }, // local files: no host to spare
  emptyMeansLayoutChanged: false,
  configSchema: nefMailboxConfigSchema,
  exampleConfig: { dir: '/var/mail/docketwatch/Maildir' },

  async fetch(ctx) {
    const seen = new Set(stateSchema.safeParse(ctx.state).data?.seen ?? []);
    const present: string[] = [];
    const documents: RawDocument[] = [];
    for (const file of await messageFiles(ctx.config.dir)) {
      if ((await stat(file)).size > MAX_NOTICE_BYTES) {
        ctx.logger.warn({ file }, 'message over the size limit; skipped');
        continue;
      }
      const body = await readFile(file);
      const sha256 = createHash('sha256').update(body).digest('hex');
      present.push(sha256);
      if (seen.has(sha256)) continue;
      documents.push({
        url: `file://${file}`,
        finalUrl: `file://${file}`,
        contentType: 'message/rfc822',
        body,
        fetchedAt: new Date().toISOString(),
      });
    }
    const state = { seen: present };
    return documents.length === 0 ? { kind: 'not-modified', state } : { kind: 'fetched', documents, state };
  },

  parse: parseNotice,
});

/** One forwarded notice as typed facts, however it arrived. */
export function parseNotice(raw: RawDocument): SourceParseResult {
  const result = parsePacer(decodeInput(raw.body), { kind: 'pacer-nef' });
  // A notice is one entry as filed: complete for that entry, silent about the rest.
  return { ...result, coverage: { entryTypes: 'all', partial: true, declared: null }, texts: [] };
}
