/**
 * `nef-inbound`: forwarded court notices (NEF emails, raw MIME) that are pushed to docketwatch
 * instead of polled — by the SMTP listener (`listen-email`, `mail.inbound` in `run`) or by hand
 * (`docketwatch ingest-email FILE|DIR`). Never polled: each message is received, checked and
 * parsed like a polled mailbox's (`nef-mailbox`), and recorded the same way (health, coverage,
 * fetch log).
 */
import { z } from 'zod';
import { InputTooLargeError } from '../../src/errors.ts';
import { MAX_NOTICE_BYTES } from '../nef-mailbox/files.ts';
import { parseNotice } from '../nef-mailbox/index.ts';
import { PACER_NEF } from '../pacer/kinds.ts';
import { defineSource } from '../types.ts';

export const nefInboundConfigSchema = z.object({}).strict();
export type NefInboundConfig = z.infer<typeof nefInboundConfigSchema>;

export const nefInboundSource = defineSource<NefInboundConfig>({
  id: 'nef-inbound',
  name: 'Forwarded court notices received by SMTP or by hand',
  called: 'forwarded court notices',
  kinds: [PACER_NEF],
  description:
    'Notices of Electronic Filing mailed to the SMTP listener or given to `ingest-email`; one notice per docket entry, as it is filed. Made by docketwatch when the first notice arrives.',
  covers: { courts: 'any', cases: 'the tracked cases whose notices are forwarded' },
  politeness: { schedule: null },
  emptyMeansLayoutChanged: false,
  configSchema: nefInboundConfigSchema,
  exampleConfig: {},

  receive(message) {
    if (message.body.byteLength > MAX_NOTICE_BYTES)
      throw new InputTooLargeError(message.body.byteLength, MAX_NOTICE_BYTES);
    return {
      url: message.origin,
      finalUrl: message.origin,
      contentType: 'message/rfc822',
      body: message.body,
      fetchedAt: new Date().toISOString(),
    };
  },
  parse: parseNotice,
});
