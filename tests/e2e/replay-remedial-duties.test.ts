/**
 * Try-out 7 M4, C11 (the reason in every message) and its wording minors, through the live path
 * (`replayedSuite`: the replay court, the real worker, the store, SMTP in en/es/ar; the CLI on the
 * stored posture; the web server's .ics) from a hand-written history
 * (tests/fixtures/replay/remedial-order-duties.json; fictional parties, E.D. La.).
 *
 * How a careful reader takes it:
 * - the remedial order [25] in numbered paragraphs orders five things by a day: "1. Within thirty
 *   (30) days of entry of this Order, Defendants shall restore …" (July 10), "2. No later than
 *   August 29, 2025, Defendants shall retain …", "3. Defendants shall provide … within 21 days …
 *   and shall file a status report on compliance within 45 days …" (two duties, July 1 and July
 *   25), "4. Defendants may purge the contempt by paying … on or before July 1, 2025"; each is a
 *   deadline of the Defendants, named by its act; the coercive fine "shall accrue beginning
 *   September 2, 2025" is left for a person to read (not a duty);
 * - "The Court's Minute Order [27] was entered in error and is WITHDRAWN": its status report and
 *   status conference are off, and every message says why (the order of June 16 was withdrawn);
 * - "at ten o'clock in the morning" is 10:00; "Plaintiffs' motion due by …" after a heading is the
 *   Plaintiffs'; "(cma) Defendants shall SHOW CAUSE in writing …" is the Defendants';
 *   "Clerk's Minutes … Show Cause Hearing held on 6/3/2025" marks that hearing held;
 * - the reply [12] allows by April 24 ("Plaintiffs may file a reply", naming no motion) and never
 *   filed: "passed". A reply keyed to its motion is closed when that motion is decided
 *   (tests/e2e/replay-duties-met-and-terms.test.ts); this one names none, so no ruling ends it;
 * - Spanish and Arabic messages name docketwatch's own kinds of paper in their language (a status
 *   report, a written response to the order to show cause); the court's own words stay quoted;
 * - the advocates' calendar leaves out the lawyers' paperwork (opposition, reply, motion); the
 *   legal team's keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/remedial-order-duties.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, saidTo } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'laed:2:25-cv-01177';
const PAGE = '/cases/laed/2:25-cv-01177';
const [SPANISH, ARABIC] = ADVOCATES_IN_EVERY_LANGUAGE;

describe('a remedial order in numbered paragraphs, an order withdrawn, wording (E.D. La., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  let app: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2025-06-21T17:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });

  const cli = (asOf: string) => suite.run.deadlines(asOf);
  const said = (to: string) => saidTo(suite.rounds.rounds, to);

  it('every numbered duty of the remedial order is a deadline of the Defendants on its day, named by its act', async () => {
    const records = (await listDeadlineRecords(suite.store, KEY)).filter(
      (r) => r.kind === 'deadline' && r.entry === '25',
    );
    const got = records.map((r) => [r.due, r.party, r.what.toLowerCase()] as const).sort();
    expect(got.map(([due, party]) => [due, party])).toEqual([
      ['2025-07-01', 'Defendants'],
      ['2025-07-01', 'Defendants'],
      ['2025-07-10', 'Defendants'],
      ['2025-07-25', 'Defendants'],
      ['2025-08-29', 'Defendants'],
    ]);
    const names = got.map(([, , what]) => what).join(' | ');
    for (const act of [
      /^restore daily outdoor recreation in dormitory 4$/,
      /^retain an independent medical monitor$/,
      /medical intake screening to each detainee$/,
      /^status report on compliance$/,
      /^purge the contempt\b/,
    ])
      expect(
        got.some(([, , what]) => act.test(what)),
        `${act} in ${names}`,
      ).toBe(true);
    // A name is a duty, never two run together, never a period's words.
    for (const [, , what] of got) expect(what).not.toMatch(/\bwithin\b|\band\s+shall\b|\bdays\b/);
    const out = await cli('2025-06-21');
    expect(out).toMatch(
      /Restore daily outdoor recreation in Dormitory 4\s+Defendants\s+2025-07-10\s+19\s+upcoming/,
    );
    expect(out).toMatch(/Retain an independent medical monitor\s+Defendants\s+2025-08-29\s+69\s+upcoming/);
    // The fine from a day is not a duty: the entry asks a person to read that date.
    expect(out).toMatch(/\[25\][^\n]*"September 2, 2025"/);
  });

  it('the withdrawn order takes back its status report and conference, and every message says why', async () => {
    const p = await casePosture(suite.store, KEY, '2025-06-21');
    expect(p.hearings.filter((h) => h.date === '2025-08-14')).toEqual([]);
    expect(p.nextDeadlines.filter((d) => d.due === '2025-08-07')).toEqual([]);
    const team = said(DEMO_SUBSCRIBERS.legal);
    expect(team).toMatch(
      /Deadline vacated: Status report \(Plaintiffs\) \(was due August 7, 2025\)\. This is because the court withdrew the order that set it \(ECF No\. 27, June 16, 2025\)\./,
    );
    expect(team).toMatch(
      /Status conference of August 14, 2025 cancelled\. This is because the court withdrew the order that set it \(ECF No\. 27, June 16, 2025\)\./,
    );
    expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(
      /Deadline vacated: Status report \(its order was withdrawn\)[\s\S]*This is because the court withdrew the order that set it \(ECF No\. 27, June 16, 2025\)/,
    );
    expect(said(SPANISH.email)).toMatch(
      /el tribunal retiró la orden que fijó esta fecha \(ECF n\.º 27, 16 de junio de 2025\)/,
    );
    expect(said(ARABIC.email)).toMatch(/المحكمة سحبت الأمر الذي حدّد هذا الموعد/);
    // Never a bare "cancelled" about these two: each line that ends them gives the reason.
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate])
      for (const line of said(to).split('\n'))
        if (/August (?:7|14), 2025/.test(line) && /vacated|cancelled|no longer due/i.test(line))
          expect(line, to).toMatch(/withdrew the order that set it/);
  });

  it('a time in words, a possessive party after a heading, a party after the clerk’s initials, a hearing held by the clerk’s minutes', async () => {
    const out = await cli('2025-06-21');
    expect(out).toMatch(/oral argument\s+2025-05-08 10:00\s+held/);
    expect(out).toMatch(/show cause hearing\s+2025-06-03 14:00\s+held/);
    expect(out).toMatch(/Motion\s+Plaintiffs\s+2025-09-15/);
    expect(out).toMatch(/Show cause in writing\s+Defendants\s+2025-05-23\s+satisfied/);
    expect(out).toMatch(/Answer or otherwise respond to the amended complaint \(ECF/);
    // The entry number is not part of a deadline's name (a WHY line quotes the court's words as written).
    expect(out.replace(/^\s*WHY\b.*$/gm, '')).not.toMatch(/amended complaint 5\b/);
    expect(out).not.toMatch(/unread: "hearing held"/);
  });

  it('a reply never filed, set right after the opposition to [10], is in support of [10]: passed while [10] waits, closed when [10] is granted', async () => {
    expect(await cli('2025-05-01')).toMatch(
      /Reply in support of ECF No\. 10\s+Plaintiffs\s+2025-04-24\s+-?\d+\s+passed/,
    );
    expect(await cli('2025-06-21')).toMatch(
      /Reply in support of ECF No\. 10\s+Plaintiffs\s+2025-04-24\s+mooted/,
    );
  });

  it('Spanish and Arabic name docketwatch’s kinds of paper in their language; the court’s words stay quoted', () => {
    const es = said(SPANISH.email);
    expect(es).toMatch(/informe sobre el cumplimiento \(los demandados\)/);
    expect(es).not.toMatch(/«Status report/);
    expect(es).toMatch(/«Restore daily outdoor recreation in Dormitory 4»/);
    const ar = said(ARABIC.email);
    expect(ar).toMatch(/تقرير عن الامتثال/);
    expect(ar).not.toMatch(/Status report/);
  });

  it('the advocates’ calendar leaves out the lawyers’ paperwork; the legal team’s keeps it', async () => {
    const ics = async (query: string) =>
      parseCalendar((await app.inject({ url: `${PAGE}/calendar.ics${query}` })).body).map((e) => e.summary);
    const legal = await ics('');
    for (const paper of [/Opposition/, /Reply/, /Motion/])
      expect(legal.some((s) => paper.test(s))).toBe(true);
    for (const lang of ['en', 'es', 'ar']) {
      const advocate = await ics(`?audience=advocate&lang=${lang}`);
      expect(advocate.length, lang).toBeGreaterThan(0);
      expect(
        advocate.filter((s) => /Opposition|Reply|Motion\b|oposición|réplica|moción/i.test(s)),
        lang,
      ).toEqual([]);
    }
    const en = await ics('?audience=advocate&lang=en');
    expect(en.some((s) => /Restore daily outdoor recreation/.test(s))).toBe(true);
    const es = await ics('?audience=advocate&lang=es');
    expect(es.some((s) => /informe sobre el cumplimiento/.test(s))).toBe(true);
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
