/**
 * One hearing is one hearing, wherever it is told, through the live path (`replayedSuite`: the
 * replay court, the real worker, a real SMTP server), from a hand-written history
 * (tests/fixtures/replay/hearing-identity.json; fictional parties, D. Conn.).
 *
 * How a careful reader takes it:
 * - ECF 9 "will hear argument on the motion on March 20, 2025 at 10:00 a.m." and the clerk's ECF 10
 *   "Motion Hearing set for 3/20/2025 10:00 AM in Courtroom 4" are one hearing, held on March 20
 *   (ECF 14). The same pair for June 4 (ECF 27, 28) is one hearing, which ECF 29 "RESCHEDULED to
 *   6/11/2025": moved from June 4 to June 11 (never a second hearing, nor a cancelled June 4), held.
 * - The status conference of April 2 is "RESCHEDULED to 4/9/2025" by a text order that calls it "the
 *   hearing": moved, then held. The one "set for 5/6/2025 at 11:00 AM and will proceed by video" is
 *   set (the trailing clause hides nothing), with the joint status report due "7 days before" (April
 *   29), then VACATED: cancelled, never held.
 * - The oral argument of April 30 (ECF 21) passes with nothing on the docket saying it was held: its
 *   day has passed, and that is all docketwatch says — not "held" — until the transcript of it (ECF
 *   33, June 24) records that it was.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'ctd:3:25-cv-00731';
const PAGE = '/cases/ctd/3:25-cv-00731';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/hearing-identity.json', import.meta.url), 'utf8'),
) as unknown;

const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The days the history's hearings were set for, moved from, held on, or cancelled. */
const STANDS = [
  ['2025-03-20', 'held'],
  ['2025-04-09', 'held'],
  ['2025-04-30', 'held'],
  ['2025-05-06', 'cancelled'],
  ['2025-06-11', 'held'],
];
const MOVED_FROM = ['2025-04-02', '2025-06-04'];

describe('one hearing told twice, rescheduled, vacated, held or passed without a record (D. Conn., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: HISTORY,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  let app: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2025-06-25T17:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the store keeps one record per hearing, by its day: the pair told for one day is one, a move moves it, vacated is cancelled', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.status]).sort()).toEqual(STANDS);
    for (const h of hearings) {
      const changes = (h.history as { change: string }[]).map((x) => x.change);
      expect(changes.includes('held') && changes.includes('cancelled'), `${h.due}`).toBe(false);
    }
    // The two told twice kept the clerk's time and are about the motion the order named.
    const march = hearings.find((h) => h.due === '2025-03-20')!;
    expect(march.dueTime).toBe('10:00');
    const june = hearings.find((h) => h.due === '2025-06-11')!;
    expect((june.history as { change: string }[]).map((x) => x.change)).toEqual([
      'set',
      'duplicate',
      'reset',
      'held',
    ]);
    // The argument of April 30 is held by its transcript, not by any setting or minute entry.
    const argument = hearings.find((h) => h.due === '2025-04-30')!;
    expect((argument.history as { change: string; entry: string }[]).map((x) => x.change)).toEqual([
      'set',
      'held',
    ]);
    // The joint status report "7 days before" the May 6 conference, met on April 29.
    const report = (await listDeadlineRecords(suite.store, KEY)).find((r) =>
      /joint status report/i.test(r.what),
    );
    expect([report?.due, report?.status]).toEqual(['2025-04-29', 'satisfied']);
  });

  it('the CLI lists each hearing once; the argument whose day passed without a record says so, never "held"', async () => {
    for (const [asOf, rows] of [
      ['2025-03-15', 1],
      ['2025-05-10', 5],
      ['2025-06-20', 5],
    ] as const) {
      const cli = await suite.run.deadlines(asOf);
      const hearingRows = cli.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));
      expect(hearingRows, asOf).toHaveLength(rows);
      const days = hearingRows.map((l) => /\b(2025-\d\d-\d\d)\b/.exec(l)![1]);
      expect(new Set(days).size, asOf).toBe(days.length);
      for (const old of MOVED_FROM) if (asOf > '2025-06-01') expect(days).not.toContain(old);
      if (asOf >= '2025-05-01') {
        const argument = hearingRows.find((l) => l.includes('2025-04-30'))!;
        expect(argument).toMatch(/date passed, no record yet that it was held/);
        expect(argument).not.toMatch(/ {2}held {2}/); // the STATUS column alone
      }
    }
    // The posture on each day lists the hearings to come once each.
    for (const day of ['2025-03-11', '2025-03-26', '2025-05-09', '2025-05-21']) {
      const p = await casePosture(suite.store, KEY, day);
      const dates = p.hearings.map((h) => h.date);
      expect(new Set(dates).size, day).toBe(dates.length);
      expect(dates, day).not.toContain('2025-04-02');
      if (day >= '2025-05-20') expect(dates, day).not.toContain('2025-06-04');
    }
  });

  it('calendars and key dates: one event per hearing; held when the docket says so, "passed, no record yet" when not, in en, es and ar', async () => {
    for (const audience of ['legal', 'advocate'])
      for (const lang of audience === 'legal' ? ['en'] : ['en', 'es', 'ar']) {
        const ics = parseCalendar(
          (await app.inject({ url: `${PAGE}/calendar.ics?audience=${audience}&lang=${lang}` })).body,
        );
        const standing = ics
          .filter((e) => e.status !== 'CANCELLED' && /^2025-0[3-6]-(?:20|09|30|11)/.test(e.start))
          .filter((e) => !/report|informe|تقرير/i.test(e.summary));
        const days = standing.map((e) => e.start.slice(0, 10));
        expect(new Set(days).size, `${audience} ${lang}`).toBe(days.length);
        for (const old of MOVED_FROM)
          expect(
            ics.some((e) => e.start.startsWith(old)),
            `${audience} ${lang} ${old}`,
          ).toBe(false);
      }
    const page = async (lang: string, asOf = '2025-06-20') =>
      plain((await app.inject({ url: `${PAGE}/key-dates?lang=${lang}&as-of=${asOf}` })).body);
    const en = await page('en');
    expect(en).toMatch(/The court held a hearing on March 20, 2025/);
    expect(en).toMatch(/The court held a hearing on June 11, 2025/);
    expect(en).toMatch(
      /The court set a hearing for April 30, 2025: “[^”]+”\. That day has passed; the docket does not show yet that it was held\./,
    );
    expect(en).not.toMatch(/held a hearing on April 30, 2025/);
    expect(await page('es')).toMatch(
      /Fijada por el tribunal para el 30 de abril de 2025: [^.]+\. Esa fecha ya pasó; el expediente todavía no muestra que se haya celebrado\./,
    );
    expect(await page('es')).not.toMatch(/Se celebró el 30 de abril de 2025/);
    const ar = await page('ar');
    expect(ar).toMatch(/ولا يُظهر سجل القضية بعدُ أنها عُقدت/);
    expect(ar).not.toMatch(/عُقدت الجلسة في 30 أبريل/);
    // Once the transcript is on the docket, the argument was held.
    const later = await page('en', '2025-06-25');
    expect(later).toMatch(/The court held a hearing on April 30, 2025/);
    expect(later).not.toMatch(/does not show yet/);
  });

  it('each hearing is told once, a reschedule as a move "from D1 to D2", in en, es and ar; no message contradicts the posture', () => {
    const mails = suite.rounds.mails;
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const told = mails.filter((m) => m.to === to && m.kind !== 'welcome');
      const text = told.map((m) => m.text).join('\n');
      // One item "set for" each day told twice on the docket, in one message, and none for the
      // notice that repeats it (a digest's list of alerts already sent is not telling again).
      for (const day of ['March 20, 2025', 'June 4, 2025']) {
        const items = told.flatMap((m) =>
          m.text
            .split(/\nAlready sent to you as alerts\n/)[0]!
            .split('\n')
            .filter((l) => l.startsWith('* ') && l.includes(`set for ${day}`)),
        );
        expect(items, `${to} ${day}`).toHaveLength(1);
      }
      expect(text, to).toMatch(/moved from April 2, 2025 to April 9, 2025 at 2:00 PM/);
      expect(text, to).toMatch(/moved from June 4, 2025 to June 11, 2025 at 2:00 PM/);
      expect(text, to).not.toMatch(/(?:held|cancelled)[^\n]*(?:April 2|June 4), 2025/);
      // Never told as held ("… held on April 30"); where it will be held ("It will be held in
      // Courtroom 4.") is the setting's place, said before the day.
      expect(text, to).not.toMatch(
        /(?<!will be )held[^\n]*April 30, 2025|April 30, 2025[^\n]*(?<!will be )\bheld\b/,
      );
      expect(text, to).not.toMatch(/scheduled a oral/);
    }
    const inLang = (lang: string) =>
      mails
        .filter((m) => m.lang === lang && m.kind !== 'welcome')
        .map((m) => m.text)
        .join('\n');
    expect(inLang('es')).toMatch(/Cambió la fecha: [^,]+, del 2 de abril de 2025 al 9 de abril de 2025/);
    expect(inLang('ar')).toMatch(/نُقلت من 2 أبريل/);
    // After a move, no message lists the old day as a hearing to come.
    for (const r of suite.rounds.rounds)
      for (const m of r.mails) {
        if (r.day >= '2025-03-25' && r.day < '2025-04-02')
          expect(m.text, r.day).not.toMatch(/April 2, 2025 at/);
        if (r.day >= '2025-05-20' && r.day < '2025-06-04')
          expect(m.text, r.day).not.toMatch(/June 4, 2025 at/);
      }
    // Every "Next hearings" list is the live posture's, each hearing once.
    for (const r of suite.rounds.rounds) {
      const expected = r.posture.hearings.length;
      for (const m of r.mails.filter((x) => x.kind === 'digest' && x.lang === 'en')) {
        const section = /Next hearings:\n((?:\* .*\n?)*)/.exec(m.text)?.[1] ?? '';
        const lines = section.split('\n').filter((l) => l.startsWith('* '));
        expect(lines.length, `${r.day} ${m.to}`).toBe(expected);
      }
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
