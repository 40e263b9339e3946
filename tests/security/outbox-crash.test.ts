/**
 * Issue #13: after kill -9 in the middle of delivering, at most the messages that were in flight on
 * the open SMTP connections are sent again. A real `docketwatch notify --once` (a child process)
 * delivers 1,000 queued messages to a real SMTP server on 127.0.0.1; it is killed with SIGKILL after
 * 300 were accepted; a second run delivers the rest. Every accepted message is counted by its
 * Message-ID.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, writeTransaction } from '../../db/index.ts';
import { DEFAULT_SMTP_CONNECTIONS, loadConfig } from '../../src/config.ts';
import { deliverOutbox, enqueue } from '../../src/notify/outbox.ts';
import { notifySettings } from '../../src/notify/settings.ts';
import { createMailer } from '../../src/notify/transport.ts';
import { projectRoot } from '../support/shared.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { SECRET_TEXT } from '../support/web.ts';

const BIN = join(projectRoot, 'bin/docketwatch.js');
const MESSAGES = 1000;
const KILL_AFTER = 300;
/** nodemailer's pool: the connections a message can be in flight on (the default, `SMTP_CONNECTIONS` unset). */
const CONNECTIONS = DEFAULT_SMTP_CONNECTIONS;

let smtp: TestSmtp | null = null;
afterAll(async () => {
  await smtp?.close();
});

const messageIds = (s: TestSmtp) =>
  s.received.map((r) => /^Message-ID:\s*(\S+)/im.exec(r.raw.toString('latin1'))?.[1] ?? '?');

describe('the outbox after kill -9', () => {
  it(`repeats at most the ${CONNECTIONS} messages in flight on open connections`, async () => {
    smtp = await startSmtp();
    const db = join(mkdtempSync(join(tmpdir(), 'dw-crash-')), 'docketwatch.sqlite');
    const store = await openDatabase(db);
    await writeTransaction(store.db, async (trx) => {
      for (let i = 0; i < MESSAGES; i++) {
        const key = `alert:crash-test:${i}`;
        await enqueue(trx, {
          kind: 'alert',
          subscriptionId: null,
          message: {
            to: `reader${i}@example.org`,
            subject: `Message ${i}`,
            text: `Message ${i}`,
            html: `<p>Message ${i}</p>`,
            headers: { 'X-Docketwatch-Key': key },
            idempotencyKey: key,
          },
        });
      }
    });
    await store.close();

    const env = {
      ...process.env,
      DOCKETWATCH_SECRET: SECRET_TEXT,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'watch@example.org',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    };
    const child = spawn(process.execPath, [BIN, 'notify', '--once', '--db', db], { env, stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const received = smtp;
    const watcher = setInterval(() => {
      if (received.received.length >= KILL_AFTER) child.kill('SIGKILL');
    }, 1);
    const code = await exited;
    clearInterval(watcher);
    expect(code, stderr).toBeNull(); // killed, not finished
    const beforeRestart = smtp.received.length;
    expect(beforeRestart).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(beforeRestart).toBeLessThan(MESSAGES);

    // The next run, once the dead worker's claims have expired, sends what is left.
    const again = await openDatabase(db);
    try {
      const settings = notifySettings(loadConfig({ env, overrides: { database: db } }).config);
      const mailer = createMailer(settings.mailer);
      const later = new Date(Date.now() + 10 * 60_000);
      await deliverOutbox(again, mailer, { now: () => later });
      await mailer.close();
      const left = await again.db.selectFrom('outbox').select('id').where('status', '!=', 'sent').execute();
      expect(left).toEqual([]);
    } finally {
      await again.close();
    }
    const ids = messageIds(smtp);
    const distinct = new Set(ids);
    expect(distinct.size).toBe(MESSAGES);
    const repeated = ids.length - distinct.size;
    expect(repeated).toBeLessThanOrEqual(CONNECTIONS);
  }, 180_000);
});
