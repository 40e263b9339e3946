/**
 * A digest is rendered in slices (issue #12: `/healthz` within 100 ms throughout, the digest of a
 * whole backfill included): the event loop gets turns between its items, and what the reader gets
 * is word for word what the one-piece render writes.
 *
 * - Hamama v. Adducci replayed through the real worker to a real SMTP server; then every digest of
 *   the whole history (the subscriptions' cursors taken back to the start), for a legal team and
 *   advocates in English, Spanish and Arabic, on days across the case: the digests the worker plans
 *   (rendered in turns) equal `renderDigest` of the same input (but for the second the signed
 *   links were issued at); with a second reader of each audience and language in the same run, so
 *   the parts the run renders once for them all are compared too.
 * - a digest listing 3,000 entries yields between them: with a pause that always gives a turn, a
 *   timer queued beside it runs thousands of times before it ends (none, when rendered in one piece).
 * - a megabyte body is handed to the mail library in slices (a turn of the event loop between two;
 *   `npm run bench -- posture` measures the time on a core): the message that arrives over SMTP,
 *   and in the `.eml` file, reads the same.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestPeriod, planDigests } from '../../src/notify/digest.ts';
import {
  type RenderContext,
  type RenderedMessage,
  renderDigest,
  renderDigestInTurns,
} from '../../src/notify/render.ts';
import { createMailer, mailerConfig } from '../../src/notify/transport.ts';
import type { NotifyEvent } from '../../src/notify/types.ts';
import { advocate, HAMAMA, legal, SECRET } from '../support/messages.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parse, startSmtp } from '../support/smtp.ts';

const LINKS = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };

/**
 * A message as its reader gets it, without what depends on the wall clock when it is rendered (the
 * signed links carry the second they were issued at) or on the outbox key.
 */
function said(m: RenderedMessage | null) {
  if (!m) return m;
  const tokens = (s: string) => s.replace(/token=[A-Za-z0-9_.-]+/g, 'token=…');
  const { 'X-Docketwatch-Key': _key, ...headers } = m.headers;
  return {
    to: m.to,
    subject: m.subject,
    html: tokens(m.html),
    text: tokens(m.text),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, tokens(v)])),
  };
}

/** A pause that always gives the event loop a turn, counting them. */
function alwaysTurn() {
  let count = 0;
  const pause = () => {
    count++;
    return new Promise<void>((r) => setImmediate(r));
  };
  return { pause, count: () => count };
}

/** How many times a timer of the event loop ran while `work` did. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  running = false;
  return { value, turns };
}

/** A backfill's digest: `n` new docket entries, orders and motions. */
function backfill(n: number): NotifyEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `evt-${i}`,
    type: 'entry_added' as const,
    case: HAMAMA,
    entry: null,
    item: {
      number: String(i + 1),
      date: '2017-07-12',
      kind: i % 3 === 0 ? 'order' : 'motion',
      text: `${i % 3 === 0 ? 'ORDER granting' : 'MOTION to extend time'} ${i + 1} re [${i}] <b>& "quoted"</b> (Entered: 07/12/2017)`,
      documentUrl: `https://ecf.mied.uscourts.gov/doc1/0971${String(i).padStart(8, '0')}`,
      url: null,
    },
  }));
}

const POSTURE = { inForce: [], nextDeadlines: [], nextHearings: [] };

describe('a digest rendered in turns', () => {
  const ctx: RenderContext = { ...LINKS, today: '2017-07-12', now: new Date('2017-07-12T11:00:00Z') };

  it('gives the event loop a turn between the items of a 3,000-entry digest, and says the same', async () => {
    for (const recipient of [legal, advocate, { ...advocate, language: 'ar' as const }]) {
      const input = {
        recipient,
        case: HAMAMA,
        frequency: 'daily' as const,
        period: { from: '2017-07-12', to: '2017-07-12' },
        posture: POSTURE,
        changes: backfill(3000),
      };
      const whole = await turnsDuring(async () => renderDigest(input, ctx));
      const { pause, count } = alwaysTurn();
      const sliced = await turnsDuring(() => renderDigestInTurns(input, ctx, pause));
      expect(whole.turns).toBe(0);
      expect(count()).toBeGreaterThanOrEqual(1000); // the 1,000 orders advocates read, at least
      expect(sliced.turns).toBeGreaterThanOrEqual(1000);
      expect(said(sliced.value)).toEqual(said(whole.value));
      expect(sliced.value!.html.length).toBeGreaterThan(500_000);
    }
  });
});

describe('a long message is encoded in slices', () => {
  const input = {
    recipient: { ...advocate, language: 'ar' as const },
    case: HAMAMA,
    frequency: 'daily' as const,
    period: { from: '2017-07-12', to: '2017-07-12' },
    posture: POSTURE,
    changes: backfill(4000),
  };
  const ctx: RenderContext = { ...LINKS, today: '2017-07-12', now: new Date('2017-07-12T11:00:00Z') };

  it('over SMTP, base64 in slices: the message reads the same', async () => {
    const message = renderDigest(input, ctx)!;
    expect(Buffer.byteLength(message.html)).toBeGreaterThan(1_000_000);
    const smtp = await startSmtp();
    const mailer = createMailer(mailerConfig({ smtpUrl: smtp.url }));
    try {
      await mailer.send(message);
      const got = await parse(smtp.received[0]!.raw);
      expect(got.html).toBe(message.html);
      expect(got.text).toBe(message.text);
      expect(got.subject).toBe(message.subject);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('as an .eml file, quoted-printable in slices: the message reads the same', async () => {
    const message = renderDigest(input, ctx)!;
    const dir = mkdtempSync(join(tmpdir(), 'dw-digest-turns-'));
    const mailer = createMailer(mailerConfig({ smtpUrl: null, outboxDir: dir }));
    try {
      await mailer.send(message);
      const [file] = readdirSync(dir);
      const got = await parse(readFileSync(join(dir, file!)));
      expect(got.html).toBe(message.html);
      expect(got.text).toBe(message.text);
    } finally {
      await mailer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Hamama v. Adducci: the digests the worker renders in turns equal the one-piece render', () => {
  const suite = replayedSuite(
    {
      caseKey: 'mied:2:17-cv-11910',
      subscribers: [
        ...ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
        { email: 'counsel-daily@demo.docketwatch.invalid', audience: 'legal', frequency: 'daily' },
      ],
    },
    600_000,
  );

  it('every digest of the whole history, en/es/ar and the legal team, on days across the case', async () => {
    const stored = (
      await suite.run.store.db
        .selectFrom('subscriptions')
        .selectAll()
        .where('status', '=', 'active')
        .execute()
    )
      .filter((s) => s.frequency !== 'immediate')
      // From the start: each digest tells the whole history (hundreds of items).
      .map((s) => ({ ...s, digest_after_event: 0, last_digest_date: null, last_digest_period: null }));
    // A second reader of each audience and language, muting some entries: a run renders each event
    // and the posture once per audience and language, and each reader's digest still reads as its own.
    const subs = [
      ...stored,
      ...stored.map((s) => ({
        ...s,
        id: `${s.id}-2`,
        email: `second-${s.email}`,
        mute_words: JSON.stringify(['appearance', 'pro hac vice']),
      })),
      // And a third reader like the first but for who they are: the digest rendered once for both,
      // each addressed and linked as their own.
      ...stored.map((s) => ({ ...s, id: `${s.id}-3`, email: `third-${s.email}` })),
    ];
    const languages = new Set(subs.map((s) => `${s.audience}:${s.language}`));
    expect([...languages].sort()).toEqual(['advocate:ar', 'advocate:en', 'advocate:es', 'legal:en']);
    let compared = 0;
    // One run's reads, kept from one call to the next (the days share the case's changes).
    const shared = {};
    for (const day of ['2017-06-23', '2017-07-11', '2017-07-25', '2018-01-03', '2018-12-21', '2019-04-11']) {
      const now = new Date(`${day}T18:00:00Z`);
      const plans = await planDigests(
        suite.run.store.db,
        subs,
        (s) => latestPeriod(s, now),
        LINKS,
        now,
        shared,
      );
      for (const plan of plans) {
        expect(plan.message).not.toBeNull();
        const whole = renderDigest(plan.input, { ...LINKS, today: plan.day, now });
        expect(said(plan.message)).toEqual(said(whole));
        expect(plan.input.changes.length).toBeGreaterThan(50);
        compared++;
      }
    }
    expect(compared).toBe(6 * 12);
  }, 300_000);
});
