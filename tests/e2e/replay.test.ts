/**
 * End to end: the replay court publishes Hamama v. Adducci at `max` speed, the real worker polls
 * it (feed and docket reports), ingests, tracks the stay and the injunction, and mails a real
 * smtp-server on 127.0.0.1. The alerts that matter arrive, in the order the court issued them, and
 * no message arrives twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS, type DemoSummary, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';

interface Mail {
  to: string;
  subject: string;
  messageId: string;
  text: string;
}

describe('replay of Hamama v. Adducci at max speed, mailed to a real SMTP server', () => {
  let smtp: TestSmtp;
  let summary: DemoSummary;
  let mails: Mail[];
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docketwatch-e2e-'));
    smtp = await startSmtp();
    summary = await runDemo({
      speed: 'max',
      outboxDir: join(dir, 'outbox'),
      smtpUrl: smtp.url,
      port: null,
      logger: silentLogger,
    });
    mails = [];
    for (const r of smtp.received) {
      const m = await simpleParser(r.raw);
      mails.push({
        to: r.to[0]!,
        subject: m.subject ?? '',
        messageId: m.messageId ?? '',
        text: m.text ?? '',
      });
    }
  }, 180_000);

  afterAll(async () => {
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const firstIndex = (pattern: RegExp, to: string = DEMO_SUBSCRIBERS.legal) =>
    mails.findIndex((m) => m.to === to && pattern.test(m.subject));
  // The mandate is told once, in the message that says what it makes take effect (its subject
  // is the injunction it vacates): an item of that message, not a message of its own.
  const MANDATE = /^\* Mandate issued$/m;
  const firstMandate = (to: string = DEMO_SUBSCRIBERS.legal) =>
    mails.findIndex((m) => m.to === to && MANDATE.test(m.text));

  it('replays the whole history and ingests it', () => {
    expect(summary.publications.published).toBe(summary.publications.total);
    expect(summary.entries).toBeGreaterThan(30);
    expect(summary.events['stay.granted']).toBeGreaterThanOrEqual(1);
    expect(summary.emails.every((e) => e.status === 'sent')).toBe(true);
    expect(smtp.received.length).toBe(summary.emails.length);
  });

  it('mails the stay granted with its expiry, its extension to July 24, the injunction and the appeal ruling', () => {
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      expect(firstIndex(/Stay granted until July 6, 2017/, to)).toBeGreaterThanOrEqual(0);
      expect(firstIndex(/Stay extended to July 24, 2017/, to)).toBeGreaterThanOrEqual(0);
      expect(firstIndex(/Preliminary injunction granted/, to)).toBeGreaterThanOrEqual(0);
      // The Sixth Circuit's opinion (December 20, 2018) is told at once; the injunctions it vacated
      // end with its mandate (April 10, 2019), each named by its date.
      expect(firstIndex(/January 2, 2018 vacated on appeal/, to)).toBeGreaterThanOrEqual(0);
      expect(
        firstIndex(/Preliminary injunction of July 24, 2017 (?:was )?vacated/i, to),
      ).toBeGreaterThanOrEqual(0);
      expect(firstMandate(to)).toBeGreaterThanOrEqual(0);
      expect(mails[firstMandate(to)]!.subject).toMatch(/Preliminary injunction of July 24, 2017 vacated/);
    }
    const granted = mails[firstIndex(/Stay granted until July 6, 2017/)]!;
    expect(granted.text).toMatch(/July 6, 2017/);
  });

  it('delivers them in the order the court issued them', () => {
    const order = [
      ...[
        /Stay granted until July 6, 2017/,
        /Stay expanded/,
        /Stay extended to July 24, 2017/,
        /Preliminary injunction granted/,
        /January 2, 2018 vacated on appeal/,
      ].map((p) => firstIndex(p)),
      firstMandate(),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sends no "Expected filing missing" for the reports to class counsel, which never go on the docket', () => {
    expect(summary.events['deadline.missing'] ?? 0).toBe(0);
    expect(mails.filter((m) => /Expected filing missing/i.test(m.subject))).toEqual([]);
    expect(mails.filter((m) => /report to class counsel/i.test(m.text) && /missing/i.test(m.text))).toEqual(
      [],
    );
    // The obligation itself is tracked: the legal team hears that it was set.
    expect(mails.some((m) => m.to === DEMO_SUBSCRIBERS.legal && /report to class counsel/.test(m.text))).toBe(
      true,
    );
  });

  it('polls no court before it serves the case: no source reported down, none recovered', () => {
    expect(summary.events['source.down'] ?? 0).toBe(0);
    expect(summary.events['source.recovered'] ?? 0).toBe(0);
    // The Sixth Circuit docket was watched once the appeal existed, and its mandate arrived.
    expect(summary.events['appeal.mandate']).toBeGreaterThanOrEqual(1);
  });

  it('tells a deadline that nothing is left to answer as moot, and as vacated only what the court set aside', () => {
    const items = (headline: RegExp) =>
      mails.filter((m) => m.to === DEMO_SUBSCRIBERS.legal).flatMap((m) => m.text.match(headline) ?? []);
    const vacated = items(/^\* Deadline vacated: .*$/gm);
    const moot = items(/^\* Deadline moot: .*$/gm);
    expect(summary.events['deadline.mooted'] ?? 0).toBeGreaterThan(0);
    expect(moot.length).toBeGreaterThan(0);
    expect(moot.length).toBeLessThanOrEqual(summary.events['deadline.mooted'] ?? 0);
    expect(vacated.length).toBeLessThanOrEqual(summary.events['deadline.vacated'] ?? 0);
  });

  it('tells the release ECF 191 ordered with the order’s condition, to the legal team and the advocate', () => {
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const lines = mails
        .filter((m) => m.to === to)
        .flatMap((m) => m.text.split('\n'))
        .filter((line) => /elease of class members detained for six months or more/.test(line));
      expect(lines.length, to).toBeGreaterThan(0);
      for (const line of lines)
        expect(line, to).toMatch(
          /elease of class members detained for six months or more, unless an immigration judge holds a bond hearing/,
        );
    }
  });

  it('says the day the mandate issued, wherever it is told', () => {
    const told = mails.filter((m) => /issued its mandate/.test(m.text));
    expect(told.length).toBeGreaterThan(0);
    for (const m of told)
      for (const line of m.text.split('\n').filter((l) => /issued its mandate/.test(l)))
        expect(line, `${m.to}: ${m.subject}`).toMatch(/issued its mandate on April 10, 2019/);
  });

  it('an alert headed by the appeal’s docket still says which case the reader follows: the district case', () => {
    const headed = mails.filter((m) => /\(CA6 17-2171\)/.test(m.text.split('\n')[0] ?? ''));
    expect(headed.length).toBeGreaterThan(0);
    for (const m of headed)
      expect(m.text, m.subject).toMatch(
        /You receive this because you follow Hamama et al v\. Adducci on docketwatch/,
      );
  });

  it('never sends one message twice', () => {
    const ids = mails.map((m) => m.messageId);
    expect(ids.every((id) => /^<[^@]+@[^>]+>$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
