/**
 * Alerts and digests rendered and delivered to a real SMTP server on 127.0.0.1, read back with
 * mailparser: headers, both parts, escaping, unsubscribe tokens, grouping, outages, refusals, and
 * the .eml folder used when no SMTP is configured.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.ts';
import { groupAlerts } from '../../src/notify/critical.ts';
import { type RenderContext, renderAlert, renderDigest } from '../../src/notify/render.ts';
import { verifyToken } from '../../src/notify/tokens.ts';
import {
  createMailer,
  type Mailer,
  type MailerConfig,
  mailerConfig,
  PermanentDeliveryError,
  parseSmtpUrl,
  redactUrl,
} from '../../src/notify/transport.ts';
import type { NotifyEvent } from '../../src/notify/types.ts';
import {
  advocate,
  appearance,
  deadlineSet,
  HAMAMA,
  HOSTILE_TEXT,
  hearingSet,
  hostileEntry,
  legal,
  motionEntry,
  OTHER_CASE,
  orderEntry,
  posture,
  proHacVice,
  SECRET,
  stayExtended,
} from '../support/messages.ts';
import { freePort, parse, startSmtp, type TestSmtp } from '../support/smtp.ts';

const ctx: RenderContext = {
  publicUrl: 'https://watch.example.org',
  secret: SECRET,
  unsubscribeMailto: 'unsubscribe@watch.example.org',
  today: '2017-07-12',
  now: new Date('2017-07-12T12:00:00Z'),
};

function config(smtpUrl: string | null, extra: Partial<MailerConfig> = {}): MailerConfig {
  return mailerConfig({
    smtpUrl,
    from: 'docketwatch <alerts@watch.example.org>',
    retry: { attempts: 8, baseDelayMs: 50, maxDelayMs: 400 },
    timeoutMs: 5000,
    ...extra,
  });
}

/** A header's value as sent (unfolded); mailparser folds the List-* headers into one object. */
function rawHeader(mail: ParsedMail, key: string): string {
  const line = mail.headerLines.find((h) => h.key === key)?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

function unsubscribeUrlFrom(mail: ParsedMail): URL {
  const header = rawHeader(mail, 'list-unsubscribe');
  const https = /<(https:[^>]+)>/.exec(header);
  expect(https).not.toBeNull();
  return new URL(https![1]!);
}

describe('mail over SMTP', () => {
  let smtp: TestSmtp;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startSmtp({ refuseRecipient: (a) => (a.startsWith('gone@') ? 550 : null) });
    mailer = createMailer(config(smtp.url));
  });
  afterAll(async () => {
    await mailer.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.received.length = 0;
  });

  it('delivers an alert whose subject says what matters, with both parts and one-click unsubscribe', async () => {
    const [group] = groupAlerts(advocate, [stayExtended]);
    const receipt = await mailer.send(renderAlert(advocate, group!, ctx));
    expect(receipt.via).toBe('smtp');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['advocate@example.org']);
    const mail = await parse(smtp.received[0]!.raw);
    expect(mail.subject).toBe('Stay extended to July 24, 2017 — Hamama v. Adducci');
    expect(mail.messageId).toBe(receipt.messageId);
    expect(mail.text).toContain(
      'The judge extended the stay: no one in the class can be deported before the stay ends on July 24, 2017.',
    );
    expect(mail.html).toContain('no one in the class can be deported');
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const header = rawHeader(mail, 'list-unsubscribe');
    expect(header).toMatch(
      /^<https:\/\/watch\.example\.org\/unsubscribe\?token=[\w.-]+>, <mailto:unsubscribe@watch\.example\.org\?subject=unsubscribe%20[\w.-]+>$/,
    );

    const url = unsubscribeUrlFrom(mail);
    const token = url.searchParams.get('token')!;
    expect(verifyToken(token, 'unsubscribe', SECRET, ctx.now).subject).toBe('sub-adv-1');
    expect(() => verifyToken(token, 'confirm', SECRET, ctx.now)).toThrow(/not a confirm link/);
    // The visible link is the same one-click URL.
    const $ = cheerio.load(String(mail.html));
    expect(
      $('a')
        .filter((_, a) => $(a).text() === 'Unsubscribe')
        .attr('href'),
    ).toBe(url.href);
    expect(mail.text).toContain(`Unsubscribe: ${url.href}`);
  });

  it('escapes hostile docket text and never makes a javascript: link live', async () => {
    const digest = renderDigest(
      {
        recipient: legal,
        case: HAMAMA,
        frequency: 'daily',
        period: { from: '2017-07-12', to: '2017-07-12' },
        posture,
        changes: [hostileEntry],
      },
      ctx,
    );
    await mailer.send(digest!);
    const mail = await parse(smtp.received[0]!.raw);
    const html = String(mail.html);
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(0);
    expect($('img')).toHaveLength(0);
    expect($('[onerror]')).toHaveLength(0);
    expect($('b')).toHaveLength(0);
    expect($('a[href^="javascript"], a[href^="JAVASCRIPT"]')).toHaveLength(0);
    expect(html).not.toContain('javascript:');
    // The text is all there, shown as text.
    expect($('body').text()).toContain(HOSTILE_TEXT);
    expect(mail.text).toContain(HOSTILE_TEXT);
    expect(mail.text).not.toContain('javascript:');
  });

  it('groups the critical events of one case into one message and the other case into another', async () => {
    const other: NotifyEvent = { ...deadlineSet, id: 'evt-other-deadline', case: OTHER_CASE };
    const groups = groupAlerts(legal, [deadlineSet, motionEntry, stayExtended, other]);
    for (const g of groups) await mailer.send(renderAlert(legal, g, ctx));
    expect(smtp.received).toHaveLength(2);
    const [first, second] = await Promise.all(smtp.received.map((r) => parse(r.raw)));
    expect(first!.subject).toBe('Stay extended to July 24, 2017 (+1 more) — Hamama v. Adducci');
    expect(first!.text).toContain('Stay (removal of class members) extended');
    expect(first!.text).toContain(
      'Deadline set: Response to the motion for preliminary injunction (ECF No. 77)',
    );
    expect(first!.text).not.toContain('Excess Pages');
    expect(second!.subject).toContain('Doe v. Warden');
  });

  it('sends a digest: posture first, then changes grouped by kind, each with its link', async () => {
    const changes = [motionEntry, orderEntry, proHacVice, appearance, deadlineSet, hearingSet];
    const input = {
      case: HAMAMA,
      frequency: 'daily' as const,
      period: { from: '2017-07-12', to: '2017-07-12' },
      posture,
      changes,
    };
    await mailer.send(renderDigest({ ...input, recipient: legal }, ctx)!);
    await mailer.send(renderDigest({ ...input, recipient: advocate }, ctx)!);
    const [forLegal, forAdvocate] = await Promise.all(smtp.received.map((r) => parse(r.raw)));

    const text = forLegal!.text!;
    // The deadline set went out at once as an alert: the digest leads with what is news to the reader.
    expect(forLegal!.subject).toBe('Motion hearing set for July 21, 2017 (+4 more) — Hamama v. Adducci');
    const order = [
      'WHERE THE CASE STANDS',
      'In force:',
      'Next deadlines:',
      'WHAT CHANGED',
      'Hearings',
      'Orders (1)',
      'Motions (2)',
      'Notices (1)',
      'Already sent to you as alerts',
      '* Deadline set: Response to the motion for preliminary injunction (ECF No. 77), due July 17, 2017',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('July 24, 2017 (in 12 days)');
    expect(text).toContain(
      'July 17, 2017 (in 5 days): Response to the motion for preliminary injunction (ECF No. 77) (Respondents)',
    );
    expect(text).toContain('Document: https://ecf.mied.uscourts.gov/doc1/097100000089');
    const $ = cheerio.load(String(forLegal!.html));
    expect($('a[href="https://ecf.mied.uscourts.gov/doc1/097100000087"]').length).toBeGreaterThan(0);
    expect($('table').length).toBeGreaterThan(3);

    // The advocate: no motions or notices, nothing muted, plain words.
    const plain = forAdvocate!.text!;
    expect(plain).toContain('The court docketed an order (ECF No. 87)');
    expect(plain).toContain('The court scheduled a motion hearing for July 21, 2017 at 2:00 PM.');
    expect(plain).not.toContain('Excess Pages');
    expect(plain).not.toContain('Pro Hac Vice');
    expect(plain).not.toContain('Appearance');
  });

  it('skips a digest in which nothing reaches the subscriber', () => {
    const input = {
      case: HAMAMA,
      frequency: 'daily' as const,
      period: { from: '2017-07-12', to: '2017-07-12' },
      posture,
      changes: [proHacVice],
    };
    expect(renderDigest({ ...input, recipient: advocate }, ctx)).toBeNull();
  });

  it('reports a 5xx recipient as a permanent error, without retrying', async () => {
    const gone = { ...legal, email: 'gone@example.org' };
    const [group] = groupAlerts(gone, [stayExtended]);
    const err = await mailer.send(renderAlert(gone, group!, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentDeliveryError);
    expect((err as PermanentDeliveryError).responseCode).toBe(550);
    expect((err as PermanentDeliveryError).recipient).toBe('gone@example.org');
    expect(smtp.received).toHaveLength(0);
  });
});

describe('SMTP outages and refusals', () => {
  it('retries while the server is down and delivers once when it comes up', async () => {
    const port = await freePort();
    const mailer = createMailer(config(`smtp://127.0.0.1:${port}`));
    const [group] = groupAlerts(legal, [stayExtended]);
    const sending = mailer.send(renderAlert(legal, group!, ctx));
    await new Promise((r) => setTimeout(r, 500));
    const smtp = await startSmtp({ port });
    try {
      const receipt = await sending;
      expect(receipt.attempts).toBeGreaterThan(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.received).toHaveLength(1);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('retries a 4xx refusal and delivers once it passes', async () => {
    let refusals = 2;
    const smtp = await startSmtp({ refuseRecipient: () => (refusals-- > 0 ? 451 : null) });
    const mailer = createMailer(config(smtp.url));
    try {
      const [group] = groupAlerts(legal, [stayExtended]);
      const receipt = await mailer.send(renderAlert(legal, group!, ctx));
      expect(receipt.attempts).toBe(3);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await mailer.close();
      await smtp.close();
    }
  });

  it('logs in with the URL credentials and never shows the password when they are wrong', async () => {
    const smtp = await startSmtp({ credentials: { user: 'watch', pass: 'p@ss:w0rd/secret' } });
    const good = createMailer(config(smtp.url));
    const bad = createMailer(config(smtp.url.replace('w0rd', 'WRONG')));
    try {
      const [group] = groupAlerts(legal, [stayExtended]);
      await good.send(renderAlert(legal, group!, ctx));
      expect(smtp.received).toHaveLength(1);
      const err = await bad.send(renderAlert(legal, group!, ctx)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toContain('***');
      expect(message).not.toContain('WRONG');
      expect(message).not.toContain(encodeURIComponent('p@ss:WRONG/secret'));
      expect(bad.destination).not.toContain('WRONG');
    } finally {
      await good.close();
      await bad.close();
      await smtp.close();
    }
  });

  it('reads SMTP_URL: smtps is TLS from the start, bad URLs are config errors that hide the password', () => {
    expect(parseSmtpUrl('smtps://u:p@mail.example.org').options).toMatchObject({ secure: true, port: 465 });
    expect(parseSmtpUrl('smtp://mail.example.org:2525?starttls=required').options).toMatchObject({
      secure: false,
      port: 2525,
      requireTLS: true,
    });
    expect(() => parseSmtpUrl('http://u:hunter2@mail.example.org')).toThrow(ConfigError);
    expect(() => parseSmtpUrl('http://u:hunter2@mail.example.org')).not.toThrow(/hunter2/);
    expect(redactUrl('smtp://u:hunter2@mail.example.org:587')).toBe('smtp://u:***@mail.example.org:587');
  });
});

describe('the .eml outbox (no SMTP configured)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docketwatch-outbox-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one file per idempotency key; sending again overwrites it', async () => {
    const mailer = createMailer(config(null, { outboxDir: dir }));
    expect(mailer.destination).toBe(dir);
    const [group] = groupAlerts(legal, [stayExtended]);
    const message = renderAlert(legal, group!, ctx);
    const first = await mailer.send(message);
    const again = await mailer.send(message);
    const [other] = groupAlerts(legal, [deadlineSet]);
    await mailer.send(renderAlert(legal, other!, ctx));
    await mailer.close();

    expect(again.path).toBe(first.path);
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^alert_sub-legal-1_[\w.-]+-[0-9a-f]{16}\.eml$/.test(f))).toBe(true);
    const mail = await parse(await readFile(first.path!));
    expect(mail.subject).toBe('Stay extended to July 24, 2017 — Hamama v. Adducci');
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toBe(first.messageId);
    expect(mail.text).toContain('Stay (removal of class members) extended');
  });
});
