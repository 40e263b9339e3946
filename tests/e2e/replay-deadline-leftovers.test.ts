/**
 * #12's deadline and stay leftovers, replayed through the live path (`replayed`: the replay court,
 * the real worker, a real SMTP server) from two hand-written histories (fictional parties):
 *
 * - D. Del. (tests/fixtures/replay/clerk-dates-relieved-stay-ended.json): CM/ECF prints "Responses
 *   due by 5/1/2025" on a motion (ECF 12); the judge orders the response by May 5 (ECF 14); the
 *   clerk's later Set/Reset entry says May 2 (ECF 15, naming the motion, no order). A recurring
 *   status report (ECF 20) the court relieves the defendant of (ECF 30); a stay through July 24
 *   (ECF 30) lifted on July 10 (ECF 33). The case transferred to the District of Colorado (ECF 40),
 *   the clerk's record giving its number there (ECF 41).
 * - D.N.M. and the Tenth Circuit (tests/fixtures/replay/appellate-conditions-certiorari.json): a
 *   joint status report due "within 14 days after the Court of Appeals issues its mandate" (ECF
 *   25); the injunction affirmed; the Supreme Court denies certiorari on January 12, 2026, reported
 *   by its letter on January 16; the mandate issues January 20.
 *
 * How a careful reader takes them: one response, due May 5 — the judge's day, the clerk's May 1
 * only a computation and May 2 not the court's; the status reports are no longer due because the
 * court relieved the defendant (not a date cancelled); the stay ended July 10, not July 24; the
 * status report has no date until the mandate, then February 3, 2026 (14 days, FRCP 6); the
 * Supreme Court declined to hear the case on January 12, and the Tenth Circuit's decision stands.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePosture, caseRecordViews, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { runCli } from '../support/cli.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const history = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/replay/${file}`, import.meta.url), 'utf8'));

/** The replay's legal team and advocate, and an advocate reading each language. */
const READERS = [
  { email: DEMO_SUBSCRIBERS.legal },
  { email: DEMO_SUBSCRIBERS.advocate },
  ...ADVOCATES_IN_EVERY_LANGUAGE,
];
const ES = ADVOCATES_IN_EVERY_LANGUAGE[0].email;
const AR = ADVOCATES_IN_EVERY_LANGUAGE[1].email;

describe('clerk-computed dates, a duty relieved, a stay lifted early (D. Del., hand-written)', () => {
  const KEY = 'ded:1:25-cv-00318';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('clerk-dates-relieved-stay-ended.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  let app: Awaited<ReturnType<typeof testServer>> | undefined;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2025-07-15T16:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });
  const mails = (to: string) =>
    suite.rounds.mails
      .filter((m) => m.to === to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');
  const cli = (day: string) => suite.run.deadlines(day);

  it('one response to the motion, due on the judge’s day; the clerk’s days are history, never a second duty', async () => {
    for (const day of ['2025-04-14', '2025-04-20', '2025-05-01']) {
      const responses = (await caseRecordViews(suite.store, KEY, day)).filter(
        (r) => r.kind === 'deadline' && /\[12\]/.test(r.what),
      );
      expect(
        responses.map((r) => [r.due, r.clerkComputed, r.entry]),
        day,
      ).toEqual([['2025-05-05', '2025-05-01', '14']]);
      expect(responses[0]!.what).not.toMatch(/CM\/ECF/);
    }
    // Before the judge's order, CM/ECF's day is all there is, and it says so.
    const before = (await caseRecordViews(suite.store, KEY, '2025-04-11')).filter((r) =>
      /\[12\]/.test(r.what),
    );
    expect(before.map((r) => [r.due, r.what])).toEqual([
      ['2025-05-01', 'response to [12] (as computed by CM/ECF)'],
    ]);
    const out = await cli('2025-04-20');
    expect(out).toMatch(/Response to ECF No\. 12\s+Defendant\s+2025-05-05/);
    expect(out).toMatch(/NOTE {6}dl-\w+: set by ECF No\. 14; the clerk’s system had computed May 1, 2025/);
    expect(out).not.toMatch(/2025-05-0[12]/);
  });

  it('told as the court’s day beside the clerk’s; the clerk’s later May 2 reaches nobody', () => {
    const legal = mails(DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain('Deadline set by the court: Response to ECF No. 12, due May 5, 2025');
    expect(legal).toContain(
      'Response to ECF No. 12 (Defendant) due May 5, 2025 by the court’s order; the clerk’s system had computed May 1, 2025.',
    );
    expect(legal).not.toMatch(/extended to May 5|now due May 5|May 2, 2025/);
    for (const r of READERS) expect(mails(r.email), r.email).not.toMatch(/\bMay 2, 2025|\b2 de mayo de 2025/);
  });

  it('the status reports are no longer due because the court relieved the defendant: said so in every language, never “vacated”', async () => {
    const reports = (await caseRecordViews(suite.store, KEY, '2025-06-03')).filter((r) =>
      /status report/i.test(r.what),
    );
    expect(reports.map((r) => r.status)).toEqual(['relieved']);
    expect(await cli('2025-06-03')).toMatch(
      /Status report on its staffing plan \(recurring\)\s+Defendant\s+\S+\s+relieved/,
    );
    expect(mails(DEMO_SUBSCRIBERS.legal)).toContain(
      'No longer due: Status report on its staffing plan (recurring) (Defendant). The court relieved Defendant of this duty.',
    );
    expect(mails(ES)).toContain('El tribunal liberó al demandado de esta obligación.');
    expect(mails(AR)).toContain('أعفت المحكمة المدعى عليه من هذا الالتزام.');
    for (const r of READERS)
      expect(mails(r.email), r.email).not.toMatch(
        /Deadline vacated|deadline was cancelled|Plazo cancelado|إلغاء مهلة/,
      );
  });

  it('the stay lifted on July 10 is stored, listed and shown as ended July 10; July 24 stays in its history only', async () => {
    const stays = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'stay');
    expect(stays.map((s) => [s.status, s.due])).toEqual([['lifted', '2025-07-10']]);
    const history = stays[0]!.history as {
      action: string;
      expires: string | null;
      previousExpires: string | null;
    }[];
    expect(history.at(-1)).toMatchObject({
      action: 'lifted',
      expires: '2025-07-10',
      previousExpires: '2025-07-24',
    });
    for (const day of ['2025-07-10', '2025-07-15', '2025-07-24']) {
      const p = await casePosture(suite.store, KEY, day);
      expect(
        p.inForce.filter((f) => f.kind === 'stay'),
        day,
      ).toEqual([]);
    }
    expect((await casePosture(suite.store, KEY, '2025-07-09')).inForce.map((f) => f.until)).toEqual([
      '2025-07-24',
    ]);
    const out = await cli('2025-07-15');
    expect(out).toMatch(/stay of proceedings\s+2025-07-10\s+lifted/);
    expect(out).not.toContain('2025-07-24');
    const ics = parseCalendar(
      (await app!.inject({ method: 'GET', url: '/cases/ded/1:25-cv-00318/calendar.ics' })).body,
    );
    expect(
      ics.filter((e) => /stay/i.test(e.summary) && e.status !== 'CANCELLED').map((e) => e.start.slice(0, 10)),
    ).not.toContain('2025-07-24');
    // The order's own words stay quoted on the page; what the page says of the stay does not repeat them.
    const page = (await app!.inject({ method: 'GET', url: '/cases/ded/1:25-cv-00318' })).body.replaceAll(
      'STAYED until July 24, 2025',
      '',
    );
    expect(page).toMatch(/July 10, 2025/);
    expect(page).not.toMatch(/until July 24, 2025|through July 24, 2025/);
    for (const r of READERS)
      for (const m of suite.rounds.rounds.filter((x) => x.day >= '2025-07-10').flatMap((x) => x.mails))
        if (m.to === r.email)
          expect(m.text, `${r.email}: ${m.subject}`).not.toMatch(/(?:until|through) July 24, 2025/);
  });

  it('the transfer to the District of Colorado is in the posture from the order’s day, with the number there once the clerk gives it, and told once', async () => {
    // A motion asking for it transfers nothing.
    expect((await casePosture(suite.store, KEY, '2025-08-01')).transferred).toBeUndefined();
    expect((await casePosture(suite.store, KEY, '2025-08-15')).transferred).toMatchObject({
      direction: 'out',
      court: 'the District of Colorado',
      docketNumber: null,
      date: '2025-08-15',
    });
    expect((await casePosture(suite.store, KEY, '2025-08-20')).transferred).toMatchObject({
      docketNumber: '1:25-cv-02345',
      date: '2025-08-15',
    });
    expect(await cli('2025-08-21')).toContain(
      'TRANSFERRED to the District of Colorado (No. 1:25-cv-02345 there) on August 15, 2025 (ECF No. 40): its orders stay in force until that court acts',
    );
    expect(await cli('2025-08-01')).not.toContain('TRANSFERRED');
    const later = await testServer(suite.store, 'http://127.0.0.1', new Date('2025-08-21T16:00:00Z'));
    const page = (await later.inject({ method: 'GET', url: '/cases/ded/1:25-cv-00318' })).body;
    await later.close();
    expect(page).toContain(
      'Transferred to the District of Colorado (No. 1:25-cv-02345 there) on August 15, 2025: the case goes on there, and the orders entered here stay in force until that court acts on them.',
    );
    expect(mails(DEMO_SUBSCRIBERS.legal)).toContain(
      'The judge transferred the case to the District of Colorado on August 15, 2025. The case goes on there; the orders already entered stay in force until that court acts on them.',
    );
    expect(mails(ES)).toContain(
      'El tribunal transfirió el caso a «District of Colorado» el 15 de agosto de 2025.',
    );
    expect(mails(AR)).toContain('نقلت المحكمة القضية إلى');
    for (const r of READERS) {
      const told = suite.rounds.mails
        .filter((m) => m.to === r.email && m.kind === 'alert')
        .flatMap((m) => m.text.split('\n'))
        .filter((l) => /^\* (?:Case transferred|Caso transferido|نُقلت القضية)/.test(l));
      expect(told.length, r.email).toBeLessThanOrEqual(1);
    }
  });

  it('no message contradicts the posture, and each change is told once', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});

describe('a duty counted from the mandate, and certiorari denied (D.N.M. and the Tenth Circuit, hand-written)', () => {
  const KEY = 'nmd:1:25-cv-00411';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('appellate-conditions-certiorari.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mails = (to: string) =>
    suite.rounds.mails
      .filter((m) => m.to === to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');
  const report = async (day: string) =>
    (await caseRecordViews(suite.store, KEY, day))
      .filter((r) => r.kind === 'deadline' && /report/i.test(r.what))
      .map((r) => [r.due, r.status]);

  it('undated until the mandate is on a docket, then due 14 days after it (FRCP 6)', async () => {
    for (const day of ['2025-03-03', '2025-09-10', '2026-01-16', '2026-01-19'])
      expect(await report(day), day).toEqual([[null, 'undated']]);
    expect(await report('2026-01-20')).toEqual([['2026-02-03', 'upcoming']]);
    expect(await report('2026-01-22')).toEqual([['2026-02-03', 'upcoming']]);
    const out = await runCli([
      'deadlines',
      '--case',
      KEY,
      '--as-of',
      '2026-01-22',
      '--db',
      `${suite.run.dir}/replay.sqlite`,
    ]);
    // The order names whose duty it is ("the parties shall file …"): the party column says so. Its
    // name is the paper's whole name ("…, the parties shall file a joint status report" was named
    // "Report" until whatAfter stopped taking "shall file a joint" for the subject's name).
    expect(out.stdout).toMatch(/Joint status report\s+parties\s+2026-02-03\s+12\s+upcoming/);
  });

  it('told with its condition first, then once when dated — to every reader who hears of it', () => {
    const legal = mails(DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain(
      'Deadline set: Joint status report, due 14 days after the Court of Appeals issues its mandate',
    );
    expect(legal).not.toMatch(/an unstated date/);
    for (const r of READERS) {
      const alerts = suite.rounds.mails.filter((m) => m.to === r.email && m.kind === 'alert');
      const dated = alerts
        .flatMap((m) => m.text.split('\n'))
        .filter((l) => /^\* .*(?:February 3, 2026|3 de febrero de 2026|3 فبراير)/.test(l));
      expect(dated.length, r.email).toBeLessThanOrEqual(1);
    }
    expect(legal).toContain('Deadline set: Joint status report, due February 3, 2026');
    // Said in the reader's language since the thirteenth session (docketwatch's own words, not the court's).
    expect(mails(ES)).toContain(
      '14 días después de que el tribunal de apelaciones emita su mandato (aún sin fecha)',
    );
    expect(mails(ES)).not.toContain('«14 days after the Court of Appeals issues its mandate»');
  });

  it('certiorari denied: told as the Supreme Court’s act of January 12 (not the letter’s January 16), in plain words, in every language', () => {
    const legal = mails(DEMO_SUBSCRIBERS.legal);
    expect(legal).toContain('Supreme Court declined to hear the case');
    expect(legal).toContain(
      'The Supreme Court declined to hear the case on January 12, 2026 (petition for a writ of certiorari denied): the Tenth Circuit’s decision stands.',
    );
    expect(mails(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Supreme Court declined to hear the case on January 12, 2026: the court of appeals’ decision stands.',
    );
    expect(mails(ES)).toContain(
      'La Corte Suprema decidió no revisar el caso el 12 de enero de 2026: se mantiene la decisión del tribunal de apelaciones.',
    );
    expect(mails(AR)).toContain('رفضت المحكمة العليا النظر في القضية في 12 يناير/كانون الثاني 2026');
    for (const r of READERS) {
      const told = suite.rounds.mails
        .filter((m) => m.to === r.email && m.kind === 'alert')
        .flatMap((m) => m.text.split('\n'))
        .filter((l) =>
          /^\* (?:Supreme Court declined|La Corte Suprema no aceptará|المحكمة العليا رفضت)/.test(l),
        );
      expect(told.length, r.email).toBeLessThanOrEqual(1);
      expect(mails(r.email), r.email).not.toMatch(/January 16, 2026: the|16 de enero de 2026: se mantiene/);
    }
  });

  it('the injunction stays in force throughout; no message contradicts the posture, each change told once', async () => {
    for (const day of ['2025-09-10', '2026-01-12', '2026-01-16', '2026-01-22'])
      expect(
        (await casePosture(suite.store, KEY, day)).inForce.map((f) => f.kind),
        day,
      ).toEqual(['injunction']);
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
