/**
 * A hearing's new day said in other words is one hearing on that day, through the live path
 * (`replayedFixtureSuite`: the replay court, the real worker, a real SMTP server), from a
 * hand-written history (tests/fixtures/replay/hearing-new-days.json; fictional parties, D. Del.;
 * try-out 11 Q2, R3, R11, p16).
 *
 * How a careful reader takes it: the TRO motion hearing noticed for June 8 at 2:00 PM "will now
 * commence at 10:00 a.m. on Thursday, June 10" (ECF 5, the motion named "(doc. no. 2)") — one
 * hearing, on June 10 at 10:00, held that day (minutes). ECF 7's "Any Petitioner whose custody
 * hearing has not been held within that period shall be released" cancels nothing (a condition,
 * and the immigration judge's hearing); its "The Court will take up the motion to certify class …
 * at a hearing on Tuesday, June 29, 2027, at 9:00 a.m." sets a hearing, and the PI motion's clerk
 * line "Motion Hearing set for 6/29/2027 09:00 AM" is that sitting, not a second one. ECF 9
 * "AMENDED to reflect that the hearing … will take place on June 30, 2027 at 9:00 AM, not June 29,
 * 2027" moves it; the party's "TRANSCRIPT ORDER for proceedings held on 6/30/2027" records it held.
 */
import { describe, expect, it } from 'vitest';
import { listDeadlineRecords } from '../../src/deadlines/record.ts';
import { contradictions } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'ded:1:27-cv-00612';

const hearingRows = (cli: string) => cli.split('\n').filter((l) => /^hr-\S+\s+hearing\b/.test(l));

describe('a hearing’s new day in other words is one hearing on it (D. Del., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'hearing-new-days.json');

  it('the store keeps two hearings, each on its last day and hour, held', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.dueTime, h.status]).sort()).toEqual([
      ['2027-06-10', '10:00', 'held'],
      ['2027-06-30', '09:00', 'held'],
    ]);
    const tro = hearings.find((h) => h.due === '2027-06-10')!;
    expect((tro.history as { change: string }[]).map((x) => x.change)).toEqual(['set', 'reset', 'held']);
    const certification = hearings.find((h) => h.due === '2027-06-30')!;
    expect((certification.history as { change: string }[]).map((x) => x.change)).toEqual([
      'set',
      'duplicate',
      'reset',
      'held',
    ]);
  });

  it('the CLI lists one hearing on its new day and hour, never the day it left, and none unrecorded', async () => {
    for (const [asOf, day, left] of [
      ['2027-06-05', '2027-06-10 10:00', '2027-06-08'],
      ['2027-06-09', '2027-06-10 10:00', '2027-06-08'],
      ['2027-06-14', '2027-06-29 09:00', '2027-06-30'],
      ['2027-06-16', '2027-06-30 09:00', '2027-06-29'],
    ] as const) {
      const rows = hearingRows(await suite.run.deadlines(asOf)).filter((r) => !/\bheld\b/.test(r));
      expect(rows, asOf).toHaveLength(1);
      expect(rows[0], asOf).toContain(day);
      expect(rows.join('\n'), asOf).not.toContain(left);
    }
    const after = await suite.run.deadlines('2027-07-06');
    expect(after).not.toMatch(/no record yet that it was held/);
    for (const left of ['2027-06-08', '2027-06-29', '2027-06-11'])
      expect(hearingRows(after).join('\n'), left).not.toContain(left);
  });

  it('every reader is told the new day in en and es, never the old one as coming, and no hearing cancelled', () => {
    const mails = suite.rounds.rounds.flatMap((r) =>
      r.mails.filter((m) => m.kind !== 'welcome').map((m) => ({ day: r.day, m })),
    );
    const en = mails.filter(({ m }) => m.lang === 'en');
    const es = mails.filter(({ m }) => m.lang === 'es');
    expect(en.length).toBeGreaterThan(0);
    expect(es.length).toBeGreaterThan(0);
    const allEn = en.map(({ m }) => m.text).join('\n');
    expect(allEn).toMatch(/moved from June 8, 2027 to June 10, 2027 at 10:00 AM/);
    expect(allEn).toMatch(/June 30, 2027 at 9:00 AM/);
    expect(es.map(({ m }) => m.text).join('\n')).toMatch(/10 de junio de 2027 a las 10:00 a\.\s?m\./);
    for (const { day, m } of mails) {
      // What the product says, not the docket text it quotes (“…”: "noticed for June 8, 2027").
      const said = `${m.subject}\n${m.text}`.replace(/“[^”]*”/g, '');
      // The move is told as a move; nothing in the history cancels a hearing.
      expect(said, `${day} ${m.lang}: ${m.subject}`).not.toMatch(
        /(?:hearing|conference)[^.\n]{0,60} was cancelled|Hearing cancelled|Se canceló: audiencia|Cancelado: audiencia/i,
      );
      if (day >= '2027-06-04') {
        expect(said.replace(/moved from June 8, 2027/g, ''), `${day}: ${m.subject}`).not.toMatch(
          /June 8, 2027/,
        );
        expect(said.replace(/del 8 de junio de 2027/g, ''), `${day}: ${m.subject}`).not.toMatch(
          /8 de junio de 2027 a las/,
        );
      }
      if (day >= '2027-06-15')
        expect(said, `${day}: ${m.subject}`).not.toMatch(/June 29, 2027 at|29 de junio de 2027 a las/);
      // One sitting: the PI motion's clerk line of June 14 sets no second hearing on June 29.
      if (day >= '2027-06-14')
        expect(said, `${day}: ${m.subject}`).not.toMatch(
          /hearing set for June 29|29 de junio de 2027: audiencia/i,
        );
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
