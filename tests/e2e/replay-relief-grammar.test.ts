/**
 * The grammar of relief — how courts grant it, give its term and end it — through the live path
 * (`replayedSuite`: the replay court, the real worker, a real SMTP server), from hand-written
 * histories (tests/fixtures/replay/, fictional parties; D. Vt., D. Wyo., D.N.D.):
 *
 * - passive-relief-grants.json: "Petitioners' motion for a temporary restraining order (ECF No. 2)
 *   is GRANTED. Respondents shall not remove …" (no "enjoined"); "This Order will lapse at 5:00
 *   p.m. on March 17, 2025"; "EXTENDED for a like period" (FRCP 65(b)(2): fourteen days more from
 *   the old last day, through March 31); the PI "GRANTED IN PART" with "are ORDERED to …" and "The
 *   Temporary Restraining Order (ECF No. 5) is superseded by this Order"; "Paragraph 2 … is
 *   STRICKEN; all other provisions remain in effect" (a change, in force); "motion to dissolve … is
 *   GRANTED, and the preliminary injunction … is DISSOLVED".
 * - no-removal-order.json: individual habeas, "Respondents shall not remove Petitioner from the
 *   United States pending further order of the Court" — a stay of removal until further order —
 *   then "The stay of removal entered April 2, 2025 (ECF No. 3) is LIFTED".
 * - plra-renewal-decree.json: a PLRA preliminary injunction "GRANTED IN PART" with mandatory words,
 *   "Pursuant to 18 U.S.C. § 3626(a)(2), this preliminary injunction shall automatically expire
 *   ninety (90) days after its entry" (through November 12, 2025), "RENEWS … for an additional
 *   ninety (90) days" (from its last day: February 10, 2026); then "The Court APPROVES and ENTERS
 *   the parties' Consent Decree … in effect for two (2) years from the date of entry" (January 26,
 *   2028), "EXTENDED for one additional year" (January 26, 2029).
 * - injunction-stayed-for-a-time.json (D. Me.): "ORDER granting [4] Motion for Preliminary Injunction.
 *   … This injunction is STAYED for fourteen (14) days from entry of this Order to permit
 *   Respondents to seek a stay from the Court of Appeals" (June 18, 2025): granted but on hold
 *   through July 2, in force again from July 3.
 *
 * Invariants over every round: a granted motion for relief yields relief in force; nothing is in
 * force after the order or the day that ended it; no email contradicts the posture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { type Replayed, replayedSuite } from '../support/replayed.ts';

const history = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/replay/${name}.json`, import.meta.url), 'utf8')) as {
    entries: { number: number | null; dateFiled: string; text: string }[];
  };

/** Each relief in force on `day`: "kind name until". */
async function inForce(run: Replayed, key: string, day: string): Promise<string[]> {
  const p = await casePosture(run.store, key, day);
  return p.inForce.map((f) => `${f.kind} ${f.name} ${f.until ?? ''}`.replace(/\s+/g, ' ').trim());
}

const textsOn = (run: Replayed, day: string, to: string) =>
  run.rounds.rounds
    .filter((r) => r.day === day)
    .flatMap((r) => r.mails)
    .filter((m) => m.to === to)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');

const [ES, AR] = [ADVOCATES_IN_EVERY_LANGUAGE[0].email, ADVOCATES_IN_EVERY_LANGUAGE[1].email];

/** A granted motion for relief, by the entry's own words: there is relief in force from that day on (until something ends it). */
function grantsRelief(text: string): boolean {
  return /\bmotion\s+for\s+(?:a\s+)?(?:temporary\s+restraining\s+order|preliminary\s+injunction)\b(?:[^.]|\bNo\.)*\bis\s+GRANTED\b/i.test(
    text,
  );
}

describe('relief granted, timed and ended in the order’s own words (D. Vt.)', () => {
  const KEY = 'vtd:2:25-cv-00188';
  const HISTORY = history('passive-relief-grants');
  const suite = replayedSuite({
    caseKey: KEY,
    history: HISTORY,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, expected] of [
    ['2025-03-04', ['injunction Temporary restraining order 2025-03-17']],
    ['2025-03-13', ['injunction Temporary restraining order 2025-03-17']],
    // Extended "for a like period" on March 14: fourteen days more from March 17.
    ['2025-03-18', ['injunction Temporary restraining order 2025-03-31']],
    // The PI of March 28 supersedes the TRO: the TRO ends that day, one PI is in force.
    ['2025-03-28', ['injunction Preliminary injunction']],
    ['2025-04-15', ['injunction Preliminary injunction']],
    // Paragraph 2 stricken, the rest in effect: still in force.
    ['2025-06-03', ['injunction Preliminary injunction']],
    // Dissolved on September 15.
    ['2025-09-15', []],
    ['2025-10-01', []],
  ] as const)
    it(`${day}: ${expected.length ? expected.join(', ') : 'nothing in force'}`, async () => {
      expect(await inForce(suite.run, KEY, day)).toEqual(expected);
    });

  it('every granted motion for relief yields relief in force, and nothing stays in force after the dissolution', () => {
    const granted = HISTORY.entries.filter((e) => grantsRelief(e.text)).map((e) => e.dateFiled);
    expect(granted).toEqual(['2025-03-03', '2025-03-28']);
    for (const r of suite.rounds.rounds) {
      const injunctions = r.posture.inForce.filter((f) => f.kind === 'injunction');
      if (r.day >= granted[0]! && r.day < '2025-09-15') expect(injunctions.length, r.day).toBe(1);
      if (r.day >= '2025-09-15') expect(injunctions, r.day).toEqual([]);
    }
  });

  it('the PI stricken in part is told as changed, not ended; the dissolution as ended', async () => {
    const p = await casePosture(suite.store, KEY, '2025-06-03');
    expect(p.inForce[0]!.text).toMatch(/as modified by ECF No\. 20 on June 2, 2025/);
    expect(textsOn(suite.run, '2025-06-02', DEMO_SUBSCRIBERS.legal)).toMatch(/modified/i);
    expect(textsOn(suite.run, '2025-09-15', DEMO_SUBSCRIBERS.advocate)).toMatch(/dissolved|ended/i);
  });

  it('the messages give the TRO’s last day in every language, never "no end date" or "nothing in force" while it runs; none contradicts the posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    expect(textsOn(suite.run, '2025-03-03', DEMO_SUBSCRIBERS.advocate)).toMatch(
      /[Tt]emporary restraining order[\s\S]*until March 17, 2025/,
    );
    expect(textsOn(suite.run, '2025-03-14', DEMO_SUBSCRIBERS.advocate)).toMatch(/until March 31, 2025/);
    expect(textsOn(suite.run, '2025-03-14', ES)).toMatch(/31 de marzo de 2025/);
    expect(textsOn(suite.run, '2025-03-14', AR)).toMatch(/31 مارس\/آذار 2025/);
    // The PI's grant is one alert, not two ("+1 more" of the same grant).
    const piAlerts = suite.run.rounds.mails.filter(
      (m) =>
        m.to === DEMO_SUBSCRIBERS.advocate &&
        m.kind === 'alert' &&
        /Preliminary injunction granted/.test(m.subject),
    );
    expect(piAlerts.map((m) => m.subject)).toHaveLength(1);
    expect(piAlerts[0]!.subject).not.toMatch(/\+1 more/);
    for (const r of suite.rounds.rounds)
      for (const m of r.mails) {
        if (r.day >= '2025-03-03' && r.day < '2025-09-15')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force/);
        // The TRO's last day is said while it runs (the PI after it has none: "while this case is pending").
        if (r.day >= '2025-03-03' && r.day < '2025-03-28')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/no end date given/);
        // After March 28 the TRO is nowhere said to be in force.
        if (r.day >= '2025-03-28' && m.kind === 'digest')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(
            /In force:[\s\S]*Temporary restraining order, since/,
          );
      }
  });

  it('a TRO "converted into a preliminary injunction" in the order granting the PI motion is one PI, not two', async () => {
    const p = await casePosture(suite.store, KEY, '2025-04-15');
    expect(p.inForce.filter((f) => f.kind === 'injunction')).toHaveLength(1);
  });
});

describe('a TRO "converted into a preliminary injunction" by the order granting the PI motion (D. Vt. variant)', () => {
  const KEY = 'vtd:2:25-cv-00188';
  const HISTORY = history('passive-relief-grants');
  const entries = HISTORY.entries.map((e) =>
    e.number === 14
      ? {
          ...e,
          text: 'ORDER granting [2] Motion for Preliminary Injunction. The Temporary Restraining Order (ECF No. 5) is hereby converted into a preliminary injunction, which shall remain in effect while this case is pending. Respondents shall not remove any class member from the United States. Signed by Judge Corinne A. Whitcombe on 3/28/2025. (kbw) (Entered: 03/28/2025)',
        }
      : e,
  );
  const suite = replayedSuite({ caseKey: KEY, history: { ...HISTORY, entries } });

  it('one preliminary injunction in force, the TRO converted; one grant told, never twice', async () => {
    expect(await inForce(suite.run, KEY, '2025-04-15')).toEqual(['injunction Preliminary injunction']);
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const told = suite.run.rounds.rounds.filter((r) => r.day === '2025-03-28').flatMap((r) => r.mails);
    expect(told.length).toBeGreaterThan(0);
    for (const m of told) {
      expect(m.text.match(/^\* Preliminary injunction granted/gm)?.length ?? 0, m.to).toBeLessThanOrEqual(1);
      expect(m.text.match(/^\* Preliminary injunction, since/gm)?.length ?? 0, m.to).toBeLessThanOrEqual(1);
    }
  });
});

describe('a TRO "until further order" and a PI granted without a word about it (D. Vt. variant)', () => {
  const KEY = 'vtd:2:25-cv-00188';
  const HISTORY = history('passive-relief-grants');
  const entries = HISTORY.entries
    .filter((e) => e.number !== 9)
    .map((e) =>
      e.number === 5
        ? {
            ...e,
            text: e.text.replace(
              /This Order will lapse[^.]*\./,
              'This Order remains in effect until further order of the Court.',
            ),
          }
        : e.number === 14
          ? {
              ...e,
              text: e.text.replace(
                / The Temporary Restraining Order \(ECF No\. 5\) is superseded by this Order\./,
                '',
              ),
            }
          : e,
    );
  const suite = replayedSuite({ caseKey: KEY, history: { ...HISTORY, entries } });

  it('the TRO lasts until the preliminary injunction is decided: from March 28 only the PI, and nothing after its dissolution', async () => {
    expect(entries.find((e) => e.number === 14)!.text).not.toMatch(/superseded/);
    expect(await inForce(suite.run, KEY, '2025-03-20')).toEqual([
      'injunction Temporary restraining order further_order',
    ]);
    expect(await inForce(suite.run, KEY, '2025-03-28')).toEqual(['injunction Preliminary injunction']);
    expect(await inForce(suite.run, KEY, '2025-09-16')).toEqual([]);
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });
});

describe('the standard no-removal order of individual habeas, without the word "stay" (D. Wyo.)', () => {
  const KEY = 'wyd:2:25-cv-00077';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('no-removal-order'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('"shall not remove Petitioner … pending further order" is a stay of removal in force until further order, lifted on May 20', async () => {
    expect(await inForce(suite.run, KEY, '2025-04-03')).toEqual(['stay Stay of removal further_order']);
    expect(await inForce(suite.run, KEY, '2025-05-19')).toEqual(['stay Stay of removal further_order']);
    expect(await inForce(suite.run, KEY, '2025-05-21')).toEqual([]);
  });

  it('advocates are told at once, in every language; no message contradicts the posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(
      suite.run.rounds.mails.some(
        (m) => m.to === DEMO_SUBSCRIBERS.advocate && m.kind === 'alert' && /[Ss]tay/.test(m.subject),
      ),
    ).toBe(true);
    expect(textsOn(suite.run, '2025-04-02', DEMO_SUBSCRIBERS.advocate)).toMatch(/until further order/);
    // The Spanish and Arabic advocates read a daily digest: the order of April 2 (13:15) is in the
    // next morning's, as a live worker sends it.
    expect(textsOn(suite.run, '2025-04-03', ES)).toMatch(/deportación/);
    expect(textsOn(suite.run, '2025-04-03', AR)).toMatch(/ترحيل/);
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (r.day >= '2025-04-02' && r.day < '2025-05-20')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force/);
  });
});

describe('a PLRA injunction granted in part with its statutory term and renewal; a consent decree approved and entered (D.N.D.)', () => {
  const KEY = 'ndd:1:25-cv-00140';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('plra-renewal-decree'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, expected] of [
    ['2025-08-15', ['injunction Preliminary injunction 2025-11-12']],
    // Renewed on November 5 for ninety days from November 12.
    ['2025-11-06', ['injunction Preliminary injunction 2026-02-10']],
    ['2025-11-13', ['injunction Preliminary injunction 2026-02-10']],
    ['2026-02-10', ['injunction Preliminary injunction 2026-02-10', 'injunction Consent decree 2028-01-26']],
    ['2026-02-11', ['injunction Consent decree 2028-01-26']],
    // Extended "for one additional year" from its last day.
    ['2027-06-02', ['injunction Consent decree 2029-01-26']],
    ['2029-01-26', ['injunction Consent decree 2029-01-26']],
    ['2029-01-27', []],
  ] as const)
    it(`${day}: ${expected.length ? expected.join(', ') : 'nothing in force'}`, async () => {
      expect(await inForce(suite.run, KEY, day)).toEqual(expected);
    });

  it('the messages give each last day (en, es, ar); none contradicts the posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(textsOn(suite.run, '2025-08-14', DEMO_SUBSCRIBERS.advocate)).toMatch(/until November 12, 2025/);
    expect(textsOn(suite.run, '2025-11-05', DEMO_SUBSCRIBERS.advocate)).toMatch(/until February 10, 2026/);
    expect(textsOn(suite.run, '2026-01-26', DEMO_SUBSCRIBERS.advocate)).toMatch(/[Cc]onsent decree/);
    expect(textsOn(suite.run, '2026-01-26', DEMO_SUBSCRIBERS.advocate)).toMatch(/January 26, 2028/);
    expect(textsOn(suite.run, '2025-11-05', ES)).toMatch(/10 de febrero de 2026/);
    expect(textsOn(suite.run, '2025-11-05', AR)).toMatch(/10 فبراير\/شباط 2026/);
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (r.day >= '2025-08-14') expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force/);
  });
});

describe('a preliminary injunction the judge stays for fourteen days in the order that grants it (D. Me.)', () => {
  const KEY = 'med:2:25-cv-00231';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('injunction-stayed-for-a-time'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('on hold through July 2, 2025 (not in force), in force from July 3', async () => {
    for (const day of ['2025-06-18', '2025-06-25', '2025-07-02']) {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce, day).toEqual([]);
      expect(
        p.onHold.map((h) => h.heldUntil),
        day,
      ).toEqual(['2025-07-02']);
    }
    for (const day of ['2025-07-03', '2025-07-20']) {
      expect(await inForce(suite.run, KEY, day), day).toEqual(['injunction Preliminary injunction']);
      expect((await casePosture(suite.store, KEY, day)).onHold, day).toEqual([]);
    }
  });

  it('advocates are told at once that it is paused until July 2 and applies again from July 3, in every language; nothing contradicts the posture', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const alerts = (day: string, to: string) =>
      suite.run.rounds.rounds
        .filter((r) => r.day === day)
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to && m.kind === 'alert')
        .map((m) => m.text)
        .join('\n');
    expect(alerts('2025-06-18', DEMO_SUBSCRIBERS.advocate)).toMatch(/paused[^.]*until July 2, 2025/);
    expect(alerts('2025-06-18', DEMO_SUBSCRIBERS.advocate)).toMatch(/July 3, 2025/);
    expect(textsOn(suite.run, '2025-06-18', ES)).toMatch(/en pausa hasta el 2 de julio de 2025/);
    expect(textsOn(suite.run, '2025-06-18', AR)).toMatch(/2 يوليو\/تموز 2025/);
    expect(
      suite.run.rounds.mails.some(
        (m) => m.to === DEMO_SUBSCRIBERS.advocate && m.kind === 'alert' && /applies again/.test(m.subject),
      ),
    ).toBe(true);
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (m.kind === 'digest' && r.day < '2025-07-03')
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/In force:\n\* Preliminary injunction/);
  });
});
