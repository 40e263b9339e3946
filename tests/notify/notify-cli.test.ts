/**
 * The notification commands as an operator runs them: a real `docketwatch` process per command,
 * a real smtp-server on 127.0.0.1, mail read back with mailparser. Subscribe (pending) → notify
 * (the confirmation goes out) → confirm with the link's token → events arrive → notify (one
 * grouped alert) → digest preview/send → unsubscribe.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findCase } from '../../db/cases.ts';
import { openDatabase } from '../../db/index.ts';
import { jsonLines, runCli } from '../support/cli.ts';
import { DIALECTS, describeDialect, freshTarget } from '../support/db.ts';
import {
  addEntry,
  addEvent,
  CASE_KEY,
  deadlineSetPayload,
  stayExtendedPayload,
} from '../support/notify-store.ts';
import { parse, startSmtp } from '../support/smtp.ts';

const work = mkdtempSync(join(tmpdir(), 'docketwatch-notify-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (env: Record<string, string>, ...args: string[]) =>
  runCli(args, {
    cwd: work,
    env: {
      DOCKETWATCH_SECRET: 'cli-test-secret-0123456789abcdef0123456789',
      PUBLIC_URL: 'https://watch.example.org',
      MAIL_FROM: 'alerts@watch.example.org',
      ...env,
    },
  });

it('without DOCKETWATCH_SECRET or SMTP_URL, signs with a key kept beside the --db store', async () => {
  const db = freshTarget('sqlite');
  const outbox = join(dirname(db), 'outbox');
  const env = { DOCKETWATCH_SECRET: '', SMTP_URL: '', OUTBOX_DIR: outbox };
  expect((await cli(env, 'case', 'add', 'mied', '2:17-cv-11910', '--db', db)).code).toBe(0);
  const sub = await cli(env, 'subscribe', 'organizer@example.org', '--case', CASE_KEY, '--db', db);
  expect(sub.code).toBe(0);
  expect(readFileSync(join(dirname(db), 'signing-key'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  // Not in the working folder's default ./data, which is another store's.
  expect(existsSync(join(work, 'data', 'signing-key'))).toBe(false);
  // A later command against the same store signs and verifies with the same key.
  expect((await cli(env, 'notify', '--once', '--db', db)).code).toBe(0);
  const [eml] = readdirSync(outbox);
  const mail = await parse(readFileSync(join(outbox, eml!)));
  const token = /confirm\?token=([\w.-]+)/.exec(mail.text ?? '')![1]!;
  const confirmed = await cli(env, 'confirm', token, '--db', db);
  expect(confirmed.code).toBe(0);
  expect(jsonLines(confirmed.stdout)[0]).toMatchObject({ status: 'active' });
});

// The commands are dialect-blind (the pipeline tests cover both stores); one process costs seconds.
for (const dialect of DIALECTS.filter((d) => d === 'sqlite')) {
  describeDialect(dialect, 'notify commands', () => {
    it('subscribe → confirm → alerts → digest → unsubscribe, through a real SMTP server', async () => {
      const db = freshTarget(dialect);
      const smtp = await startSmtp();
      const env = { SMTP_URL: smtp.url };
      try {
        expect(
          (await cli(env, 'case', 'add', 'mied', '2:17-cv-11910', '--name', 'Hamama v. Adducci', '--db', db))
            .code,
        ).toBe(0);

        const bad = await cli(env, 'subscribe', 'not an address', '--case', CASE_KEY, '--db', db);
        expect(bad.code).toBe(1);
        expect(bad.stderr).toMatch(/is not an email address/);

        const sub = await cli(
          env,
          'subscribe',
          'Counsel@Example.org',
          '--case',
          CASE_KEY,
          '--audience',
          'legal',
          '--frequency',
          'daily',
          '--mute',
          'pro hac vice, appearance',
          '--db',
          db,
        );
        expect(sub.code, sub.stderr).toBe(0);
        const [created] = jsonLines(sub.stdout);
        expect(created).toMatchObject({
          email: 'Counsel@example.org',
          status: 'pending',
          confirmationQueued: true,
        });

        // The confirmation goes out with the next pass; nothing else does.
        const first = await cli(env, 'notify', '--once', '--db', db);
        expect(first.code, first.stderr).toBe(0);
        expect(jsonLines(first.stdout)[0]).toMatchObject({ sent: 1, failed: 0 });
        expect(smtp.received).toHaveLength(1);
        const confirmation = await parse(smtp.received[0]!.raw);
        const token = /confirm\?token=([\w.-]+)/.exec(confirmation.text ?? '')![1]!;
        const confirmed = await cli(env, 'confirm', token, '--db', db);
        expect(confirmed.code, confirmed.stderr).toBe(0);
        expect(jsonLines(confirmed.stdout)[0]).toMatchObject({ status: 'active' });

        // Events arrive (as ingest and the deadline record append them).
        const store = await openDatabase(db);
        try {
          const caseId = (await findCase(store.db, CASE_KEY))!.id;
          await addEntry(store, caseId, {
            number: 87,
            date: '2017-07-11',
            text: 'ORDER granting [80] Motion to Extend Stay of Removal through July 24, 2017.',
          });
          await addEntry(store, caseId, {
            number: 88,
            date: '2017-07-11',
            text: 'NOTICE of Appearance by Dan Counsel on behalf of All Petitioners. (Counsel, Dan)',
          });
          await addEvent(store, caseId, 'stay.extended', '87', stayExtendedPayload(87));
          await addEvent(store, caseId, 'deadline.set', '87', deadlineSetPayload(87));
        } finally {
          await store.close();
        }
        const second = await cli(env, 'notify', '--once', '--db', db);
        // The welcome the confirmation queued goes out, and the alert (delivered side by side: either
        // may arrive first).
        expect(jsonLines(second.stdout)[0]).toMatchObject({ events: 4, alertsQueued: 1, sent: 2 });
        expect(smtp.received).toHaveLength(3);
        const [one, two] = await Promise.all(smtp.received.slice(1, 3).map((r) => parse(r.raw)));
        const [welcome, alert] = one!.subject?.startsWith('You now follow') ? [one!, two!] : [two!, one!];
        expect(welcome.subject).toBe('You now follow Hamama v. Adducci');
        expect(welcome.text).toMatch(/Your subscription is confirmed/);
        expect(welcome.text).toMatch(/\/manage\?token=/);
        expect(alert.subject).toMatch(/^Stay extended.*\(\+1 more\) — Hamama v\. Adducci$/);

        // The digest preview writes files and sends nothing.
        const previewDir = join(work, `preview-${dialect}`);
        const preview = await cli(
          env,
          'digest',
          '--preview',
          previewDir,
          '--now',
          '2030-01-02T15:00:00Z',
          '--db',
          db,
        );
        expect(preview.code, preview.stderr).toBe(0);
        const [planned] = jsonLines(preview.stdout);
        expect(planned).toMatchObject({ email: 'Counsel@example.org', period: 'daily:2030-01-02' });
        const files = readdirSync(previewDir).sort();
        expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
        expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(1);
        const text = readFileSync(planned!.text as string, 'utf8');
        expect(text).toMatch(/^Hamama v\. Adducci/);
        expect(text).toContain('WHERE THE CASE STANDS');
        expect(text).not.toContain('NOTICE of Appearance');
        expect(smtp.received).toHaveLength(3);

        // Sending: due once for that day.
        const send = await cli(env, 'digest', '--send', '--now', '2030-01-02T15:00:00Z', '--db', db);
        expect(send.code, send.stderr).toBe(0);
        expect(jsonLines(send.stdout)).toEqual([
          expect.objectContaining({ period: 'daily:2030-01-02', result: 'queued' }),
        ]);
        const again = await cli(env, 'digest', '--send', '--now', '2030-01-02T16:00:00Z', '--db', db);
        expect(jsonLines(again.stdout)).toEqual([]);
        expect(smtp.received).toHaveLength(4);

        const outbox = await cli(env, 'outbox', '--json', '--db', db);
        expect(jsonLines(outbox.stdout).map((r) => [r.kind, r.status])).toEqual([
          ['digest', 'sent'],
          ['alert', 'sent'],
          ['welcome', 'sent'],
          ['confirm', 'sent'],
        ]);

        const unsub = await cli(env, 'unsubscribe', 'counsel@EXAMPLE.org', '--db', db);
        expect(unsub.code, unsub.stderr).toBe(0);
        expect(jsonLines(unsub.stdout)[0]).toMatchObject({ status: 'unsubscribed' });
        const listed = await cli(env, 'subscribers', '--json', '--db', db);
        expect(jsonLines(listed.stdout)).toEqual([expect.objectContaining({ status: 'unsubscribed' })]);
      } finally {
        await smtp.close();
      }
    }, 600_000);
  });
}
