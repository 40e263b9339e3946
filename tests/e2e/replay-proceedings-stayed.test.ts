/**
 * A district court's stay of its own proceedings pending appeal, through the live path
 * (`replayed`: the replay court, the real worker, a real SMTP server), from a hand-written history
 * (tests/fixtures/replay/proceedings-stayed-pending-appeal.json; fictional parties, D. Ariz.): a
 * preliminary injunction against removing class members is appealed; the order of April 22, 2025
 * grants in part and denies in part the motion "to Stay Preliminary Injunction Pending Appeal and
 * to Stay Proceedings": the injunction is NOT stayed, "All further proceedings in this Court,
 * other than proceedings to enforce the preliminary injunction [18], are STAYED pending resolution
 * of the appeal in Ninth Circuit No. 25-2210", and "Nothing in this Order stays or modifies the
 * preliminary injunction [18]".
 *
 * How a careful reader takes it: the case is paused until the appeal is decided; the injunction is
 * in force as it was (neither stayed nor modified); the stay of proceedings protects nobody from
 * deportation — the injunction does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { LANGUAGES, t } from '../../src/notify/i18n.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'azd:2:25-cv-01187';

describe('a stay of the district court’s own proceedings pending appeal (D. Ariz., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(
        new URL('../fixtures/replay/proceedings-stayed-pending-appeal.json', import.meta.url),
        'utf8',
      ),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('the posture: proceedings stayed until the appeal is decided; the injunction in force as it was', async () => {
    for (const day of ['2025-04-23', '2025-05-07']) {
      const p = await casePosture(suite.run.store, KEY, day);
      const texts = p.inForce.map((f) => f.text);
      expect(texts, day).toContain(
        'Preliminary injunction in effect since April 1, 2025 until final judgment',
      );
      expect(
        texts.filter((x) => /^Stay/.test(x)),
        day,
      ).toEqual(['Stay of proceedings in effect until the appeal is decided (No. 25-2210)']);
      expect(p.onHold ?? [], day).toEqual([]);
    }
  });

  it('no message tells the stay of proceedings as protecting anyone, nor the injunction as changed or paused', () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    const noOne = LANGUAGES.map((lang) => t(lang, 'who.none', { who: 'class' }));
    const after = suite.run.rounds.rounds.filter((r) => r.day >= '2025-04-22').flatMap((r) => r.mails);
    expect(after.length).toBeGreaterThan(0);
    for (const m of after) {
      for (const words of noOne) expect(m.text, `${m.to}: ${m.subject}`).not.toContain(words);
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(
        /changed the preliminary injunction|modified|Paused (?:in part )?pending appeal|stayed (?:it|part of it) pending appeal|on hold \(not in force\)|in No\b(?!\. \d)/,
      );
    }
    const advocate = after.filter((m) => m.to === DEMO_SUBSCRIBERS.advocate).map((m) => m.text);
    expect(advocate.join('\n')).toContain(
      'The judge granted a stay: proceedings are on hold until the appeal is decided.',
    );
    const es = after.filter((m) => m.to === ADVOCATES_IN_EVERY_LANGUAGE[2].email).map((m) => m.text);
    expect(es.join('\n')).toContain('queda en pausa el procedimiento hasta que se resuelva la apelación');
  });
});
