/** `docketwatch deadlines` and `docketwatch deadline confirm|dismiss|add` as a user runs them, on a temp SQLite file. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/shared.ts';

const _run = promisify(execFile);
const FIX = join(projectRoot, 'tests/fixtures/deadlines');
const dir = mkdtempSync(join(tmpdir(), 'docketwatch-deadline-cli-'));
const DB = join(dir, 'record.sqlite');
const CASE = 'mied:2:24-cv-10417';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, '--db', DB]);

const json = (s: string) => JSON.parse(s.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe('deadline commands', () => {
  it('ingest derives the record; deadlines shows the posture then the table; review and manual deadlines', async () => {
    expect((await cli('case', 'add', 'mied', '2:24-cv-10417-HMO', '--name', 'Yousif v. Reyes')).code).toBe(0);
    const ingest = await cli('ingest', join(FIX, 'stay-docket-1.jsonl'), join(FIX, 'stay-docket-2.jsonl'));
    expect(ingest.code, ingest.stderr).toBe(0);

    const text = await cli('deadlines', '--case', CASE, '--as-of', '2024-04-20');
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe(`${CASE} as of 2024-04-20`);
    expect(lines[1]).toBe(
      '  IN FORCE  Preliminary injunction in effect since April 3, 2024 (until further order)',
    );
    const header = lines.find((l) => l.startsWith('ID '))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'ID',
      'KIND',
      'WHAT',
      'PARTY',
      'DUE',
      'DAYS',
      'STATUS',
      'REVIEW',
      'FROM',
    ]);
    const row = lines.find((l) => l.includes('Status reports (recurring'))!;
    expect(row.split(/\s{2,}/).slice(1)).toEqual([
      'deadline',
      'Status reports (recurring, occurrence 2)',
      'Respondents',
      '2024-05-01',
      '11',
      'upcoming',
      'proposed',
      'ECF No. 25',
    ]);
    // Superseded by the injunction of April 3, before its planned April 4: listed as ending April 3.
    expect(lines.find((l) => / stay /.test(l))).toMatch(
      /stay of removal\s+2024-04-03\s+superseded\s+proposed\s+ECF No\. 14$/,
    );

    const data = json((await cli('deadlines', '--case', CASE, '--as-of', '2024-03-25', '--json')).stdout);
    const posture = data.posture as { inForce: { text: string }[] };
    expect(posture.inForce.map((f) => f.text)).toEqual(['Stay of removal in effect until April 4, 2024']);
    const records = data.records as { id: string; kind: string; daysLeft: number | null }[];
    const stay = records.find((r) => r.kind === 'stay')!;
    expect(stay.daysLeft).toBe(10);
    // Which entry, for people (`from`); the store's key stays as `entry`, for scripts.
    expect(stay).toMatchObject({ entry: '14', from: { label: 'ECF No. 14', number: '14' } });
    const from = (stay as unknown as { from: { dateFiled: string; description: string } }).from;
    expect(from.dateFiled).toMatch(/^2024-03-\d\d$/);
    expect(from.description.length).toBeGreaterThan(10);
    expect(from.description.length).toBeLessThanOrEqual(120);

    const reports = (
      json((await cli('deadlines', '--case', CASE, '--json', '--as-of', '2024-04-20')).stdout).records as {
        id: string;
        what: string;
      }[]
    ).find((r) => r.what.startsWith('status reports'))!;
    const confirm = await cli(
      'deadline',
      'confirm',
      reports.id,
      '--by',
      'rnassar',
      '--note',
      'read the order',
    );
    expect(confirm.code, confirm.stderr).toBe(0);
    expect(json(confirm.stdout)).toMatchObject({
      id: reports.id,
      review: 'confirmed',
      log: [{ action: 'confirm', who: 'rnassar', note: 'read the order' }],
    });

    const add = await cli(
      'deadline',
      'add',
      '--case',
      CASE,
      '--due',
      '2024-05-06',
      '--time',
      '17:00',
      '--what',
      'joint proposed case schedule',
      '--party',
      'All parties',
      '--by',
      'rnassar',
    );
    expect(add.code, add.stderr).toBe(0);
    const manual = json(add.stdout);
    expect(manual).toMatchObject({
      kind: 'deadline',
      due: '2024-05-06',
      dueTime: '17:00',
      review: 'confirmed',
      entry: null,
    });

    const dismiss = await cli('deadline', 'dismiss', String(manual.id), '--by', 'adam');
    expect(json(dismiss.stdout)).toMatchObject({ review: 'dismissed' });

    const events = (await cli('events', '--case', CASE, '--json')).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; record?: string });
    const types = events.map((e) => e.type).filter((t) => !/^(entry|gap)\./.test(t));
    expect(types).toEqual([
      'stay.granted',
      'stay.extended',
      'deadline.set',
      'stay.superseded',
      'injunction.granted',
      'deadline.satisfied',
      'deadline.confirmed',
      'deadline.set',
      'deadline.dismissed',
    ]);
    expect(events.find((e) => e.type === 'stay.extended')).toMatchObject({
      record: stay.id,
      expires: '2024-04-04',
    });

    const bad = await cli('deadline', 'confirm', 'dl-000000000000');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no tracked deadline with id "dl-000000000000"');
    const badDate = await cli('deadline', 'add', '--case', CASE, '--due', '5/6/2024', '--what', 'x');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--due takes a date YYYY-MM-DD');
  }, 300_000);
});

describe('deadlines lists the entries that need a person to read them', () => {
  it('prints NEEDS REVIEW with each entry and the words that triggered it, and needsReview in --json', async () => {
    const db = join(dir, 'review.sqlite');
    const run = (...args: string[]) => runCli([...args, '--db', db]);
    expect((await run('case', 'add', 'mied', '2:24-cv-10417-HMO')).code).toBe(0);
    const docket = JSON.parse(readFileSync(join(FIX, 'stay-docket-1.jsonl'), 'utf8').trim());
    docket.cases[0].entries = [
      {
        ...docket.cases[0].entries[0],
        number: '77',
        dateFiled: '2024-03-20',
        dateEntered: '2024-03-20',
        description: 'ORDER: The matter is set down for the calendar of 4/14/2024. (jd)',
        shortDescription: 'Order',
        pacerDocId: null,
        pacerSeqNo: '99',
      },
    ];
    const file = join(dir, 'unread.jsonl');
    writeFileSync(file, `${JSON.stringify(docket)}\n`);
    expect((await run('ingest', file)).code).toBe(0);
    const text = await run('deadlines', '--case', CASE, '--as-of', '2024-03-25');
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    const at = lines.indexOf('NEEDS REVIEW  1 entry needs a person to read it:');
    expect(at, text.stdout).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('  [77]  2024-03-20  unread: "4/14/2024"');
    const data = json((await run('deadlines', '--case', CASE, '--as-of', '2024-03-25', '--json')).stdout);
    expect(data.needsReview).toMatchObject([
      { entryNumber: '77', reason: 'unread', triggers: ['4/14/2024'] },
    ]);
  });
});
