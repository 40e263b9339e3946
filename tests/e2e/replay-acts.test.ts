/**
 * Legal acts as a careful reader takes them, read from what the live path stores and mails:
 * Hamama v. Adducci (src/demo/hamama.json), and State of Hawaii v. Trump where said, replayed through the real worker to a real SMTP
 * server, read by the legal team and advocates in English, Spanish and Arabic.
 *
 * - the district clerk's copy of the Sixth Circuit's decision and mandate is the same act, paired by
 *   the appeal it is about (its notice of appeal), told once however late it comes;
 * - a district court's stay pending appeal ended by the appeal's dismissal is told as that (State of
 *   Hawaii v. Trump, with such a stay written in), never as a stay "lifted";
 * - ECF 316 (June 20, 2018), "ORDER Regarding Petitioners/Plaintiffs' [307] Emergency Motion …
 *   Respondents shall give Class Counsel seven (7) days' notice …", is the court's ruling on motion
 *   307: the response to it is no longer due — not "passed" on June 27, not the next deadline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_CASE, DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { dateIn, type Language, t } from '../../src/notify/i18n.ts';
import { stayWhatIn } from '../../src/notify/labels.ts';
import { appealsCourtIn } from '../../src/notify/language.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

describe('Hamama v. Adducci: an order on a motion decides it', () => {
  const suite = replayedSuite({
    caseKey: DEMO_CASE,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  it('ECF 316, an order "regarding" motion 307, moots the response to 307 in the stored record', async () => {
    const records = await listDeadlineRecords(suite.store, DEMO_CASE);
    const response = records.filter((r) => /^response to \[307\]/.test(r.what));
    const last = (h: unknown[]) => h.at(-1) as { change?: string; entry?: string } | undefined;
    expect(response.map((r) => [r.status, last(r.history)?.change, last(r.history)?.entry])).toEqual([
      ['mooted', 'mooted', '316'],
    ]);
    const after = await casePosture(suite.store, DEMO_CASE, '2018-06-21');
    expect(after.nextDeadlines.filter((d) => /\[307\]/.test(d.what))).toEqual([]);
    const later = await casePosture(suite.store, DEMO_CASE, '2018-06-28');
    expect(later.missing.filter((d) => /\[307\]/.test(d.what))).toEqual([]);
  });

  it('the legal team is told on June 20, 2018 that the response is no longer due; no message after gives it, or its June 27 day, as due or passed', () => {
    const june20 = suite.rounds.rounds
      .filter((r) => r.day === '2018-06-20')
      .flatMap((r) => r.mails)
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(june20).toMatch(
      /Response to ECF No\. 307[^\n]*\(Respondents\) \(was due June 27, 2018\)[^\n]*\(ECF No\. 316/,
    );
    const june27 = {
      en: dateIn('en', '2018-06-27'),
      es: dateIn('es', '2018-06-27'),
      ar: dateIn('ar', '2018-06-27'),
    };
    const said = suite.rounds.rounds
      .filter((r) => r.day > '2018-06-20' && r.day <= '2018-12-31')
      .flatMap((r) => r.mails.map((m) => ({ day: r.day, m })));
    expect(said.length).toBeGreaterThan(0);
    for (const { day, m } of said) {
      const text = `${m.subject}\n${m.text}`;
      expect(text, `${day} ${m.to}: ${m.subject}`).not.toMatch(/response to (?:\[307\]|ECF No\. 307)/i);
      expect(text, `${day} ${m.to}: ${m.subject}`).not.toContain(june27[m.lang]);
    }
  });
});

/**
 * A mandate and its copy are paired by what they are about, not by how close they come: Hamama
 * with the district clerk's copy of the Sixth Circuit's mandate of April 10, 2019 (Doc. 111)
 * docketed 40 days later (as ECF 560, "MANDATE of U.S. Court of Appeals … re [110] Notice of
 * Appeal": the notice of the appeal whose mandate it is). One mandate, told once.
 */
describe('Hamama v. Adducci: the district copy of a mandate 40 days late is the same mandate', () => {
  const h = JSON.parse(readFileSync(new URL('../../src/demo/hamama.json', import.meta.url), 'utf8'));
  const copy = h.entries.find((e: { number: number | null }) => e.number === 530);
  h.entries = h.entries.filter((e: { number: number | null }) => e.number !== 530);
  h.entries.push({ ...copy, number: 560, dateFiled: '2019-05-20' });
  const suite = replayedSuite({ caseKey: DEMO_CASE, history: h });

  it('the record tells one mandate, from the appeal’s docket; the copy is marked as its copy', async () => {
    const c = await suite.store.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', 'mied')
      .executeTakeFirstOrThrow();
    const rows = await suite.store.db
      .selectFrom('events')
      .select(['type', 'entry_key'])
      .where('case_id', '=', c.id)
      .where('type', 'in', ['appeal.mandate', 'appeal.copied'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.type, r.entry_key?.replace(/^appeal:\d+:/, 'appeal:')])).toEqual([
      ['appeal.copied', '502'],
      ['appeal.mandate', 'appeal:111'],
      ['appeal.copied', '560'],
    ]);
  });

  it('no subscriber is told of the mandate again when the copy arrives', () => {
    const may20 = suite.rounds.rounds.filter((r) => r.day >= '2019-05-20').flatMap((r) => r.mails);
    for (const m of may20) {
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(/ECF No\. 560|n\.º 560|رقم 560/);
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(/Mandate issued|mandate \(/i);
    }
  });
});

/**
 * A district court's stay pending appeal, ended by the appeal's dismissal (State of Hawaii v. Trump
 * to May 31, 2017, first appeal only; the stay and the dismissal written here in the courts' usual
 * words): ECF 290 (April 12) stays all proceedings "pending resolution of Defendants' appeal"; the
 * Ninth Circuit dismisses the appeal on May 1 (FRAP 42(b)). No judge lifted the stay: it ended
 * because what it waited for ended. Every reader is told that, in their language.
 */
describe('State of Hawaii v. Trump: a stay pending appeal ends with the appeal’s dismissal', () => {
  const KEY = 'hid:1:17-cv-00050';
  const IMMEDIATE = [
    {
      email: 'abogada@demo.docketwatch.invalid',
      audience: 'advocate',
      frequency: 'immediate',
      language: 'es',
    },
    {
      email: 'muhami@demo.docketwatch.invalid',
      audience: 'advocate',
      frequency: 'immediate',
      language: 'ar',
    },
  ] as const;
  const h = JSON.parse(
    readFileSync(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url), 'utf8'),
  );
  h.entries = h.entries.filter((e: { dateFiled: string }) => e.dateFiled <= '2017-05-31');
  h.entries.push(
    {
      number: 280,
      dateFiled: '2017-04-03',
      time: '10:00',
      shortDescription: 'Motion to Stay',
      text: 'MOTION to Stay Proceedings Pending Appeal by All Defendants. (Bennett, Michelle) (Entered: 04/03/2017)',
    },
    {
      number: 290,
      dateFiled: '2017-04-12',
      time: '10:00',
      shortDescription: 'Order on Motion to Stay',
      text: "ORDER granting [280] Motion to Stay. All proceedings in this case are STAYED pending resolution of Defendants' appeal. Signed by JUDGE DERRICK K. WATSON on 4/12/2017. (emt, ) (Entered: 04/12/2017)",
    },
  );
  h.appeals = [h.appeals[0]];
  h.appeals[0].entries = [
    h.appeals[0].entries[0],
    {
      number: 20,
      dateFiled: '2017-05-01',
      time: '11:00',
      text: 'Filed clerk order (Deputy Clerk: RR): The appeal is voluntarily dismissed pursuant to Fed. R. App. P. 42(b). This order served on the district court shall constitute the mandate of this court. (RR)',
    },
  ];
  const suite = replayedSuite({ caseKey: KEY, history: h, subscribers: IMMEDIATE.map((s) => ({ ...s })) });

  it('the stay is in force until May 1, and not after', async () => {
    const before = await casePosture(suite.store, KEY, '2017-04-20');
    expect(before.inForce.filter((f) => f.kind === 'stay').map((f) => f.name)).toEqual([
      'Stay of proceedings',
    ]);
    const after = await casePosture(suite.store, KEY, '2017-05-02');
    expect(after.inForce.filter((f) => f.kind === 'stay')).toEqual([]);
  });

  it('May 1: each reader is told the stay pending appeal ended with the appeal’s dismissal — never "lifted" or "can go ahead again"', () => {
    const readers: [to: string, lang: Language][] = [
      [DEMO_SUBSCRIBERS.legal, 'en'],
      [DEMO_SUBSCRIBERS.advocate, 'en'],
      [IMMEDIATE[0].email, 'es'],
      [IMMEDIATE[1].email, 'ar'],
    ];
    const never = {
      en: /Stay lifted|lifted the stay|can go ahead again/,
      es: /levantó la suspensión|Suspensión levantada|puede seguir adelante/,
      ar: /رفعت المحكمة الوقف|رفع الوقف|من جديد/,
    } as const;
    for (const [to, lang] of readers) {
      const said = suite.rounds.rounds
        .filter((r) => r.day === '2017-05-01')
        .flatMap((r) => r.mails.filter((m) => m.to === to))
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');
      expect(said, to).not.toMatch(never[lang]);
      if (to === DEMO_SUBSCRIBERS.legal)
        expect(said).toMatch(
          /Stay \(proceedings\) pending appeal ended: the Ninth Circuit dismissed the appeal on May 1, 2017\./,
        );
      else
        expect(said.replace(/\n {2}/g, ' '), to).toContain(
          t(lang, 'stay.appealEnded.sentence', {
            ...appealsCourtIn(lang, 'ca9'),
            what: stayWhatIn(lang, 'proceedings'),
            date: dateIn(lang, '2017-05-01'),
            removal: 'no',
            who: t(lang, 'who', { who: 'other' }),
            plural: 'yes',
            how: 'dismissed',
          }),
        );
    }
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
