/**
 * Who an order covers, the class certified, a TRO's last day given by a later order, and a
 * judgment that says no relief — replayed through the live path (the replay court, the real
 * worker, the store, SMTP, the CLI, the case page) from a hand-written history
 * (tests/fixtures/replay/scope-certification-term.json; fictional parties, D. Conn.):
 * "Respondents shall not remove or transfer Petitioner Amara Diallo or Petitioner Luis Ferreira from the United States
 * pending further order" (ECF 4, May 5, 2025); a TRO for the proposed class without a term (ECF 9,
 * May 9); "The temporary restraining order [9] shall expire at 5:00 p.m. on May 23, 2025, unless
 * extended" (ECF 10, May 12); "[12] Motion to Certify Class is GRANTED. The Court certifies the
 * following class under Rule 23(b)(2): …" (ECF 15, May 20); "Judgment is entered for plaintiffs"
 * (ECF 30, September 2).
 *
 * How a careful reader takes it: the first order protects the two petitioners only, never the
 * class, and stays in force (the TRO for the class does not replace it); the TRO ends after May 23;
 * the class is certified on May 20; the judgment is for the plaintiffs, its relief to be read.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/scope-certification-term.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'ctd:3:25-cv-00612';
const [ES, AR] = ADVOCATES_IN_EVERY_LANGUAGE;
const NAMES = ['Amara Diallo', 'Luis Ferreira'];

describe('an order for the named petitioners only, a TRO term in a later order, the class certified, a bare judgment (D. Conn., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mails = (to: string) => suite.rounds.rounds.flatMap((r) => r.mails).filter((m) => m.to === to);
  const said = (to: string) =>
    mails(to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');
  const readers = [DEMO_SUBSCRIBERS.legal, DEMO_SUBSCRIBERS.advocate, ES.email, AR.email];

  it('the stored posture: the stay protects the two petitioners only, all along; the TRO runs through May 23', async () => {
    for (const day of ['2025-05-06', '2025-05-13', '2025-05-24', '2025-09-03']) {
      const p = await casePosture(suite.store, KEY, day);
      const stay = p.inForce.find((f) => f.kind === 'stay');
      expect(stay?.limitedTo?.parties, day).toEqual(NAMES);
      expect(stay?.limitedTo?.fromGrant, day).toBe(true);
    }
    const before = await casePosture(suite.store, KEY, '2025-05-11');
    expect(before.inForce.find((f) => f.name === 'Temporary restraining order')?.until ?? null).toBeNull();
    const learned = await casePosture(suite.store, KEY, '2025-05-13');
    expect(learned.inForce.find((f) => f.name === 'Temporary restraining order')?.until).toBe('2025-05-23');
    const after = await casePosture(suite.store, KEY, '2025-05-24');
    expect(after.inForce.map((f) => f.name)).not.toContain('Temporary restraining order');
  });

  it('the CLI says whom the stay covers and when the TRO ends', async () => {
    const at = (day: string) => suite.run.deadlines(day);
    expect(await at('2025-05-13')).toContain(
      'IN FORCE  Stay of removal in effect until further order; only as to Amara Diallo and Luis Ferreira',
    );
    expect(await at('2025-05-13')).toContain(
      'Temporary restraining order in effect since May 9, 2025 until May 23, 2025',
    );
    const late = await at('2025-09-03');
    expect(late).toContain('unread: "JUDGMENT: Judgment is entered for plaintiffs"');
  });

  it('wherever the stay is said to protect, its scope is said: team, advocate, Spanish, Arabic', () => {
    expect(said(DEMO_SUBSCRIBERS.legal)).toContain(
      'Stay (removal) granted, only for Amara Diallo and Luis Ferreira, not the whole class; in force until further order of the court.',
    );
    expect(said(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge granted a stay: it protects only Amara Diallo and Luis Ferreira, not the whole class — they cannot be deported until further order of the court.',
    );
    expect(said(ES.email)).toContain('protege solo a Amara Diallo y Luis Ferreira, no a toda la clase');
    expect(said(AR.email)).toContain('وليس كل أفراد الدعوى الجماعية');
    // No message says it covers the class; every digest's list of what is in force names whom it covers.
    for (const to of readers)
      expect(said(to), to).not.toMatch(/none of the people it covers|no one in the class can be deported/);
    for (const to of [DEMO_SUBSCRIBERS.advocate, ES.email, AR.email]) {
      const text = said(to);
      const lines = text
        .split('\n')
        .filter((l) => /^\* (?:Stay of removal|Suspensión de la deportación|وقف ترحيل)/.test(l));
      expect(lines.length, to).toBeGreaterThan(0);
      for (const l of lines) expect(l, to).toMatch(/Amara Diallo/);
    }
  });

  it('the class certification and the TRO term are told once to every reader, in their language', () => {
    const certified: Record<string, string> = {
      [DEMO_SUBSCRIBERS.legal]: 'The judge certified the class on May 20, 2025',
      [DEMO_SUBSCRIBERS.advocate]: 'The judge certified the class on May 20, 2025',
      [ES.email]: 'El tribunal certificó la clase el 20 de mayo de 2025',
      [AR.email]: 'اعتمدت المحكمة الدعوى الجماعية في 20 مايو/أيار 2025',
    };
    const term: Record<string, string> = {
      [DEMO_SUBSCRIBERS.legal]:
        'The temporary restraining order of May 9, 2025 is in force through May 23, 2025',
      [DEMO_SUBSCRIBERS.advocate]:
        'The temporary restraining order of May 9, 2025 is in force through May 23, 2025',
      [ES.email]: 'está vigente hasta el 23 de mayo de 2025',
      [AR.email]: 'هذا ما ينص عليه أمر المحكمة الصادر في 12 مايو/أيار 2025',
    };
    for (const to of readers) {
      const text = said(to);
      expect(text.split(certified[to]!).length - 1, to).toBe(1);
      expect(text.split(term[to]!).length - 1, to).toBe(1);
    }
    // The certification is an alert the day it was ordered.
    const alerts = mails(DEMO_SUBSCRIBERS.advocate).filter((m) => m.kind === 'alert');
    expect(alerts.map((m) => m.subject)).toContain(
      'Class certified — Diallo et al v. Warden, Wyatt Detention Facility et al',
    );
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });

  it('the judgment is told, and that its relief must be read', () => {
    expect(said(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge entered final judgment for the plaintiffs on September 2, 2025. The docket text does not say what relief it grants: read the judgment for what it orders.',
    );
    expect(said(ES.email)).toContain(
      'El tribunal dictó sentencia definitiva a favor de los demandantes el 2 de septiembre de 2025.',
    );
    expect(said(AR.email)).toContain('أصدرت المحكمة حكمًا نهائيًا لصالح المدعين');
  });

  it('nothing contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(found).toEqual([]);
    expect(checked.inForceLists).toBeGreaterThan(0);
  });

  it('the case page says whom the stay covers', async () => {
    const app = await testServer(suite.store, 'https://watch.example.org', new Date('2025-06-01T18:00:00Z'));
    try {
      const page = await app.inject({ url: '/cases/ctd/3:25-cv-00612' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(
        'Stay of removal in effect until further order; only as to Amara Diallo and Luis Ferreira',
      );
    } finally {
      await app.close();
    }
  });
});
