import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { addSource, configuredSources } from '../../db/sources.ts';
import { HttpClient } from '../../src/net/http.ts';
import { ingestEmailPath } from '../../src/sources/nef-notices.ts';
import { type NefSmtpServer, startNefSmtpServer } from '../../src/sources/nef-smtp.ts';
import { pollSource } from '../../src/sources/poll.ts';
import { freshStore } from '../support/db.ts';

const notice = readFileSync(
  new URL('../../scrapers/nef-mailbox/fixtures/forwarded-order.eml', import.meta.url),
);

async function trackedStore(): Promise<Store> {
  const store = await freshStore('sqlite');
  await addCase(store.db, 'mied', '2:17-cv-11910');
  return store;
}

describe('forwarded notices from a maildir', () => {
  it('ingests each message once and moves it from new/ to cur/', async () => {
    const store = await trackedStore();
    const dir = mkdtempSync(join(tmpdir(), 'dw-maildir-'));
    mkdirSync(join(dir, 'new'));
    mkdirSync(join(dir, 'cur'));
    writeFileSync(join(dir, 'new', '1507842130.M1.host'), notice);
    writeFileSync(join(dir, 'new', '1507842131.M2.host'), 'Subject: lunch?\r\n\r\nnot a notice');
    const outcomes: string[] = [];
    const { failed } = await ingestEmailPath(
      store,
      dir,
      (o) => void outcomes.push(`${o.status}:${o.events.map((e) => `${e.type}@${e.entry}`).join(',')}`),
    );
    expect(failed).toBe(0);
    expect(outcomes).toContain('ingested:entry.added@112');
    expect(outcomes).toContain('not-a-notice:');
    expect(readdirSync(join(dir, 'new'))).toEqual([]);
    expect(readdirSync(join(dir, 'cur')).sort()).toEqual([
      '1507842130.M1.host:2,S',
      '1507842131.M2.host:2,S',
    ]);
    // The same notice again (a second forward of it, say): already read.
    writeFileSync(join(dir, 'again.eml'), notice);
    const again: string[] = [];
    await ingestEmailPath(store, join(dir, 'again.eml'), (o) => void again.push(o.status));
    expect(again).toEqual(['seen']);
  });

  it('is polled as a source: new files only', async () => {
    const store = await trackedStore();
    const dir = mkdtempSync(join(tmpdir(), 'dw-eml-'));
    writeFileSync(join(dir, 'a.eml'), notice);
    const id = await addSource(store.db, { type: 'nef-mailbox', court: null, case: null, config: { dir } });
    const [row] = await configuredSources(store.db, id);
    const first = await pollSource(store, row!, { http: new HttpClient() });
    expect(first.events.map((e) => e.type)).toContain('entry.added');
    const second = await pollSource(store, row!, { http: new HttpClient() });
    expect(second.status).toBe('not-modified');
  });
});

describe('SMTP listener', () => {
  let store: Store;
  let smtp: NefSmtpServer;
  const arrived: string[] = [];
  beforeAll(async () => {
    store = await trackedStore();
    smtp = await startNefSmtpServer(store, {
      recipients: ['Notices@docketwatch.test'],
      maxBytes: 64 * 1024,
      onNotice: (o) => arrived.push(o.status),
    });
  });
  afterAll(() => smtp.close());
  const transport = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });

  it('takes notices for configured addresses and ingests them', async () => {
    await transport().sendMail({
      envelope: { from: 'paralegal@example.org', to: ['notices@docketwatch.test'] },
      raw: notice,
    });
    expect(arrived).toEqual(['ingested']);
    const entry = await store.db
      .selectFrom('entries')
      .select('description')
      .where('entry_key', '=', '112')
      .executeTakeFirst();
    expect(entry?.description).toMatch(/Extending Stay of Removal/);
  });

  it('refuses other recipients at RCPT TO with 550, and oversized messages', async () => {
    await expect(
      transport().sendMail({
        envelope: { from: 'x@example.org', to: ['someone@docketwatch.test'] },
        raw: notice,
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    const big = Buffer.concat([notice, Buffer.alloc(100 * 1024, 'x')]);
    await expect(
      transport().sendMail({
        envelope: { from: 'x@example.org', to: ['notices@docketwatch.test'] },
        raw: big,
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(arrived).toEqual(['ingested']);
  });
});
