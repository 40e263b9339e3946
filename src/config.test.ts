import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV, loadConfig, redactedConfig, redactUrl } from './config.ts';
import { ConfigError } from './errors.ts';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'dw-config-'));
}

describe('configuration', () => {
  it('needs nothing: embedded defaults track Hamama v. Adducci on SQLite with mail in ./outbox', () => {
    const { config, file } = loadConfig({ cwd: dir(), env: {} });
    expect(file).toBeNull();
    expect(config.database).toBe('./data/docketwatch.sqlite');
    expect(config.cases).toEqual([
      expect.objectContaining({
        case: 'mied:2:17-cv-11910',
        name: 'Hamama et al v. Adducci',
        class:
          'Iraqi nationals in the U.S. with final removal orders who have been or will be arrested and detained by ICE',
        classFrom: '43',
        scope: 'nationwide',
        protects: 'removal',
      }),
    ]);
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.mail.outboxDir).toBe('./outbox');
  });

  it('reads a YAML file, and the environment wins over it, and options over both', () => {
    const cwd = dir();
    writeFileSync(
      join(cwd, 'docketwatch.config.yaml'),
      'database: ./x.sqlite\nweb:\n  port: 9000\nmail:\n  from: a@example.org\n',
    );
    const { config, file } = loadConfig({
      cwd,
      env: { PORT: '9100', SMTP_URL: 'smtp://u:p@127.0.0.1:2525' },
      overrides: { database: 'postgres://h/db' },
    });
    expect(file).toBe(join(cwd, 'docketwatch.config.yaml'));
    expect(config.web.port).toBe(9100);
    expect(config.mail.from).toBe('a@example.org');
    expect(config.mail.smtpUrl).toBe('smtp://u:p@127.0.0.1:2525');
    expect(config.database).toBe('postgres://h/db');
  });

  it('says what is wrong and where', () => {
    const cwd = dir();
    writeFileSync(
      join(cwd, 'docketwatch.config.yaml'),
      'web:\n  port: 99999\nmail:\n  from: not-an-email\nbogus: 1\n',
    );
    let err: unknown;
    try {
      loadConfig({ cwd, env: { SMTP_URL: 'http://x' } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('docketwatch.config.yaml');
    expect(msg).toMatch(/web\.port \(or PORT\)/);
    expect(msg).toMatch(/mail\.from \(or MAIL_FROM\)/);
    expect(msg).toMatch(/mail\.smtpUrl \(or SMTP_URL\): must start with smtp:\/\//);
    expect(msg).toMatch(/bogus/);
  });

  it('refuses a config file that is not a mapping, or not YAML', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'list.yaml'), '- a\n- b\n');
    expect(() => loadConfig({ cwd, env: {}, file: 'list.yaml' })).toThrow(/mapping of settings/);
    writeFileSync(join(cwd, 'bad.yaml'), 'a: [\n');
    expect(() => loadConfig({ cwd, env: {}, file: 'bad.yaml' })).toThrow(/not valid YAML/);
    expect(() => loadConfig({ cwd, env: {}, file: 'missing.yaml' })).toThrow(/does not exist/);
  });

  it('never shows secrets', () => {
    const { config } = loadConfig({
      cwd: dir(),
      env: {
        SMTP_URL: 'smtps://mailer:hunter2hunter2@mail.example.org:465',
        DOCKETWATCH_SECRET: 'a-very-long-signing-secret-of-32-chars',
        COURTLISTENER_TOKEN: 'cl-token-123',
        DATABASE_URL: 'postgres://dw:pgpass@127.0.0.1/dw',
      },
    });
    const shown = JSON.stringify(redactedConfig(config));
    for (const secret of [
      'hunter2hunter2',
      'a-very-long-signing-secret-of-32-chars',
      'cl-token-123',
      'pgpass',
    ]) {
      expect(shown).not.toContain(secret);
    }
    expect(shown).toContain('mailer');
    expect(redactUrl('smtp://u:p@h:25')).toBe('smtp://u:***@h:25');
  });

  it('sets each key from the environment variable docs/running.md names for it', () => {
    const documented = new Map<string, string>();
    const docs = readFileSync(new URL('../docs/running.md', import.meta.url), 'utf8');
    const table = docs.slice(docs.indexOf('| key | environment |')).split('\n\n')[0]!;
    for (const row of table.matchAll(/^\| (`[^|]+`) \| (`[^|]+`) \|/gm)) {
      const keys = row[1]!.split(', ').map((k) => k.replaceAll('`', ''));
      const names = row[2]!.split(', ').map((n) => n.replaceAll('`', ''));
      for (const [i, key] of keys.entries()) documented.set(names[i]!, key);
    }
    expect(new Map(ENV.map(([name, path]) => [name, path.join('.')]))).toEqual(documented);
    const { config } = loadConfig({
      cwd: dir(),
      env: { DOCUMENTS_DIR: '/srv/docs', JOB_EXPIRE_SECONDS: '600' },
    });
    expect(config.documents.dir).toBe('/srv/docs');
    expect(config.worker.jobExpireSeconds).toBe(600);
  });
});
