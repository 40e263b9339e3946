/**
 * Forwarded notices by SMTP as a user runs them: `docketwatch listen-email` and `docketwatch run`
 * with `mail.inbound` configured (INBOUND_SMTP_*), real processes on a temp SQLite file, a real
 * nodemailer client. A notice for a configured address lands in the record; any other recipient
 * is refused with 550.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'docketwatch-listen-email-'));
const notice = readFileSync(join(projectRoot, 'scrapers/nef-mailbox/fixtures/forwarded-order.eml'));
const children: ChildProcess[] = [];
const env = { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'info' };

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(args, { env });

/** Start a long-running command; resolves with its output so far once `ready` matches it. */
function start(args: string[], extraEnv: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, ['bin/docketwatch.js', ...args], {
    cwd: projectRoot,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (b: Buffer) => {
    out.stdout += b.toString();
  });
  child.stderr!.on('data', (b: Buffer) => {
    out.stderr += b.toString();
  });
  const match = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${out.stdout}${out.stderr}`)), 30_000);
    const check = () => {
      const m = ready.exec(out.stdout + out.stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out.stdout}${out.stderr}`)));
  });
  return { child, out, match };
}

const send = (port: number, to: string) =>
  nodemailer
    .createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true })
    .sendMail({ envelope: { from: 'paralegal@example.org', to: [to] }, raw: notice });

async function until(what: string, ok: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function entry112(db: string): Promise<string | undefined> {
  const store = await openDatabase(db);
  try {
    const row = await store.db
      .selectFrom('entries')
      .select('description')
      .where('entry_key', '=', '112')
      .executeTakeFirst();
    return row?.description;
  } finally {
    await store.close();
  }
}

describe('docketwatch listen-email', () => {
  it('ingests a forwarded NEF sent to a configured address, refuses others with 550', async () => {
    const db = join(dir, 'listen.sqlite');
    expect((await cli('case', 'add', 'mied', '2:17-cv-11910', '--db', db)).code).toBe(0);
    const p = start(
      ['listen-email', '--port', '0', '--to', 'notices@docketwatch.test', '--db', db],
      {},
      /listening for forwarded notices on 127\.0\.0\.1:(\d+)/,
    );
    const port = Number((await p.match)[1]);

    const accepted = await send(port, 'Notices@docketwatch.test');
    expect(accepted.accepted).toEqual(['Notices@docketwatch.test']);
    await until('the entry event on stdout', () => /"entry":"112"|"112"/.test(p.out.stdout));
    const events = p.out.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { type: string; case: string });
    expect(events.some((e) => e.case === 'mied:2:17-cv-11910')).toBe(true);
    expect(await entry112(db)).toMatch(/Extending Stay of Removal/);

    await expect(send(port, 'someone-else@docketwatch.test')).rejects.toMatchObject({ responseCode: 550 });

    p.child.kill('SIGTERM');
    const code = await new Promise((r) => p.child.once('exit', r));
    expect(code).toBe(0);
  });

  it('says what is wrong with a bad --to', async () => {
    const r = await cli(
      'listen-email',
      '--port',
      '0',
      '--to',
      'not-an-address',
      '--db',
      join(dir, 'x.sqlite'),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/not an email address/);
  });
});

describe('docketwatch run with mail.inbound', () => {
  it('starts the listener from INBOUND_SMTP_PORT / INBOUND_SMTP_ADDRESSES and ingests notices', async () => {
    const db = join(dir, 'run.sqlite');
    const maildir = join(dir, 'Maildir');
    mkdirSync(join(maildir, 'new'), { recursive: true });
    expect((await cli('case', 'add', 'mied', '2:17-cv-11910', '--db', db)).code).toBe(0);
    // A local source, so the first start seeds nothing that would reach the internet.
    const added = await cli(
      'source',
      'add',
      'nef-mailbox',
      '--config',
      JSON.stringify({ dir: maildir }),
      '--db',
      db,
    );
    expect(added.code).toBe(0);
    const p = start(
      ['run', '--db', db, '--no-web', '--poll-cron', '0 0 1 1 *'],
      {
        INBOUND_SMTP_PORT: '0',
        INBOUND_SMTP_ADDRESSES: 'notices@docketwatch.test, clerk-forward@docketwatch.test',
        POLL_JITTER_SECONDS: '0',
      },
      /forwarded notices by SMTP on 127\.0\.0\.1:(\d+)/,
    );
    const port = Number((await p.match)[1]);
    await send(port, 'clerk-forward@docketwatch.test');
    expect(await entry112(db)).toMatch(/Extending Stay of Removal/);
    await expect(send(port, 'postmaster@docketwatch.test')).rejects.toMatchObject({ responseCode: 550 });
    p.child.kill('SIGTERM');
    await new Promise((r) => p.child.once('exit', r));
  });
});

describe('mail.inbound configuration', () => {
  const load = (env: Record<string, string>) => loadConfig({ env, cwd: dir }).config.mail.inbound;
  it('is off unless configured; reads INBOUND_SMTP_* with a comma-separated address list', () => {
    expect(load({})).toBeUndefined();
    expect(
      load({ INBOUND_SMTP_PORT: '2526', INBOUND_SMTP_ADDRESSES: 'a@docketwatch.test, b@docketwatch.test' }),
    ).toEqual({ host: '127.0.0.1', port: 2526, addresses: ['a@docketwatch.test', 'b@docketwatch.test'] });
  });
  it('says which setting is wrong: a port without addresses, a bad address', () => {
    expect(() => load({ INBOUND_SMTP_PORT: '2526' })).toThrow(ConfigError);
    expect(() => load({ INBOUND_SMTP_PORT: '2526' })).toThrow(/INBOUND_SMTP_ADDRESSES/);
    expect(() => load({ INBOUND_SMTP_ADDRESSES: 'nobody' })).toThrow(/mail\.inbound\.addresses/);
  });
});
