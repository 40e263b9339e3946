/**
 * What a stay stays decides which record an order acts on, through the live path (`replayed`: the
 * replay court, the real worker, a real SMTP server), from a hand-written history
 * (tests/fixtures/replay/proceedings-stay-and-conversion.json; fictional parties, D.D.C. and D.C.
 * Cir.):
 *
 * - ECF 14 (June 16, 2025): "[9] Motion for Preliminary Injunction is ALLOWED. Respondents are
 *   PRELIMINARILY ENJOINED, pending final judgment or further order … The temporary restraining
 *   order [5] is hereby converted into this preliminary injunction." — a preliminary injunction from
 *   that day, the TRO of June 3 ended that day (replaced), not a second TRO;
 * - July 1: "discovery and all further proceedings on the merits are STAYED pending the D.C.
 *   Circuit's resolution of No. 25-5190; the stay does not affect the preliminary injunction [14],
 *   which remains in effect" — a stay of proceedings, not a change to the injunction (a saving clause
 *   changes nothing);
 * - ECF 20 (July 10): one petitioner may not be removed pending further order — a stay of removal;
 * - November 20: "the stay of merits proceedings is LIFTED" — the stay of proceedings ends; the stay
 *   of removal stays in force, and nobody is told a protection from deportation ended.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'dcd:1:25-cv-02214';

describe('stays of proceedings, of removal and of relief are told apart (D.D.C., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(
        new URL('../fixtures/replay/proceedings-stay-and-conversion.json', import.meta.url),
        'utf8',
      ),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const inForce = async (day: string) =>
    (await casePosture(suite.store, KEY, day)).inForce.map((f) => `${f.kind}: ${f.text}`);

  it('the posture on each day an order changed it', async () => {
    // The preliminary injunction replaces the TRO the day it is granted.
    expect(await inForce('2025-06-17')).toEqual([
      expect.stringMatching(
        /^injunction: Preliminary injunction in effect since June 16, 2025 until final judgment/,
      ),
    ]);
    // Proceedings stayed; the injunction in force as it was (not modified, not on hold).
    const july = await inForce('2025-07-02');
    expect(july).toHaveLength(2);
    expect(july).toContainEqual(
      expect.stringMatching(/^stay: Stay of proceedings in effect until the D\.C\. Circuit/),
    );
    expect(july).toContainEqual(
      expect.stringMatching(
        /^injunction: Preliminary injunction in effect since June 16, 2025 until final judgment or further order of this Court$/,
      ),
    );
    expect((await inForce('2025-07-11')).filter((x) => /Stay of removal/.test(x))).toHaveLength(1);
    // The stay of merits proceedings lifted: the stay of removal is untouched.
    const after = await inForce('2025-11-21');
    expect(after).toContainEqual(
      expect.stringMatching(/^stay: Stay of removal in effect until further order/),
    );
    expect(after.filter((x) => /proceedings/.test(x))).toEqual([]);
    expect(after.filter((x) => /^injunction: Preliminary injunction/.test(x))).toHaveLength(1);
  });

  it('`docketwatch deadlines --as-of 2025-11-21` keeps the stay of removal in force and the TRO ended June 16', async () => {
    const out = await suite.run.deadlines('2025-11-21');
    expect(out).toMatch(/IN FORCE {2}Stay of removal in effect until further order/);
    expect(out).toMatch(/stay of proceedings\s.*\blifted\b/);
    expect(out).toMatch(/TRO\s+2025-06-16\s+replaced/);
    expect(out).not.toMatch(/IN FORCE {2}Temporary restraining order/);
  });

  it('what the legal team and families read (en, es, ar)', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);
    // June 16: a preliminary injunction replacing the TRO — never "Temporary restraining order granted on June 16".
    const june16 = on('2025-06-16', DEMO_SUBSCRIBERS.legal);
    expect(june16).toContain(
      'Preliminary injunction granted on June 16, 2025, replacing the temporary restraining order of June 3, 2025',
    );
    for (const r of suite.rounds.rounds)
      for (const m of r.mails)
        expect(m.text, `${r.day} ${m.to}`).not.toMatch(
          /restraining order granted on June 16|restricción temporal concedida el 16/i,
        );
    // July 1: proceedings on hold; the injunction not changed.
    const july1 = [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate]
      .map((to) => on('2025-07-01', to))
      .join('\n');
    expect(july1).toMatch(
      /proceedings (?:is|are) on hold until the D\.C\. Circuit's resolution of No\. 25-5190/,
    );
    expect(july1).not.toMatch(/modified|changed the|pending appeal is on hold|Stay \(pending appeal\)/i);
    // November 20: proceedings can go ahead; nobody reads that a protection from deportation ended.
    expect(on('2025-11-20', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge lifted the stay: proceedings can go ahead again.',
    );
    for (const r of suite.rounds.rounds.filter((x) => x.day >= '2025-07-01'))
      for (const m of r.mails)
        expect(m.text, `${r.day} ${m.to}: ${m.subject}`).not.toMatch(
          /no longer protects|ya no protege|لم يعد (?:الوقف )?يحمي/,
        );
    // The affirmance is of the preliminary injunction.
    expect(on('2025-11-14', DEMO_SUBSCRIBERS.legal)).toContain(
      'The D.C. Circuit affirmed the preliminary injunction of June 16, 2025.',
    );
  });
});
