/**
 * Deadlines named by the order that set them, orders to show cause, and hearings later held,
 * replayed through the live path (`replayed`: the replay court, the real worker, a real SMTP
 * server) from a hand-written history (tests/fixtures/replay/deadline-references.json; fictional
 * parties, D. Minn.).
 *
 * How a careful reader takes it:
 * - "The deadline in ECF No. 22 for filing dispositive motions is continued to 8/4/2025" moves the
 *   dispositive motions deadline ECF 22 set (July 14) to August 4: one deadline, "was July 14";
 *   "The expert disclosure deadline set in [16] is extended to 8/29/2025" moves ECF 16's July 31;
 * - ECF 36's order to show cause (due April 21) is met by the response of April 18 (ECF 37) and
 *   discharged April 23 — never "passed"; ECF 41's (due June 3) is vacated on May 28 before its day
 *   — no longer due, never "passed";
 * - the status conference set for November 12, 2024 and the hearing on the preliminary injunction
 *   motion set for April 9, 2025 are held on those days: each is one hearing, held, whatever the
 *   minute entry calls it ("proceedings held", "Motion Hearing held … re [30] MOTION for
 *   Preliminary Injunction").
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { caseRecordViews, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { runCli } from '../support/cli.ts';
import { contradictions, type PostureRounds, repeats } from '../support/posture-mail.ts';
import { type Replayed, replayed } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'mnd:0:24-cv-03318';
const PAGE = '/cases/mnd/0:24-cv-03318';

describe('deadlines named by their order, orders to show cause, hearings held (D. Minn., hand-written)', () => {
  let run: Replayed;
  let rounds: PostureRounds;
  let store: Store;
  let app: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    run = await replayed({
      caseKey: KEY,
      history: JSON.parse(
        readFileSync(new URL('../fixtures/replay/deadline-references.json', import.meta.url), 'utf8'),
      ),
    });
    ({ rounds, store } = run);
    app = await testServer(store, 'http://127.0.0.1', new Date('2025-07-20T17:00:00Z'));
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await run?.close();
  });

  const views = async (asOf: string) =>
    (await caseRecordViews(store, KEY, asOf)).filter((v) => v.kind === 'deadline');

  it('one dispositive motions deadline, moved July 14 → August 4 by ECF 46; one expert disclosures deadline, moved to August 29 by ECF 48', async () => {
    const records = (await listDeadlineRecords(store, KEY)).filter((r) => r.kind === 'deadline');
    const dispositive = records.filter((r) => /dispositive/i.test(r.what));
    expect(dispositive.map((r) => r.due)).toEqual(['2025-08-04']);
    const moves = (
      dispositive[0]!.history as { change: string; due: string | null; previousDue: string | null }[]
    )
      .filter((h) => h.change !== 'set')
      .map((h) => [h.change, h.previousDue, h.due]);
    expect(moves).toEqual([
      ['extended', '2025-06-16', '2025-07-14'],
      ['extended', '2025-07-14', '2025-08-04'],
    ]);
    const expert = records.filter((r) => /expert/i.test(r.what));
    expect(expert.map((r) => r.due)).toEqual(['2025-08-29']);
    // As of a day after July 14 and 31, nothing about them reads "passed".
    for (const v of await views('2025-07-20'))
      if (/dispositive|expert/i.test(v.what)) expect([v.what, v.status]).toEqual([v.what, 'upcoming']);
  });

  it('the legal team reads "extended to August 4, 2025 (was July 14, 2025)", and never a second dispositive motions deadline', () => {
    const legal = rounds.mails.filter((m) => m.to === DEMO_SUBSCRIBERS.legal).map((m) => m.text);
    const all = legal.join('\n');
    expect(all).toMatch(/ispositive motions[^\n]*August 4, 2025[^\n]*\(was July 14, 2025\)/);
    expect(all).toMatch(/xpert disclosures[^\n]*August 29, 2025[^\n]*\(was July 31, 2025\)/);
    // The deadline keeps its name: no item named after the reference ("deadline set in [20]").
    expect(all).not.toMatch(/^\* Deadline[^\n]*deadline (?:set in|in ECF No)/im);
    expect(contradictions(rounds.rounds).found).toEqual([]);
    expect(repeats(rounds.rounds)).toEqual([]);
  });

  it('the show-cause deadline of ECF 36 is met by ECF 37 and discharged; ECF 41’s is vacated before its day — neither "passed"', async () => {
    const osc = async (asOf: string) =>
      (await views(asOf)).filter((v) => /show cause/i.test(v.what)).map((v) => [v.entry, v.status]);
    expect(await osc('2025-04-19')).toEqual([['36', 'satisfied']]);
    expect(await osc('2025-05-01')).toEqual([['36', 'satisfied']]);
    expect(await osc('2025-06-05')).toEqual([
      ['36', 'satisfied'],
      ['41', 'vacated'],
    ]);
    const records = (await listDeadlineRecords(store, KEY)).filter((r) => /show cause/i.test(r.what));
    const first = records.find((r) => r.history.some((h) => (h as { entry?: string }).entry === '37'))!;
    expect(first.history.map((h) => (h as { change: string }).change)).toEqual([
      'set',
      'satisfied',
      'show_cause_discharged',
    ]);
    const out = await runCli([
      'deadlines',
      '--case',
      KEY,
      '--as-of',
      '2025-06-05',
      '--db',
      `${run.dir}/replay.sqlite`,
    ]);
    expect(out.code).toBe(0);
    // The table's rows (a WHY line below the table quotes the order's words).
    const rows = out.stdout.split('\n').filter((l) => /show cause/i.test(l) && !/^\s*WHY\b/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).not.toMatch(/\bpassed\b/);
    for (const m of rounds.mails)
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(/^\* Deadline (?:passed|missed)[^\n]*show cause/im);
  });

  it('each hearing is one hearing, held: in the record, the CLI, both calendars and the key dates', async () => {
    const hearings = (await listDeadlineRecords(store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.status]).sort()).toEqual([
      ['2024-11-12', 'held'],
      ['2025-04-09', 'held'],
    ]);
    const out = await runCli([
      'deadlines',
      '--case',
      KEY,
      '--as-of',
      '2025-04-10',
      '--db',
      `${run.dir}/replay.sqlite`,
    ]);
    const rows = out.stdout.split('\n').filter((l) => /\bhearing\b/.test(l) && /^hr-/.test(l));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/\bheld\b/);
    for (const audience of ['legal', 'advocate']) {
      const ics = parseCalendar(
        (await app.inject({ url: `${PAGE}/calendar.ics?audience=${audience}` })).body,
      );
      const onDay = (day: string) =>
        ics.filter((e) => e.start.startsWith(day) && /hearing|conference/i.test(e.summary));
      expect(onDay('2025-04-09').length, audience).toBeLessThanOrEqual(1);
      expect(onDay('2024-11-12').length, audience).toBeLessThanOrEqual(1);
    }
    const page = (await app.inject({ url: `${PAGE}/key-dates?lang=en&as-of=2025-04-10` })).body;
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text.match(/April 9, 2025 · [^·]*?Hearing:/g)).toHaveLength(1);
    expect(text.match(/November 12, 2024 · [^·]*?Hearing:/g)).toHaveLength(1);
  });
});
