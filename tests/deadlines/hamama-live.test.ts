/**
 * Hamama v. Adducci through the live path: the replay court publishes the history (feed first,
 * partial; docket reports later, in full), the real worker polls, ingests, keeps the deadline
 * record and mails. After every round of the worker the test reads what the store says as of the
 * court's day and what was mailed in that round, and checks
 *
 * - on every day an order changed the posture (`../shared/hamama/timeline.json`), what the live
 *   store says is in force against the timeline;
 * - that no message says something is in force, or ends on a day, that the posture did not say at
 *   the moment it was sent, and that no message reads "NaN";
 * - that each change reaches a subscriber once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findCourt } from '../../src/courts.ts';
import { type CasePosture, casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_CASE, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { describeShared, sharedDir } from '../support/shared.ts';

interface TimelineItem {
  date: string | null;
  entryNumber: number | null;
  kind: string;
  effectOnDeadlines: string | null;
}

interface Mail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

interface Round {
  day: string;
  posture: CasePosture;
  /** Stored records' states, by the entry that set them: `stay:32` → `in_force 2017-07-24`. */
  records: Map<string, string>;
  mails: Mail[];
}

const long = (iso: string) => DateTime.fromISO(iso).toFormat('LLLL d, yyyy');

/** What is in force on a day the timeline records an order changing it. */
const EXPECTED: { day: string; entry: number; effect: RegExp; stay: string | null; injunctions: string[] }[] =
  [
    { day: '2017-06-22', entry: 32, effect: /STAY GRANTED/, stay: '2017-07-06', injunctions: [] },
    { day: '2017-06-26', entry: 43, effect: /STAY EXPANDED/, stay: '2017-07-10', injunctions: [] },
    { day: '2017-07-06', entry: 61, effect: /STAY EXTENDED/, stay: '2017-07-24', injunctions: [] },
    {
      day: '2017-07-24',
      entry: 87,
      effect: /PRELIMINARY INJUNCTION/,
      stay: null,
      injunctions: ['2017-07-24'],
    },
    {
      day: '2018-01-02',
      entry: 191,
      effect: /PI\b/,
      stay: null,
      injunctions: ['2017-07-24', '2018-01-02'],
    },
    {
      day: '2018-11-20',
      entry: 490,
      effect: /RELEASE PI/,
      stay: null,
      injunctions: ['2017-07-24', '2018-01-02', '2018-11-20'],
    },
  ];

describeShared('Hamama v. Adducci through the real worker: the live posture and every message', () => {
  const timeline = (
    JSON.parse(readFileSync(join(sharedDir, 'hamama/timeline.json'), 'utf8')) as { timeline: TimelineItem[] }
  ).timeline;
  let dir: string;
  const rounds: Round[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docketwatch-live-'));
    const outbox = join(dir, 'outbox');
    const seen = new Set<string>();
    await runDemo({
      speed: 'max',
      outboxDir: outbox,
      port: null,
      db: join(dir, 'live.sqlite'),
      logger: silentLogger,
      onCycle: async ({ court, daemon }) => {
        const day = DateTime.fromMillis(court.clock.nowMs(), { zone: findCourt('mied')!.tz }).toISODate()!;
        const exists = await daemon.store.db
          .selectFrom('cases')
          .select('id')
          .where('docket_number', '=', '2:17-cv-11910')
          .executeTakeFirst();
        if (!exists) return;
        const posture = await casePosture(daemon.store, DEMO_CASE, day);
        const records = new Map(
          (await listDeadlineRecords(daemon.store, DEMO_CASE))
            .filter((r) => r.kind === 'stay' || r.kind === 'injunction')
            .map((r) => [`${r.kind}:${r.entry}`, `${r.status} ${r.due ?? ''}`.trim()]),
        );
        const mails: Mail[] = [];
        let files: string[] = [];
        try {
          files = readdirSync(outbox).filter((f) => f.endsWith('.eml') && !seen.has(f));
        } catch {
          files = [];
        }
        for (const file of files.sort()) {
          seen.add(file);
          const m = await simpleParser(readFileSync(join(outbox, file)));
          const to = Array.isArray(m.to) ? m.to[0]?.text : m.to?.text;
          mails.push({ file, to: to ?? '', subject: m.subject ?? '', text: m.text ?? '' });
        }
        rounds.push({ day, posture, records, mails });
      },
    });
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const lastRoundOf = (day: string) => rounds.filter((r) => r.day === day).at(-1);
  const stayUntil = (p: CasePosture) => p.inForce.find((f) => f.kind === 'stay')?.until ?? null;
  const injunctionsSince = (p: CasePosture) =>
    p.inForce
      .filter((f) => f.kind === 'injunction')
      .map((f) => f.since)
      .sort();

  it.each(EXPECTED)('on $day, after ECF $entry, the live store says what the timeline says', (x) => {
    const item = timeline.find((t) => t.entryNumber === x.entry);
    expect(item?.date).toBe(x.day);
    expect(item?.effectOnDeadlines).toMatch(x.effect);
    const round = lastRoundOf(x.day);
    expect(round, `a round of the worker on ${x.day}`).toBeDefined();
    expect(stayUntil(round!.posture)).toBe(x.stay);
    expect(injunctionsSince(round!.posture)).toEqual(x.injunctions);
  });

  it('the Sixth Circuit vacates the July 24, 2017 and January 2, 2018 injunctions on December 20, 2018 (on the district docket December 21): they stay in force, and their duties with them, until the mandate issues (FRAP 41(c))', () => {
    const item = timeline.find((t) => t.date === '2018-12-20' && t.kind === 'appellate_opinion');
    expect(item?.effectOnDeadlines).toMatch(
      /Vacates the removal stay \(July 2017 PI\) and the bond-hearing injunction/,
    );
    const pending = rounds.filter((r) => r.day >= '2018-12-21' && r.day < '2019-04-10');
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) {
      expect(injunctionsSince(r.posture), r.day).toEqual(['2017-07-24', '2018-01-02', '2018-11-20']);
      const text = (since: string) => r.posture.inForce.find((f) => f.since === since)!.text;
      for (const since of ['2017-07-24', '2018-01-02'])
        expect(text(since), r.day).toMatch(
          /; the court of appeals vacated it on December 20, 2018: it stays in force until the mandate issues$/,
        );
      expect(text('2018-11-20')).not.toMatch(/appeals/);
      expect(r.records.get('injunction:87')).toMatch(/^in_force/);
      expect(r.records.get('injunction:191')).toMatch(/^in_force/);
    }
    // Each subscriber is told once, on the day of the opinion or the next, that it waits for the mandate.
    const told = rounds
      .filter((r) => r.day >= '2018-12-20' && r.day <= '2018-12-22')
      .flatMap((r) => r.mails)
      // The item itself (its headline and sentence), not a digest's list of alerts already sent.
      .filter((m) => /(?:Ruling|Preliminary injunction[^\n]*) vacated on appeal\n {2}\S/.test(m.text));
    expect(new Set(told.map((m) => m.to)).size).toBe(2);
    for (const m of told) expect(m.text).toMatch(/preliminary injunction of July 24, 2017/);
  });

  it('the mandate (April 10, 2019) vacates them: only the injunction of November 20, 2018 stays in force, and the vacated orders’ duties end', () => {
    const after = rounds.filter((r) => r.day >= '2019-04-11');
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) {
      expect(injunctionsSince(r.posture), r.day).toEqual(['2018-11-20']);
      expect(r.records.get('injunction:87')).toMatch(/^vacated/);
      expect(r.records.get('injunction:191')).toMatch(/^vacated/);
      expect(r.records.get('injunction:490')).toMatch(/^in_force/);
      expect(r.posture.nextDeadlines.filter((d) => /report to class counsel/.test(d.what))).toEqual([]);
    }
    const vacated = rounds
      .filter((r) => r.day >= '2019-04-10' && r.day <= '2019-04-12')
      .flatMap((r) => r.mails)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');
    expect(vacated).toMatch(/[Pp]reliminary injunction of July 24, 2017 (?:was )?vacated/);
    expect(vacated).toMatch(/[Pp]reliminary injunction of January 2, 2018 (?:was )?vacated/);
  });

  it('on no day does a look as of that day show a change from after it', () => {
    // The changes the record keeps carry the day they happened; none is after the day looked at.
    const late = rounds.flatMap((r) =>
      r.posture.recentChanges.filter((c) => c.date > r.day).map((c) => [r.day, c]),
    );
    expect(late).toEqual([]);
    expect(rounds.at(-1)!.posture.recentChanges.length).toBeGreaterThan(0);
  });

  it('no message contradicts the posture at the moment it was sent, and none reads NaN', () => {
    for (const r of rounds) {
      const stay = stayUntil(r.posture);
      for (const m of r.mails) {
        const where = `${r.day} ${m.to} "${m.subject}"`;
        expect(`${m.subject}\n${m.text}`, where).not.toMatch(/\bNaN\b/);
        // "Stay ends today (July 6, 2017)", "Stay ends in 5 days (July 10, 2017)": the day the stay ends now.
        for (const s of `${m.subject}\n${m.text}`.matchAll(
          /Stay ends (?:today|in \d+ days?) \(([A-Z][a-z]+ \d+, \d{4})\)/g,
        ))
          expect([where, s[1]]).toEqual([where, stay ? long(stay) : 'no stay in force']);
        // "… before the stay ends on July 10, 2017" (advocates), "Stay … expanded; in force through
        // July 10, 2017" (legal team): the last day the stay has now, never one the same order replaced.
        for (const s of `${m.subject}\n${m.text}`.matchAll(
          /(?:stay ends on|Stay \([^)]*\) (?:granted|expanded and extended|expanded|extended); in force through) ([A-Z][a-z]+ \d+, \d{4})/g,
        ))
          expect([where, s[0], s[1]]).toEqual([where, s[0], stay ? long(stay) : 'no stay in force']);
        // What a digest lists as in force is what is in force.
        const section = /\nIn force:\n((?:\* .*\n?)+)/.exec(m.text)?.[1];
        if (section !== undefined) {
          const lines = section.trim().split('\n');
          expect([where, lines.filter((l) => /injunction/i.test(l)).length]).toEqual([
            where,
            injunctionsSince(r.posture).length,
          ]);
          expect([where, lines.filter((l) => /^\* Stay/i.test(l)).length]).toEqual([where, stay ? 1 : 0]);
        }
        if (/Nothing is in force|In force: nothing/.test(m.text))
          expect([where, r.posture.inForce]).toEqual([where, []]);
      }
    }
  });

  it('each change reaches each subscriber once', () => {
    const bySubscriber = new Map<string, string[]>();
    for (const r of rounds)
      for (const m of r.mails) {
        // The news a message leads with (without the "(+2 more)" of a batch and the case name) and
        // the entry it is about (its number, or the words of an unnumbered one; else the day it was
        // sent, for an advocate's plain words).
        // "Who is covered … in its order of … (ECF No. 43)" cites the class's order (at the top of a
        // digest, or after an item); it is not what the message is about.
        const news = m.text
          .replace(/^Who is covered:.*$/m, '')
          .replace(
            /As (?:the court defined the class|this site’s maintainers give the court’s definition) in its order[^)]*\)\./g,
            '',
          );
        const about = /ECF No\. \d+|“[^”]{0,200}/.exec(news)?.[0] ?? r.day;
        const headline = `${m.subject.replace(/ \(\+\d+ more\)/, '').replace(/ — .*$/, '')} ${about}`;
        bySubscriber.set(m.to, [...(bySubscriber.get(m.to) ?? []), headline]);
      }
    for (const [to, headlines] of bySubscriber) {
      const repeated = headlines.filter((h, i) => headlines.indexOf(h) !== i);
      expect([to, repeated]).toEqual([to, []]);
      // A stay extension told without its date, then with it, is one change told twice.
      for (const h of headlines)
        if (/^Stay extended /.test(h) && !/^Stay extended to /.test(h))
          expect([to, headlines.filter((x) => /^Stay extended to /.test(x))]).toEqual([to, []]);
    }
  });
});
