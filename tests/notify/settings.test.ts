/**
 * The signing key: from DOCKETWATCH_SECRET, or — for the embedded default only (SQLite, mail to
 * files) — a key docketwatch makes once beside the store, so `npm start` with no configuration
 * sends (to ./outbox) and its links stay valid across restarts.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { LOCAL_KEY_FILE, notifySettings } from '../../src/notify/settings.ts';
import { signToken, verifyToken } from '../../src/notify/tokens.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'docketwatch-key-'));
  dirs.push(d);
  return d;
}
const settings = (cwd: string, env: NodeJS.ProcessEnv) => notifySettings(loadConfig({ cwd, env }).config);

describe('the signing key', () => {
  it('is made once in the data folder when nothing is configured, owner-only, and reused', () => {
    const cwd = dir();
    const db = join(cwd, 'data', 'docketwatch.sqlite');
    const first = settings(cwd, { DATABASE_URL: db });
    const path = join(cwd, 'data', LOCAL_KEY_FILE);
    expect(first.keySource).toMatchObject({ kind: 'file', created: true });
    expect(readFileSync(path, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = settings(cwd, { DATABASE_URL: db });
    expect(again.keySource).toMatchObject({ kind: 'file', created: false });
    expect(again.secret.equals(first.secret)).toBe(true);
    // A link signed before a restart still verifies after it.
    const token = signToken({ purpose: 'unsubscribe', subject: 'sub_1' }, first.secret);
    expect(verifyToken(token, 'unsubscribe', again.secret).subject).toBe('sub_1');
  });

  it('comes from DOCKETWATCH_SECRET when set, and then no file is made', () => {
    const cwd = dir();
    const s = settings(cwd, { DATABASE_URL: join(cwd, 'db.sqlite'), DOCKETWATCH_SECRET: 'k'.repeat(40) });
    expect(s.keySource).toEqual({ kind: 'environment' });
    expect(s.secret.toString()).toBe('k'.repeat(40));
    expect(() => statSync(join(cwd, LOCAL_KEY_FILE))).toThrow();
  });

  it('must come from the environment for real mail or a shared PostgreSQL store', () => {
    const cwd = dir();
    const smtp = () =>
      settings(cwd, { DATABASE_URL: join(cwd, 'db.sqlite'), SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(smtp).toThrow(ConfigError);
    expect(smtp).toThrow(/DOCKETWATCH_SECRET is not set.*SMTP_URL/);
    const pg = () => settings(cwd, { DATABASE_URL: 'postgres://dw@127.0.0.1/dw' });
    expect(pg).toThrow(/DOCKETWATCH_SECRET is not set.*PostgreSQL/);
    expect(() => statSync(join(cwd, LOCAL_KEY_FILE))).toThrow();
  });

  it('says what to do when the key file is damaged', () => {
    const cwd = dir();
    writeFileSync(join(cwd, LOCAL_KEY_FILE), 'short\n');
    expect(() => settings(cwd, { DATABASE_URL: join(cwd, 'db.sqlite') })).toThrow(
      /signing key in .*signing-key is not usable .*delete the file to make a new one/,
    );
  });
});
