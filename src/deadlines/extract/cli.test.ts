/** `docketwatch analyze` as a user runs it: a real child process, JSON lines on stdout. */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../tests/support/shared.ts';

const run = promisify(execFile);
const bin = join(projectRoot, 'bin/docketwatch.js');

async function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('node', [bin, 'analyze', ...args], { cwd: projectRoot, timeout: 30_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('docketwatch analyze', () => {
  it('reads a higher court’s act as the case record does: the Supreme Court denying a stay application (district copy), rehearing denied (appeal docket)', async () => {
    const copy = await analyze([
      '--filed',
      '2026-06-02',
      '--court',
      'scd',
      'ORDER of USCA as to [77]: Applicants’ application for stay (26A311) presented to the Chief Justice and by him referred to the Court is DENIED. (jw)',
    ]);
    expect(copy.code).toBe(0);
    const a = JSON.parse(copy.stdout);
    expect(a.appellate).toMatchObject({ act: 'stay', action: 'denied', by: 'supreme_court' });
    expect(a.needsReview).toBeUndefined();
    const own = await analyze([
      '--filed',
      '2026-06-02',
      '--court',
      'ca4',
      'ORDER: The petition for rehearing en banc is DENIED. No judge requested a poll.',
    ]);
    expect(JSON.parse(own.stdout).appellate).toEqual({ act: 'rehearing_denied', enBanc: true });
  });

  it('reads one entry from the command line', async () => {
    const r = await analyze([
      '--filed',
      '2017-07-24',
      '--court',
      'mied',
      "OPINION AND ORDER Granting Petitioners' [33] Motion for Preliminary Injunction. Respondents shall file an answer to the [1] Petition within thirty (30) days of this Order. The Government shall file reports every 14 days regarding detention.",
    ]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.kind).toBe('opinion');
    expect(a.relatedEntries).toEqual([33, 1]);
    expect(a.deadlines[0]).toMatchObject({ dueDate: '2017-08-23', basis: 'period_in_text' });
    expect(a.deadlines[1].recurrence.firstOccurrences).toEqual(['2017-08-07', '2017-08-21', '2017-09-05']);
    expect(a.deadlines[0].source).toBeUndefined();
    expect(Object.keys(a)).toEqual([
      'kind',
      'subtype',
      'disposition',
      'relatedEntries',
      'deadlines',
      'stays',
      'injunctions',
      'hearings',
      'satisfies',
    ]);
  });

  it('reads a docket as JSON lines, in order, and the order text from --document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-analyze-'));
    const file = join(dir, 'docket.jsonl');
    const lines = [
      {
        number: 9,
        dateFiled: '2017-06-15',
        text: 'Emergency MOTION for Stay of Removal by All Petitioners. (Lee, P)',
      },
      {
        number: null,
        dateFiled: '2017-06-16',
        text: 'TEXT-ONLY ORDER: Respondents shall file a response to [9] MOTION on or before 6/20/2017. (ak)',
      },
      {
        number: 12,
        dateFiled: '2017-06-19',
        text: 'RESPONSE to [9] MOTION for Stay of Removal filed by All Respondents. (Ruiz, M)',
      },
    ];
    await writeFile(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const r = await analyze(['--input', file, '--court', 'mied']);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[2].satisfies).toEqual([
      { entry: expect.stringMatching(/^2017-06-16#/), what: 'response to [9]' },
    ]);

    const doc = join(dir, 'order.txt');
    await writeFile(
      doc,
      'IT IS ORDERED that Defendants shall file their answer on or before August 1, 2017.',
    );
    const d = await analyze([
      '--filed',
      '2017-07-01',
      '--document',
      doc,
      'ORDER re [5]. Signed by Judge A. Kim. (ak)',
    ]);
    expect(JSON.parse(d.stdout).deadlines.map((x: { dueDate: string }) => x.dueDate)).toEqual(['2017-08-01']);
  });

  it('says what is wrong with bad input and exits non-zero', async () => {
    const none = await analyze([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no docket text/);
    const dir = await mkdtemp(join(tmpdir(), 'dw-analyze-'));
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, '{"number": 1, "dateFiled": "2017-06-15", "text": "ORDER"}\nnot json\n');
    const bad = await analyze(['--input', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.jsonl:2: not a JSON object/);
    const help = await analyze(['--help']);
    expect(help.stdout).toMatch(/--input <file>/);
  });
});
