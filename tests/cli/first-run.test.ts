/**
 * The first ten minutes as a new user spends them: real `docketwatch` processes for each command,
 * and the checks behind them as properties over every court docketwatch knows.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { allCourts, CaseNumberError, checkCaseNumber, suggestCourts } from '../../src/courts.ts';
import { ConfigError } from '../../src/errors.ts';
import { logFormat } from '../../src/log.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';
import { parse } from '../support/smtp.ts';

const BIN = join(projectRoot, 'bin/docketwatch.js');

const cli = (args: string[], env: NodeJS.ProcessEnv = {}, cwd = projectRoot) =>
  runCli(args, { cwd, timeoutMs: 120_000, env: { DATABASE_URL: '', ...env } });

describe('docketwatch for a new user', () => {
  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('refuses an unknown court or a docket number the court does not use, saying what was meant, and makes no store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-first-run-'));
    const db = join(dir, 'sub', 'x.sqlite');
    const court = await cli(['case', 'add', 'xyz', '2:17-cv-11910', '--db', db]);
    expect(court.code).toBe(1);
    expect(court.stderr).toContain('unknown court id "xyz"');
    const typo = await cli(['case', 'add', 'mie', '2:17-cv-11910', '--db', db]);
    expect(typo.stderr).toMatch(/did you mean .*mied/);
    const number = await cli(['case', 'add', 'mied', '17cv11910', '--db', db]);
    expect(number.code).toBe(1);
    expect(number.stderr).toContain('did you mean 17-cv-11910?');
    const swapped = await cli(['case', 'add', '2:17-cv-11910', 'mied', '--db', db]);
    expect(swapped.stderr).toContain('docketwatch case add mied 2:17-cv-11910');
    expect(existsSync(join(dir, 'sub'))).toBe(false);
    const ok = await cli(['case', 'add', 'mied', '2:17-cv-11910-TGB', '--db', db]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ case: 'mied:2:17-cv-11910', created: true });
    const appeal = await cli(['case', 'add', 'ca6', '17-2171', '--db', db, '--parent', 'mied:2:17-cv-11910']);
    expect(appeal.code).toBe(0);
  });

  it('reads without creating: a store that is not there is an error, not new folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-first-run-'));
    const db = join(dir, 'nonexistent', 'dir', 'x.sqlite');
    for (const args of [['cases'], ['entries', '--case', 'mied:2:17-cv-11910'], ['events'], ['status']]) {
      const r = await cli([...args, '--db', db]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toContain('there is no store at');
    }
    expect(existsSync(join(dir, 'nonexistent'))).toBe(false);
  });

  it('says a file that is not a docket is not one, even with a forced kind', async () => {
    for (const kind of ['pacer-docket', 'pacer-history', 'pacer-rss', 'pacer-nef', 'pacer-appellate']) {
      const r = await cli(['parse', '--kind', kind, 'README.md']);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { isDocket: boolean; reason: string | null };
      expect(out.isDocket, kind).toBe(false);
      expect(out.reason).toBeTruthy();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('the demo and the web server as a new user starts them', () => {
  it('keeps its store, never replaces one it did not make, links to the port it serves, and ends with how to open the pages', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dw-demo-'));
    mkdirSync(join(cwd, 'demo'));
    writeFileSync(join(cwd, 'demo/docketwatch.sqlite'), 'not the demo’s');
    const refused = await cli(['demo'], {}, cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('was not made by the demo');
    expect(readFileSync(join(cwd, 'demo/docketwatch.sqlite'), 'utf8')).toBe('not the demo’s');

    const own = join(cwd, 'mine.sqlite');
    const port = await freePort();
    const r = await cli(
      ['demo', '--db', own, '--port', String(port), '--outbox', 'mail'],
      { LOG_LEVEL: 'warn' },
      cwd,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(own)).toBe(true);
    expect(r.stdout).toContain(`docketwatch serve --db mine.sqlite --port ${port}`);
    expect(r.stdout).toContain(`http://localhost:${port}/cases/mied/2:17-cv-11910`);
    expect(r.stdout.split('\n').length).toBeLessThan(20);
    const mail = readdirSync(join(cwd, 'mail')).map((f) => readFileSync(join(cwd, 'mail', f), 'utf8'));
    expect(mail.length).toBeGreaterThan(0);
    const unfolded = mail.join('\n').replace(/=\r?\n/g, '');
    expect(unfolded).toContain(`http://localhost:${port}/manage`);
    expect(unfolded).not.toContain('localhost:8080');
    // A family reading Spanish and one reading Arabic are among the readers: their mail is in the
    // outbox, in their language, and the summary says who got what.
    for (const [lang, who, covered] of [
      ['es', 'a family reading Spanish', 'A quién ampara:'],
      ['ar', 'a family reading Arabic', 'المشمولون:'],
    ] as const) {
      expect(r.stdout).toMatch(new RegExp(`${who}: \\d+ to family-${lang}@demo\\.docketwatch\\.invalid`));
      const theirs = mail.filter((m) => new RegExp(`^To: family-${lang}@`, 'm').test(m));
      expect(theirs.length).toBeGreaterThan(0);
      for (const m of theirs) expect(m).toMatch(new RegExp(`^Content-Language: ${lang}`, 'm'));
      const texts = await Promise.all(theirs.map(async (m) => (await parse(Buffer.from(m))).text ?? ''));
      expect(texts.some((t) => t.includes(covered))).toBe(true);
    }
  }, 300_000);

  it('demo --languages takes en, es and ar, and says so otherwise', async () => {
    const r = await cli(['demo', '--languages', 'en,fr', '--db', join(tmpdir(), 'never.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--languages takes en, es and ar separated by commas, got "en,fr"');
  });

  it('serve links to the port it serves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-serve-'));
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [BIN, 'serve', '--port', String(port), '--db', join(dir, 'x.sqlite')],
      {
        cwd: dir,
        env: { ...process.env, DATABASE_URL: '', PUBLIC_URL: '' },
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(JSON.parse(line).publicUrl).toBe(`http://localhost:${port}`);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});

describe('case numbers and court ids', () => {
  it('accepts the usual forms in every court and refuses the other kind of court’s numbers', () => {
    for (const court of allCourts()) {
      if (court.type === 'national') continue;
      const appellate = court.type === 'appellate' || court.type === 'bap';
      const good = appellate ? '17-2171' : '2:17-cv-11910-TGB';
      const bad = appellate ? '2:17-cv-11910' : '17-2171';
      expect(checkCaseNumber(court.id, good).court.id).toBe(court.id);
      expect(() => checkCaseNumber(court.id, bad)).toThrow(CaseNumberError);
    }
  });

  it('suggests the court a one-letter typo came from, for every court id', () => {
    for (const court of allCourts()) {
      if (court.id.length < 4) continue;
      const typo = court.id.slice(0, -1);
      // `bap` could be any of five panels; only a typo one court starts with names that court.
      if (allCourts().filter((c) => c.id.startsWith(typo)).length > 1) continue;
      expect(suggestCourts(typo), typo).toContain(court.id);
    }
  });

  it('suggests the dashes of a run-together number', () => {
    expect(() => checkCaseNumber('mied', '2:17cv11910')).toThrow(/did you mean 2:17-cv-11910\?/);
    expect(() => checkCaseNumber('ca6', '172171')).toThrow(/did you mean 17-2171\?/);
  });
});

describe('settings a new user meets', () => {
  it('links to the port served when no public address is set', () => {
    const env = { PORT: '8091' };
    expect(loadConfig({ env, cwd: tmpdir() }).config.web.publicUrl).toBe('http://localhost:8091');
    const set = { PORT: '8091', PUBLIC_URL: 'https://dockets.example.org' };
    expect(loadConfig({ env: set, cwd: tmpdir() }).config.web.publicUrl).toBe('https://dockets.example.org');
  });

  it('writes logs in the format asked for', () => {
    expect(logFormat({ LOG_FORMAT: 'pretty' })).toBe('pretty');
    expect(logFormat({ LOG_FORMAT: 'JSON' })).toBe('json');
    expect(() => logFormat({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
  });
});
