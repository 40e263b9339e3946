/**
 * A class decertified and relief kept for the named plaintiffs only, a subclass decertified and a
 * contempt found and purged in minute entries — replayed through the live path (the replay court,
 * the real worker, the store, SMTP, the CLI, the web pages) from a hand-written history
 * (tests/fixtures/replay/class-decertified.json; fictional parties, E.D. Wash.): a class with a
 * Transferred Subclass and a preliminary injunction (ECF 18, 19, February 10, 2025); "the Court
 * holds Respondents in civil contempt of the Preliminary Injunction [19]" (minute entry 25, April
 * 2); "the contempt has been purged" (29, April 18); "the Transferred Subclass is DECERTIFIED" (34,
 * June 9); "The order certifying the class [18] is VACATED. The preliminary injunction [19] is
 * VACATED except as to the named plaintiffs" (41, August 20); the injunction, as limited, extended
 * (46, September 22).
 *
 * How a careful reader takes it: from June 9 the Transferred Subclass is no longer covered, the
 * rest of the class is; from August 20 there is no class any more and the injunction protects only
 * the named plaintiffs — no reader is told after that day that the class is covered.
 *
 * And a stay kept for the named petitioners only (tests/fixtures/replay/stay-kept-for-named.json,
 * D. Colo.): removal of the petitioners and the proposed class stayed (ECF 6), then "The stay of
 * removal entered at [6] is LIFTED except as to the named petitioners" (ECF 15): in force for them
 * alone, and said so.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/class-decertified.json' with { type: 'json' };
import stayHistory from '../fixtures/replay/stay-kept-for-named.json' with { type: 'json' };
import { runCli } from '../support/cli.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'waed:1:25-cv-03110';
const PATH = '/cases/waed/1:25-cv-03110';
const [, AR, ES_NOW] = ADVOCATES_IN_EVERY_LANGUAGE;

describe('a class decertified, its injunction kept for the named plaintiffs only; a subclass decertified and a contempt in minute entries (E.D. Wash., hand-written)', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const mailsTo = (to: string, from = '0000-00-00', through = '9999-99-99') =>
    suite.rounds.rounds
      .filter((r) => r.day >= from && r.day <= through)
      .flatMap((r) => r.mails)
      .filter((m) => m.to === to);
  const said = (to: string, from?: string, through?: string) =>
    mailsTo(to, from, through)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('the stored posture: the injunction in force for everyone until August 20, then for the named plaintiffs only', async () => {
    for (const day of ['2025-02-10', '2025-06-09', '2025-08-19']) {
      const p = await casePosture(suite.store, KEY, day);
      expect(
        p.inForce.map((f) => [f.name, f.limitedTo ?? null]),
        day,
      ).toEqual([['Preliminary injunction', null]]);
    }
    for (const day of ['2025-08-20', '2025-09-03']) {
      const p = await casePosture(suite.store, KEY, day);
      expect(
        p.inForce.map((f) => [f.name, f.limitedTo?.parties, f.limitedTo?.number]),
        day,
      ).toEqual([['Preliminary injunction', ['the named plaintiffs'], 41]]);
      expect(p.inForce[0]!.text).toContain(
        'only as to the named plaintiffs since August 20, 2025 (ECF No. 41)',
      );
    }
  });

  it('the CLI says who is covered as the orders left it, day by day', async () => {
    const db = `${suite.run.dir}/replay.sqlite`;
    const at = async (day: string) => {
      const out = await runCli(['deadlines', '--case', KEY, '--db', db, '--as-of', day]);
      expect(out.code, out.stderr).toBe(0);
      return out.stdout;
    };
    const before = await at('2025-06-08');
    expect(before).toContain('COVERED   All persons detained at the Riverbend Processing Center');
    expect(before).not.toContain('decertified');
    expect(await at('2025-06-10')).toContain('; Transferred Subclass decertified by entry 34 of 2025-06-09');
    const after = await at('2025-08-21');
    expect(after).toContain(
      'COVERED   no class: decertified by entry 41 of 2025-08-20; the case goes on only for the people named in it',
    );
    expect(after).not.toContain('Riverbend');
    expect(after).toContain(
      'IN FORCE  Preliminary injunction in effect since February 10, 2025; only as to the named plaintiffs',
    );
  });

  it('advocates are told each act once, in plain words, in English, Spanish and Arabic', () => {
    const en = DEMO_SUBSCRIBERS.advocate;
    const english = said(en);
    expect(english).toContain(
      'The judge decertified the class on August 20, 2025: the preliminary injunction of February 10, 2025 now protects only the people named in the case, not other class members.',
    );
    expect(english).toContain(
      'The judge decertified Transferred Subclass on June 9, 2025: people who were in the case only as members of Transferred Subclass are no longer covered by it.',
    );
    expect(english).toContain('The judge found the respondents in civil contempt of court on April 2, 2025');
    expect(english).toContain('The judge found on April 18, 2025 that the contempt of court was purged');
    // The decertification is an alert, the day it was ordered; the injunction's own change is told with it, once.
    const alerts = mailsTo(en, '2025-08-20', '2025-08-20').filter((m) => m.kind === 'alert');
    expect(alerts.map((m) => m.subject)).toContain('Class decertified — Okafor et al v. Whitfield et al');
    expect(english).not.toContain('The judge changed the preliminary injunction');
    expect(said(ES_NOW.email)).toContain(
      'El tribunal descertificó la clase el 20 de agosto de 2025: la medida cautelar preliminar del 10 de febrero de 2025 ahora protege solo a las personas nombradas en el caso, no a las demás personas de la clase.',
    );
    expect(said(ES_NOW.email)).toContain(
      'El tribunal descertificó la subclase «Transferred Subclass» el 9 de junio de 2025',
    );
    expect(said(ES_NOW.email)).toContain(
      'El tribunal declaró en desacato civil a los demandados el 2 de abril de 2025',
    );
    expect(said(AR.email)).toContain('ألغت المحكمة اعتماد الدعوى الجماعية في 20 أغسطس/آب 2025');
    expect(said(AR.email)).toContain('في حالة ازدراء للمحكمة (ازدراء مدني)');
    // Every reader told each once (a digest's list of alerts already sent is not telling again).
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });

  it('after the decertification no message says who the class covers, and nothing contradicts the store', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(found).toEqual([]);
    expect(checked.inForceLists).toBeGreaterThan(0);
    for (const to of [DEMO_SUBSCRIBERS.advocate, ES_NOW.email, AR.email]) {
      const before = said(to, '2025-02-10', '2025-08-19');
      const after = said(to, '2025-08-20');
      expect(after.length, to).toBeGreaterThan(0);
      expect(before, to).toMatch(/Riverbend Processing Center/);
      expect(after, to).not.toMatch(/Riverbend Processing Center/);
    }
    expect(said(DEMO_SUBSCRIBERS.advocate, '2025-08-20')).toContain(
      'No class any more: the judge decertified the class in the order of August 20, 2025 (ECF No. 41).',
    );
    // The injunction extended after the decertification protects the people it covers, not "people in the class".
    expect(said(DEMO_SUBSCRIBERS.advocate, '2025-09-22')).toContain(
      'Deportations of the people it covers are blocked while the preliminary injunction of February 10, 2025 is in force.',
    );
  });

  it('the case page, the key dates and the calendar say it too', async () => {
    const app = await testServer(suite.store, 'https://watch.example.org', new Date('2025-09-10T18:00:00Z'));
    try {
      const page = await app.inject({ url: PATH });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(
        'No class any more: the judge decertified the class in the order of August 20, 2025 (ECF No. 41).',
      );
      expect(page.body).not.toMatch(/Who is covered: <bdi>/);
      const keyDates = await app.inject({ url: `${PATH}/key-dates?lang=es` });
      expect(keyDates.statusCode).toBe(200);
      expect(keyDates.body).toContain('Ya no hay clase: el tribunal descertificó la clase');
      expect(keyDates.body).toContain('ahora protege solo a las personas nombradas en el caso');
      const ics = await app.inject({ url: `${PATH}/calendar.ics?audience=advocate` });
      expect(ics.statusCode).toBe(200);
      expect(ics.body.replace(/\r\n[ \t]/g, '').replaceAll('\\,', ',')).toContain(
        'The preliminary injunction of February 10, 2025 now protects only the people named in the case',
      );
    } finally {
      await app.close();
    }
  });
});

describe('a stay lifted except as to the named petitioners (D. Colo., hand-written): in force for them only', () => {
  const STAY_KEY = 'cod:1:25-cv-00871';
  const suite = replayedSuite({
    caseKey: STAY_KEY,
    history: stayHistory,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('the stored posture, the CLI and every reader say the stay now protects only the named petitioners', async () => {
    const before = await casePosture(suite.store, STAY_KEY, '2025-04-09');
    expect(before.inForce.map((f) => [f.kind, f.limitedTo ?? null])).toEqual([['stay', null]]);
    const after = await casePosture(suite.store, STAY_KEY, '2025-04-11');
    expect(after.inForce.map((f) => [f.kind, f.limitedTo?.parties, f.limitedTo?.number])).toEqual([
      ['stay', ['the named petitioners'], 15],
    ]);
    const out = await runCli([
      'deadlines',
      '--case',
      STAY_KEY,
      '--db',
      `${suite.run.dir}/replay.sqlite`,
      '--as-of',
      '2025-04-11',
    ]);
    expect(out.stdout).toContain(
      'IN FORCE  Stay of removal of class members in effect until further order; only as to the named petitioners since April 10, 2025 (ECF No. 15)',
    );
    const told = (to: string) =>
      suite.rounds.rounds
        .filter((r) => r.day === '2025-04-10')
        .flatMap((r) => r.mails)
        .filter((m) => m.to === to && m.kind === 'alert')
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
    expect(told(DEMO_SUBSCRIBERS.advocate)).toContain(
      'The judge lifted the stay for everyone except the people named in the case: only they are still protected from deportation until further order of the court.',
    );
    expect(told(ES_NOW.email)).toContain(
      'El tribunal levantó la suspensión para todos excepto las personas nombradas en el caso: solo ellos siguen protegidos de la deportación',
    );
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
