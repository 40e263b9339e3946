/** The `docketwatch parse` contract, through the real binary in a child process. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const good = 'scrapers/pacer/fixtures/district-mied-civil.html';
const notDocket = 'scrapers/pacer/fixtures/not-docket-login.html';
const missing = 'scrapers/pacer/fixtures/no-such-file.html';

function parse(...args: string[]): { status: number | null; stdout: string[]; stderr: string[] } {
  const r = spawnSync(process.execPath, ['bin/docketwatch.js', 'parse', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = (s: string): string[] =>
    s.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  return { status: r.status, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

describe('docketwatch parse FILE...', () => {
  it('prints one JSON line per readable file in input order, one stderr line per failure, and exits non-zero', () => {
    const r = parse(good, missing, notDocket);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toHaveLength(2);
    const [first, second] = r.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({
      file: good,
      kind: 'pacer-docket',
      court: 'mied',
      isDocket: true,
      reason: null,
    });
    expect(second).toMatchObject({ file: notDocket, isDocket: false, reason: 'PACER login page', cases: [] });
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toMatch(/^scrapers\/pacer\/fixtures\/no-such-file\.html: .*(ENOENT|no such file)/);
  }, 60_000);

  it('prints the lines of many files in order, each as alone, and those before a failure before its stderr line', () => {
    // Lines are written a chunk at a time (`LineChunks`): 40 lines of this page are several chunks.
    const alone = parse(good).stdout;
    expect(alone).toHaveLength(1);
    const before = Array.from({ length: 40 }, () => good);
    const files = [...before, missing, good, notDocket];
    // stdout and stderr into one pipe, as in a terminal: the order in which they were written.
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/docketwatch.js parse "$@" 2>&1`, 'sh', ...files],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).not.toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines.slice(0, 40)).toEqual(before.map(() => alone[0]));
    expect(lines[40]).toMatch(/^scrapers\/pacer\/fixtures\/no-such-file\.html: /);
    expect(lines[41]).toBe(alone[0]);
    expect(JSON.parse(lines[42]!)).toMatchObject({ file: notDocket, isDocket: false });
    expect(lines).toHaveLength(43);
  }, 60_000);

  it('writes the same bytes into a file (`> out.jsonl`) as into a pipe', () => {
    const files = [...Array.from({ length: 40 }, () => good), missing, notDocket, good];
    const piped = spawnSync(process.execPath, ['bin/docketwatch.js', 'parse', ...files], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const dir = mkdtempSync(join(tmpdir(), 'parse-out-'));
    try {
      const out = openSync(join(dir, 'out.jsonl'), 'w');
      const r = spawnSync(process.execPath, ['bin/docketwatch.js', 'parse', ...files], {
        cwd: root,
        stdio: ['ignore', out, 'pipe'],
        timeout: 60_000,
      });
      closeSync(out);
      expect(r.status).toBe(piped.status);
      const written = readFileSync(join(dir, 'out.jsonl'), 'utf8');
      expect(written.split('\n')).toHaveLength(43); // 42 lines, each ended by a line break
      expect(written).toBe(piped.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes absent values as null, never leaving them out', () => {
    const r = parse(good);
    expect(r.status).toBe(0);
    expect(r.stderr).toEqual([]);
    const line = r.stdout[0]!;
    const c = (JSON.parse(line) as { cases: Record<string, unknown>[] }).cases[0]!;
    expect(c.dateTerminated).toBeNull();
    expect(c.demand).toBeNull();
    expect(c.pacerCaseId).toBe('321000');
    const minute = (c.entries as Record<string, unknown>[])[1]!;
    expect(minute).toMatchObject({
      number: null,
      pacerDocId: null,
      pacerSeqNo: null,
      shortDescription: null,
    });
    expect(line).not.toContain('undefined');
  }, 60_000);

  it('honours --kind and --court', () => {
    const page = 'scrapers/pacer/fixtures/district-criminal-descending.html';
    const r = parse('--kind', 'pacer-docket', '--court', 'mied', page);
    expect(r.status).toBe(0);
    // The page names its court in its links; --court only fills in when it does not.
    expect((JSON.parse(r.stdout[0]!) as { court: string }).court).toBe('nvd');
  }, 60_000);
});
