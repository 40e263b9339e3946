/**
 * `docketwatch replay FILE` as a user runs it: a real process, a file of their own. A file that is
 * not a usable history is refused with the field and the line, before any store, outbox or folder
 * exists; a usable one replays and ends with its summary.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const cli = (args: string[], cwd: string) =>
  runCli(args, { cwd, timeoutMs: 120_000, env: { DATABASE_URL: '', SMTP_URL: '', LOG_LEVEL: 'warn' } });

const history = {
  court: 'flsd',
  docketNumber: '1:21-cv-20001',
  caseName: 'Example v. Sample',
  dateFiled: '2021-01-04',
  entries: [
    {
      number: 1,
      dateFiled: '2021-01-04',
      time: '09:00',
      shortDescription: 'Complaint',
      text: 'COMPLAINT filed by Example. (Doe, Jane) (Entered: 01/04/2021)',
    },
  ],
};

describe('docketwatch replay FILE', () => {
  it('refuses a file it cannot use, saying where, and creates nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dw-replay-cli-'));
    const bad = structuredClone(history) as Record<string, unknown>;
    (bad.entries as Record<string, unknown>[])[0]!.time = '9am';
    writeFileSync(join(cwd, 'case.json'), JSON.stringify(bad, null, 2));
    const r = await cli(['replay', 'case.json'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('case.json is not a replay history docketwatch can use');
    expect(r.stderr).toContain(`line 10, entries[0].time: expected a time of day in the court's zone`);
    expect(r.stderr).toContain('got "9am"');
    expect(readdirSync(cwd)).toEqual(['case.json']);
  });

  it('replays a file of its own into the store it names, and ends with the case it replayed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dw-replay-cli-'));
    writeFileSync(join(cwd, 'case.json'), JSON.stringify(history, null, 2));
    const r = await cli(
      ['replay', 'case.json', '--speed', 'max', '--db', 'case.sqlite', '--outbox', 'mail'],
      cwd,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Replayed 1 of 1 publications of Example v. Sample');
    expect(r.stdout).toContain('/cases/flsd/1:21-cv-20001');
    // What to run for the JSON is the command they ran, not the demo.
    expect(r.stdout).toContain('The whole summary as JSON: docketwatch replay case.json --json');
    expect(r.stdout).not.toContain('docketwatch demo');
    expect(existsSync(join(cwd, 'case.sqlite'))).toBe(true);
    expect(readdirSync(join(cwd, 'mail')).length).toBeGreaterThan(0);
  }, 120_000);
});
