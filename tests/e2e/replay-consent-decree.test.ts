/**
 * A consent decree, replayed through the live path (the replay court, the real worker, the store,
 * SMTP) from a hand-written history (tests/fixtures/replay/consent-decree.json; fictional parties,
 * D. Ariz.): "CONSENT DECREE ENTERED … This Consent Decree shall terminate thirty-six (36) months
 * after its entry" with status reports every 90 days (ECF 30, June 12, 2023) and the minute entry
 * granting the joint motion to approve it the same day (ECF 31); the decree "terminated effective
 * 10/31/2024" in a minute entry (ECF 52, October 1, 2024).
 *
 * How a careful reader takes it: relief is in force from June 12, 2023 until June 12, 2026 (its
 * term, computed); the minute entry ending it early is told to everyone, advocates and families in
 * their languages included, whatever the entry's kind; it stays in force through October 30, 2024,
 * and its reports are no longer expected after it ends.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/consent-decree.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'azd:2:23-cv-00214';

describe('a consent decree: in force for its term, ended early by a minute entry on the day it says, told to everyone', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  for (const [day, until] of [
    ['2023-06-11', null],
    ['2023-06-12', '2026-06-12'],
    ['2024-09-04', '2026-06-12'],
    ['2024-10-01', '2024-10-30'],
    ['2024-10-30', '2024-10-30'],
    ['2024-10-31', null],
    ['2024-11-16', null],
  ] as const)
    it(`${day}: ${until ? `the consent decree in force until ${until}` : 'nothing in force'}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => [f.name, f.until])).toEqual(until ? [['Consent decree', until]] : []);
      if (day >= '2024-10-31')
        expect(p.nextDeadlines.filter((d) => /status report/i.test(d.what))).toEqual([]);
    });

  it('its entry and its end reach every reader as alerts, in their language; nothing contradicts the store', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    const alerts = (day: string, to: string) =>
      suite.rounds.rounds
        .filter((r) => r.day === day)
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to && m.kind === 'alert')
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    if (process.env.SHOW_MAIL)
      for (const r of suite.rounds.rounds)
        for (const m of r.mails) console.log(`=== ${r.day} ${m.to} ${m.kind}\n${m.subject}\n${m.text}`);
    const entered = alerts('2023-06-12', DEMO_SUBSCRIBERS.advocate);
    expect(entered).toContain(
      'The judge entered a consent decree on June 12, 2023: an agreement between the parties that the court approved and will enforce, in force until June 12, 2026.',
    );
    // One decree, not two (the minute entry directing its entry is the same grant).
    expect(entered.match(/Consent decree entered/g)).toHaveLength(2);
    expect(alerts('2023-06-12', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'El tribunal dictó un decreto de consentimiento el 12 de junio de 2023',
    );
    const ended = alerts('2024-10-01', DEMO_SUBSCRIBERS.advocate);
    expect(ended).toContain(
      'The judge ended the consent decree of June 12, 2023, effective October 31, 2024: it stays in force until then. Its protections stop on that day.',
    );
    expect(alerts('2024-10-01', ADVOCATES_IN_EVERY_LANGUAGE[2].email)).toContain(
      'El tribunal puso fin a el decreto de consentimiento del 12 de junio de 2023 a partir del 31 de octubre de 2024'.replace(
        'a el',
        'al',
      ),
    );
    const arabic = suite.rounds.rounds
      .filter((r) => r.day === '2024-10-01')
      .flatMap((r) => r.mails)
      .filter((m) => m.to === ADVOCATES_IN_EVERY_LANGUAGE[1].email)
      .map((m) => m.text)
      .join('\n');
    expect(arabic).toContain('أنهت المحكمة الحكم الرضائي');
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        if (r.day >= '2023-06-12' && r.day < '2024-10-31')
          expect(`${m.subject}\n${m.text}`, `${r.day} ${m.to}`).not.toMatch(/Nothing is in force/);
  });
});
