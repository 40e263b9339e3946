/**
 * Which deadline an order's words are about, replayed through the live path (`replayedSuite`: the
 * replay court, the real worker, a real SMTP server) from a hand-written history
 * (tests/fixtures/replay/deadline-identity.json; fictional parties, D. Vt.). Try-out 6 C5, C6, C7,
 * C9/C14, C10, C15, C16, M3, M6, M15.
 *
 * How a careful reader takes it (rules of legal language, not of these sentences):
 * - one paper per side: "Plaintiffs shall serve expert disclosures by D1. Defendants shall serve
 *   expert disclosures by D2" are two deadlines, and a later date for one side moves only its own;
 * - "Each deadline in the Scheduling Order [20] is extended by twenty-one (21) days" moves every
 *   open deadline that order set, each from its own day (FRCP 6(a): a last day on a holiday rolls);
 * - a stipulated amendment naming the order ("fact discovery closes D") moves the one it names;
 * - "RELIEVED of the obligation to file further 30-day status reports", "obligation to file monthly
 *   inspection logs is terminated" end that repeated duty — never a new one, never "missing" after;
 * - briefing on "Plaintiffs' Motion to Compel (ECF No. 33)" sets that motion's response (the other
 *   side's) and reply (the movant's) and moves nothing of another motion;
 * - an order granting more time moves the paper under another of its names: "responsive pleading"
 *   for "answer or otherwise respond", "motion for summary judgment and supporting brief" for
 *   "Motions for Summary Judgment", "combined cross-motion and response" for the response to it,
 *   "Defendants' deadline to file a reply" in an order granting a motion to reschedule a hearing
 *   (the reply is not one in support of that motion);
 * - papers that meet deadlines: a motion to dismiss meets "answer or otherwise respond" (FRCP 12);
 *   a "NOTICE OF FILING of Inspection Logs … pursuant to [12]" files the logs [12] asked for; a
 *   motion for more time to file a paper is not that paper.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'vtd:2:25-cv-00871';
const PAGE = '/cases/vtd/2:25-cv-00871';

interface Move {
  change: string;
  entry: string | null;
  due: string | null;
  previousDue: string | null;
}

describe('which deadline an order is about (D. Vt., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/deadline-identity.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((a) => ({ ...a })),
  });
  let app: Awaited<ReturnType<typeof testServer>> | undefined;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2026-04-22T16:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });

  const deadlines = async () =>
    (await listDeadlineRecords(suite.store, KEY))
      .filter((r) => r.kind === 'deadline')
      .map((r) => ({
        what: r.what.toLowerCase(),
        party: r.party,
        due: r.due,
        status: r.status,
        recurring: /\(recurring\)/.test(r.what),
        moves: (r.history as Move[]).filter((h) => h.entry !== null),
      }));

  it('one record per side per paper, each with its own dates', async () => {
    const all = await deadlines();
    // Invariant: no two open records for the same paper and the same side.
    const seen = new Map<string, number>();
    for (const d of all.filter((x) => x.status === 'open')) {
      const k = `${d.what}|${d.party ?? ''}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    const experts = all.filter((d) => /expert disclosures/i.test(d.what));
    expect(experts.map((d) => [d.party, d.moves.map((m) => m.due)]).sort()).toEqual([
      ['Defendants', ['2026-04-01', '2026-04-22', '2026-05-22']],
      ['Plaintiffs', ['2026-03-02', '2026-03-23', '2026-04-24']],
    ]);
  });

  it('every deadline of the scheduling order moves by the period, each from its own day; the stipulation moves the rest', async () => {
    const all = await deadlines();
    const fromTwenty = all.filter((d) => d.moves[0]?.entry === '20');
    expect(fromTwenty).toHaveLength(5);
    // Invariant: an extension never leaves the old date pending — each move starts from the day before it.
    for (const d of all)
      for (const [i, m] of d.moves.entries())
        if (i > 0 && m.previousDue !== null) expect(m.previousDue).toBe(d.moves[i - 1]!.due);
    const byPeriod = (d: (typeof all)[number]) =>
      d.moves.find((m) => m.change === 'extended' && !/^\d/.test(m.entry!));
    const moved = fromTwenty.map((d) => [d.what, d.party, byPeriod(d)?.previousDue, byPeriod(d)?.due]);
    expect(moved.sort()).toEqual(
      [
        ['expert disclosures', 'Defendants', '2026-04-01', '2026-04-22'],
        ['expert disclosures', 'Plaintiffs', '2026-03-02', '2026-03-23'],
        ['fact discovery', null, '2026-02-13', '2026-03-06'],
        ['motions for summary judgment', null, '2026-05-15', '2026-06-05'],
        // June 12 + 21 days is Friday July 3, 2026, the day Independence Day is observed: Monday July 6.
        ['responses to motions for summary judgment', null, '2026-06-12', '2026-07-06'],
      ].sort(),
    );
    const discovery = all.find((d) => d.what === 'fact discovery')!;
    expect([discovery.due, discovery.moves.at(-1)?.entry]).toEqual(['2026-04-10', '28']);
  });

  it('a relieved or terminated duty ends, never comes due again and is never a new duty', async () => {
    const all = await deadlines();
    const duties = all.filter((d) => d.recurring);
    expect(duties.map((d) => [d.what, d.status]).sort()).toEqual(
      [
        // Relieved by the court (#12): not a date vacated, nor met by a filing.
        ["annex's inspection logs with the court (recurring)", 'relieved'],
        ['status report regarding conditions at the shelburne annex (recurring)', 'relieved'],
      ].sort(),
    );
    const mails = suite.rounds.mails;
    expect(
      mails.filter((m) => /Expected filing missing|Falta un escrito|مستند متوقَّع/.test(m.subject)),
    ).toEqual([]);
    expect(mails.map((m) => m.text).join('\n')).not.toMatch(
      /is terminated \(recurring\)|Deadline[^\n“]*first due/,
    );
  });

  it('briefing on a second motion sets its own papers and leaves the first motion’s alone', async () => {
    const all = await deadlines();
    const briefing = all
      .filter((d) => /\[3[03]\]/.test(d.what))
      .map((d) => [d.what, d.party, d.moves.map((m) => m.due)]);
    expect(briefing.sort()).toEqual(
      [
        ['response to [30]', 'Plaintiffs', ['2026-03-12']],
        ['reply in support of [30]', 'Defendants', ['2026-03-19', '2026-03-23']],
        ['response to [33]', 'Defendants', ['2026-03-17']],
        ['reply in support of [33]', 'Plaintiffs', ['2026-03-24']],
      ].sort(),
    );
  });

  it('papers renamed by an order granting more time are moved, and met by what answers them', async () => {
    const all = await deadlines();
    expect(
      all.filter((d) => /answer|responsive pleading/i.test(d.what)).map((d) => [d.what, d.due, d.status]),
    ).toEqual([['answer or otherwise respond to the complaint', '2026-01-12', 'satisfied']]);
    expect(
      all
        .filter((d) => /summary judgment/i.test(d.what) && !/^responses/i.test(d.what))
        .map((d) => [d.what, d.due, d.status]),
    ).toEqual([['motions for summary judgment', '2026-06-26', 'open']]);
    // "Plaintiffs' combined cross-motion and response now due D": the response, moved.
    const responses = all.filter((d) => /^responses to motions for summary judgment/.test(d.what));
    expect(responses.map((d) => [d.due, d.moves.at(-1)?.entry])).toEqual([['2026-07-24', '46']]);
    expect(all.filter((d) => /combined|cross-motion/.test(d.what))).toEqual([]);
  });

  it('the CLI, the legal calendar and every reader’s mail say the moved dates; nothing contradicts the posture', async () => {
    const out = await suite.run.deadlines('2026-04-22');
    expect(out).not.toMatch(/MISSING|Responsive pleading|supporting brief|NEEDS REVIEW[\s\S]*twenty-one/);
    expect(out).toMatch(/Expert disclosures\s+Plaintiffs\s+2026-04-24/);
    expect(out).toMatch(/Expert disclosures\s+Defendants\s+2026-05-22/);
    const ics = parseCalendar((await app!.inject({ method: 'GET', url: `${PAGE}/calendar.ics` })).body);
    const days = (re: RegExp) => ics.filter((e) => re.test(e.summary)).map((e) => e.start.slice(0, 10));
    expect(days(/^(?:Deadline: )?Motions for summary Judgment/i)).toEqual(['2026-06-26']);
    expect(days(/Responses to motions for summary Judgment/i)).toEqual(['2026-07-24']);
    expect(days(/Fact discovery/i)).toEqual(['2026-04-10']);
    // The ended duties' later days stay on the calendar as cancelled, never as days to file.
    const duties = ics.filter((e) => /inspection logs|Status report regarding/i.test(e.summary));
    expect(duties.filter((e) => e.start.slice(0, 10) > '2026-03-16').map((e) => e.status)).not.toContain(
      'CONFIRMED',
    );
    expect(duties.filter((e) => e.status === 'CANCELLED').length).toBeGreaterThan(0);
    const legal = suite.rounds.mails
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(legal).toMatch(
      /Responses to motions for summary Judgment now due July 6, 2026 \(was June 12, 2026\)/,
    );
    expect(legal).toMatch(/Expert disclosures \(Plaintiffs\) now due March 23, 2026 \(was March 2, 2026\)/);
    expect(legal).toMatch(
      /Answer or otherwise respond to the complaint \(Defendants\) now due January 12, 2026/,
    );
    expect(legal).toMatch(
      /Reply in support of ECF No\. 30 \(Defendants\) now due March 23, 2026 \(was March 19, 2026\)/,
    );
    for (const lang of ['es', 'ar'] as const) {
      const theirs = suite.rounds.mails
        .filter((m) => m.lang === lang)
        .map((m) => m.text)
        .join('\n');
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
