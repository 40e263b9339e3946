/**
 * How reliefs and hearings end and move, through the live path (`replayedSuite`: the replay court,
 * the real worker, a real SMTP server), from a hand-written history
 * (tests/fixtures/replay/relief-and-hearing-lifecycle.json; fictional parties, D. Nev.).
 *
 * How a careful reader takes it:
 * - ECF 10 extends the TRO "through April 4, 2025, or until the Court rules on the [7] Motion for
 *   Preliminary Injunction, whichever is earlier"; ECF 14 grants [7] on March 28 without naming the
 *   TRO: the TRO ended that day. Its last day is March 28 wherever a last day is shown — the record,
 *   the CLI, the legal and advocate calendars, the key dates in en/es/ar, the emails — never April 4.
 *   A variant denies [7] instead: the TRO ends the same way and nothing is in force after it.
 * - The hearing set "for March 18" by ECF 5 is "CONTINUED to March 25" by a minute order that calls it
 *   "the Motion Hearing", and the status conference of April 15 is "adjourned to April 29" by a memo
 *   endorsement: each is one hearing, moved (its old day vacated, told as "moved"), then held once.
 * - The telephonic status conference of May 20 is VACATED on May 14: cancelled, never held — not in
 *   the CLI, not on the key dates after May 20.
 * - The minute entry granting the motion for a rule to show cause (May 7) is a ruling, not a hearing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { type Replayed, replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'nvd:2:25-cv-00418';
const PAGE = '/cases/nvd/2:25-cv-00418';
const HISTORY = JSON.parse(
  readFileSync(new URL('../fixtures/replay/relief-and-hearing-lifecycle.json', import.meta.url), 'utf8'),
) as { entries: { number: number | null; dateFiled: string; text: string }[] };

/** Records' actions that end a relief on their day. */
const ENDS = new Set(['vacated', 'dissolved', 'converted', 'ended_by_ruling', 'ended_by_judgment']);

const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function injunctionsInForce(run: Replayed, day: string) {
  const p = await casePosture(run.store, KEY, day);
  return p.inForce.filter((f) => f.kind === 'injunction').map((f) => [f.name, f.until ?? null]);
}

describe('a TRO ended by the ruling its term waited for; hearings continued, adjourned and vacated (D. Nev., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: HISTORY,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  let app: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2025-06-10T17:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the TRO is in force through April 4 "or until the ruling" until March 28, then the preliminary injunction alone', async () => {
    expect(await injunctionsInForce(suite.run, '2025-03-20')).toEqual([
      ['Temporary restraining order', '2025-04-04'],
    ]);
    expect(await injunctionsInForce(suite.run, '2025-03-29')).toEqual([['Preliminary injunction', null]]);
    expect(await injunctionsInForce(suite.run, '2025-04-02')).toEqual([['Preliminary injunction', null]]);
  });

  it('invariant: a relief’s last day, wherever it is shown, is never after the event that ended it', async () => {
    const records = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'injunction');
    const tro = records.find((r) => r.what === 'TRO')!;
    expect([tro.status, tro.due]).toEqual(['converted', '2025-03-28']);
    for (const r of records) {
      const ended = (r.history as { action?: string; date: string }[])
        .filter((h) => h.action && ENDS.has(h.action))
        .at(-1);
      if (ended && r.due) expect(r.due <= ended.date.slice(0, 10), `${r.what} ${r.due}`).toBe(true);
    }
    const cli = await suite.run.deadlines('2025-04-10');
    expect(cli).toMatch(/^in-\S+\s+injunction\s+TRO\s+2025-03-28\b/m);
    expect(cli).not.toMatch(/2025-04-04/);
    for (const audience of ['legal', 'advocate']) {
      for (const lang of audience === 'legal' ? ['en'] : ['en', 'es', 'ar']) {
        const ics = parseCalendar(
          (await app.inject({ url: `${PAGE}/calendar.ics?audience=${audience}&lang=${lang}` })).body,
        );
        const ends = ics.filter(
          (e) =>
            /TRO|restraining|restricción|التقييد/i.test(e.summary) &&
            !/effect|vigor|سريان.*يبدأ/i.test(e.summary),
        );
        expect(
          ends.map((e) => e.start.slice(0, 10)),
          `${audience} ${lang}`,
        ).not.toContain('2025-04-04');
        expect(
          ics.some((e) => e.start.startsWith('2025-04-04')),
          `${audience} ${lang}`,
        ).toBe(false);
      }
    }
    // The key dates (from "Coming up" on; the history above them quotes each order as it was told).
    const dates = async (lang: string) => {
      const page = (await app.inject({ url: `${PAGE}/key-dates?lang=${lang}&as-of=2025-04-10` })).body;
      return plain(page.slice(page.indexOf('id="upcoming-h"')));
    };
    for (const lang of ['en', 'es', 'ar']) {
      const page = await dates(lang);
      expect(page, lang).not.toMatch(/April 4, 2025|4 de abril de 2025|4 أبريل/);
    }
    expect(await dates('en')).toMatch(
      /temporary restraining order is in force from March 5, 2025 through March 28, 2025\. It no longer applies\./,
    );
    // What the readers were told after March 28 never gives the TRO a later day.
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (r.day >= '2025-03-28')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/April 4, 2025|4 de abril de 2025/);
  });

  it('the extension is an alert to every reader and says the TRO ends sooner with the ruling on [7], in en, es and ar; the digests’ in-force line says so too', () => {
    const on = (to: string, from: string, until: string) =>
      suite.rounds.rounds
        .filter((r) => r.day >= from && r.day < until)
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to);
    for (const to of [
      DEMO_SUBSCRIBERS.legal,
      DEMO_SUBSCRIBERS.advocate,
      ADVOCATES_IN_EVERY_LANGUAGE[2].email,
    ]) {
      const alert = on(to, '2025-03-17', '2025-03-18').find(
        (m) => m.kind === 'alert' && /extend|prorrog/i.test(m.subject),
      );
      expect(alert, to).toBeDefined();
    }
    const en = on(DEMO_SUBSCRIBERS.advocate, '2025-03-17', '2025-03-18')
      .map((m) => m.text)
      .join('\n');
    expect(en).toMatch(
      /until April 4, 2025\. It ends sooner if the judge rules on the motion \(ECF No\. 7\) before that day\./,
    );
    const es = on(ADVOCATES_IN_EVERY_LANGUAGE[2].email, '2025-03-17', '2025-03-18')
      .map((m) => m.text)
      .join('\n');
    expect(es).toMatch(/Termina antes si el tribunal decide sobre la moción \([^)]*7\) antes de esa fecha\./);
    const ar = on(ADVOCATES_IN_EVERY_LANGUAGE[1].email, '2025-03-17', '2025-03-28')
      .map((m) => m.text)
      .join('\n');
    expect(ar).toMatch(/أو حتى تفصل المحكمة في الطلب/);
    // The ruling that ended it granted the preliminary injunction: told once, as taking its place.
    const granted = on(DEMO_SUBSCRIBERS.advocate, '2025-03-28', '2025-03-29')
      .filter((m) => m.kind === 'alert')
      .map((m) => m.text)
      .join('\n');
    expect(granted).toMatch(
      /It takes the place of the temporary restraining order of March 5, 2025, which no longer applies\./,
    );
    const digests = on(DEMO_SUBSCRIBERS.advocate, '2025-03-18', '2025-03-28').filter(
      (m) => m.kind === 'digest',
    );
    for (const d of digests)
      expect(d.text).toMatch(/or until the judge rules on the motion \(ECF No\. 7\), if that comes first/);
  });

  it('each hearing is one record: moved by the continuance and the adjournment, held once; the vacated conference is cancelled, never held', async () => {
    const hearings = (await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'hearing');
    expect(hearings.map((h) => [h.due, h.status]).sort()).toEqual([
      ['2025-03-25', 'held'],
      ['2025-04-29', 'held'],
      ['2025-05-20', 'cancelled'],
    ]);
    for (const h of hearings) {
      const changes = (h.history as { change: string }[]).map((x) => x.change);
      expect(changes.includes('held') && changes.includes('cancelled'), h.what).toBe(false);
    }
    const moves = hearings
      .filter((h) => h.status === 'held')
      .map((h) => (h.history as { change: string }[]).map((x) => x.change));
    for (const m of moves) expect(m).toContain('reset');
    const cli = await suite.run.deadlines('2025-05-21');
    const rows = cli.split('\n').filter((l) => /^hr-/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows.find((l) => /2025-05-20/.test(l))).toMatch(/\bcancelled\b/);
    expect(cli).not.toMatch(/2025-03-18|2025-04-15|proceeding/);
    for (const audience of ['legal', 'advocate']) {
      const ics = parseCalendar(
        (await app.inject({ url: `${PAGE}/calendar.ics?audience=${audience}` })).body,
      );
      const standing = ics.filter((e) => /hearing|conference/i.test(e.summary) && e.status !== 'CANCELLED');
      const days = standing.map((e) => e.start.slice(0, 10));
      expect(new Set(days).size, audience).toBe(days.length);
      expect(days, audience).not.toContain('2025-03-18');
      expect(days, audience).not.toContain('2025-04-15');
      expect(days, audience).not.toContain('2025-05-07');
    }
    const ended = (lang: string) => app.inject({ url: `${PAGE}/key-dates?lang=${lang}&as-of=2025-05-25` });
    const en = plain((await ended('en')).body);
    expect(en).toMatch(/The hearing set for May 20, 2025 \(“[^”]+”\) was cancelled/);
    expect(en).not.toMatch(/held a hearing on May 20, 2025/);
    expect(plain((await ended('es')).body)).not.toMatch(/Se celebró el 20 de mayo de 2025/);
    expect(plain((await ended('ar')).body)).not.toMatch(/عُقدت الجلسة في 20 مايو/);
  });

  it('the readers are told "moved" and "cancelled", never a second hearing on the old day; no message contradicts the posture', () => {
    const alerts = (to: string) => suite.rounds.mails.filter((m) => m.to === to).map((m) => m.subject);
    for (const to of [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]) {
      const subjects = alerts(to).join('\n');
      expect(subjects, to).toMatch(/moved to March 25, 2025/);
      expect(subjects, to).toMatch(/moved to April 29, 2025/);
      expect(subjects, to).not.toMatch(/set for (?:March 25|April 29), 2025/);
    }
    const advocate = suite.rounds.mails
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate)
      .map((m) => m.text)
      .join('\n');
    expect(advocate).not.toMatch(/held[^\n]*May 20, 2025|May 20, 2025[^\n]*held/);
    // After the move, no digest lists the old days as coming hearings.
    for (const r of suite.rounds.rounds)
      for (const m of r.mails) {
        if (r.day >= '2025-03-12' && r.day < '2025-03-18')
          expect(m.text, r.day).not.toMatch(/March 18, 2025 at/);
        if (r.day >= '2025-04-09' && r.day < '2025-04-15')
          expect(m.text, r.day).not.toMatch(/April 15, 2025 at/);
      }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});

describe('the same TRO when the ruling denies the motion for a preliminary injunction', () => {
  const entries = HISTORY.entries.map((e) =>
    e.number === 14
      ? {
          ...e,
          text: 'ORDER by District Judge Renata Okafor denying [7] Motion for Preliminary Injunction. Petitioner has not shown a likelihood of success on the merits. (rk) (Entered: 03/28/2025)',
        }
      : e,
  );
  const suite = replayedSuite({ caseKey: KEY, history: { ...HISTORY, entries } });

  it('the TRO ends with the ruling on March 28: nothing is in force after it, and its last day is March 28', async () => {
    expect(await injunctionsInForce(suite.run, '2025-03-27')).toEqual([
      ['Temporary restraining order', '2025-04-04'],
    ]);
    expect(await injunctionsInForce(suite.run, '2025-03-29')).toEqual([]);
    const tro = (await listDeadlineRecords(suite.store, KEY)).find((r) => r.kind === 'injunction')!;
    expect([tro.status, tro.due]).toEqual(['dissolved', '2025-03-28']);
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (r.day >= '2025-03-28') expect(m.text, `${r.day} ${m.to}`).not.toMatch(/April 4, 2025/);
    // Its end is news to every reader at once: nothing protects the class any more.
    for (const [to, says] of [
      [DEMO_SUBSCRIBERS.legal, /Temporary restraining order of March 5, 2025 dissolved/],
      [
        DEMO_SUBSCRIBERS.advocate,
        /ended the temporary restraining order of March 5, 2025: it no longer applies/,
      ],
    ] as const) {
      const alert = suite.rounds.rounds
        .filter((r) => r.day === '2025-03-28')
        .flatMap((r) => r.mails)
        .find((m) => m.to === to && m.kind === 'alert' && /restraining order/i.test(m.subject));
      expect(alert?.text, to).toMatch(says);
    }
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});
