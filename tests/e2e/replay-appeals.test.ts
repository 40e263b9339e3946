/**
 * What the court of appeals did, told as it did it: State of Hawaii v. Trump (D. Haw.; 9th Cir.
 * 17-15589 and 17-16426) replayed through the real worker to a real SMTP server, read by a legal
 * team and by advocates in English, Spanish and Arabic (tests/fixtures/replay/hawaii-v-trump.json).
 *
 * - June 12, 2017, "AFFIRMED IN PART; VACATED IN PART; REMANDED WITH INSTRUCTIONS": part upheld,
 *   part thrown out, sent back only on that part — not "sent the case back to decide again";
 * - June 19, the mandate: the court of appeals' decision takes effect and changes the injunction —
 *   the court of appeals did it, not "the judge";
 * - September 7, "AFFIRMED" in the second appeal (17-16426, from ECF 345, the order of July 13, 2017
 *   that modified the injunction): the order appealed from is upheld, not the injunction of March 29
 *   "as it was".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { loadHistory, type ReplayHistory } from '../../src/demo/history.ts';
import { DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dateIn, type Language, t } from '../../src/notify/i18n.ts';
import { appealsCourtIn } from '../../src/notify/language.ts';
import { contradictions, type Mail, PostureRounds } from '../support/posture-mail.ts';
import { describeShared, fixturesDir } from '../support/shared.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';

const KEY = 'hid:1:17-cv-00050';
const ADVOCATES = [
  { email: 'abogada@demo.docketwatch.invalid', audience: 'advocate', frequency: 'immediate', language: 'es' },
  { email: 'muhami@demo.docketwatch.invalid', audience: 'advocate', frequency: 'immediate', language: 'ar' },
] as const;

/** A replay of `history` to a local SMTP server, kept round by round with the store's posture. */
async function replayRounds(history: ReplayHistory): Promise<{
  rounds: PostureRounds;
  posture: (day: string) => ReturnType<typeof casePosture>;
  close: () => Promise<void>;
}> {
  const smtp: TestSmtp = await startSmtp();
  const dir = mkdtempSync(join(tmpdir(), 'dw-appeals-'));
  const rounds = new PostureRounds(smtp, KEY);
  await runDemo({
    history,
    speed: 'max',
    outboxDir: join(dir, 'outbox'),
    smtpUrl: smtp.url,
    port: null,
    db: join(dir, 'replay.sqlite'),
    logger: silentLogger,
    subscribers: ADVOCATES.map((s) => ({ ...s })),
    onCycle: rounds.onCycle,
  });
  const store = await openDatabase(join(dir, 'replay.sqlite'));
  return {
    rounds,
    posture: (day) => casePosture(store, KEY, day),
    close: async () => {
      await store.close();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The messages each subscriber got on `day` (court time). */
function mailOn(rounds: PostureRounds, day: string, to: string): Mail[] {
  return rounds.rounds.filter((r) => r.day === day).flatMap((r) => r.mails.filter((m) => m.to === to));
}

const HAWAII = new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname;
const hawaii = () => loadHistory(HAWAII);

/** The Hawaii history changed by `edit` (its raw JSON), written to a file and loaded as the replay reads it. */
function hawaiiWith(
  edit: (h: { entries: { dateFiled: string }[]; appeals: { entries: unknown[] }[] }) => void,
) {
  const h = JSON.parse(readFileSync(HAWAII, 'utf8'));
  edit(h);
  const file = join(mkdtempSync(join(tmpdir(), 'dw-history-')), 'history.json');
  writeFileSync(file, JSON.stringify(h));
  return loadHistory(file);
}

const PI = (lang: Language, since = '2017-03-29') =>
  lang === 'en'
    ? `the preliminary injunction of ${dateIn('en', since)}`
    : `${t(lang, 'injunction.theName', { injunction: 'preliminary_injunction' })} ${t(lang, 'injunction.of', { date: dateIn(lang, since) })}`;
const SUBSCRIBERS: [to: string, lang: Language][] = [
  [DEMO_SUBSCRIBERS.legal, 'en'],
  [DEMO_SUBSCRIBERS.advocate, 'en'],
  [ADVOCATES[0].email, 'es'],
  [ADVOCATES[1].email, 'ar'],
];

describe('State of Hawaii v. Trump: the court of appeals’ decisions and mandate, as they were', () => {
  let run: Awaited<ReturnType<typeof replayRounds>>;
  beforeAll(async () => {
    run = await replayRounds(hawaii());
  }, 300_000);
  afterAll(async () => run?.close());

  const text = (day: string, to: string) =>
    mailOn(run.rounds, day, to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('June 12: "affirmed in part; vacated in part; remanded" is told as part upheld, part thrown out — never "decide again"', () => {
    for (const [to, lang] of SUBSCRIBERS) {
      const said = text('2017-06-12', to);
      expect(said, to).not.toMatch(/decide again|decida de nuevo|ليفصل فيها من جديد/);
      if (to === DEMO_SUBSCRIBERS.legal)
        expect(said).toMatch(
          /decided the appeal from the preliminary injunction of March 29, 2017: affirmed in part, vacated in part, remanded with instructions/,
        );
      else {
        const ruling =
          lang === 'en'
            ? 'the preliminary injunction of March 29, 2017'
            : `${t(lang, 'injunction.theName', { injunction: 'preliminary_injunction' })} ${t(lang, 'injunction.of', { date: dateIn(lang, '2017-03-29') })}`;
        const values = {
          outcome: 'partly',
          how: 'vacated',
          affirmed: 'yes',
          remanded: 'yes',
          pending: 'yes',
          ruling,
          // The headline names the ruling ("Preliminary injunction of March 29, 2017 upheld in part, …").
          named: ruling.replace(/^the /, ''),
          Named: ruling.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase()),
          many: 'no',
          dated: 'yes',
          date: dateIn(lang, '2017-06-12'),
        };
        expect(said, to).toContain(t(lang, 'appeal.headline', values));
      }
    }
  });

  it('June 19: the mandate changes the injunction — told as the court of appeals’ decision, not "the judge changed"', () => {
    for (const [to, lang] of SUBSCRIBERS) {
      // The legal team is mailed at once; a daily reader's digest of the day's orders comes the next
      // morning (a replay runs the digests at their hour, as the live worker does).
      const said =
        to === DEMO_SUBSCRIBERS.legal
          ? text('2017-06-19', to)
          : text('2017-06-19', to) + text('2017-06-20', to);
      expect(said, to).not.toMatch(/The judge changed|El tribunal modificó|عدّلت المحكمة/);
      if (to === DEMO_SUBSCRIBERS.legal)
        expect(said).toMatch(/modified by the Ninth Circuit: its decision of June 12, 2017 took effect/);
      else
        expect(said, to).toContain(
          t(lang, 'injunction.byAppeal', {
            ...appealsCourtIn(lang, 'ca9'),
            action: 'modified',
            decided: dateIn(lang, '2017-06-12'),
            theName: `${t(lang, 'injunction.theName', { injunction: 'preliminary_injunction' })} ${t(lang, 'injunction.of', { date: dateIn(lang, '2017-03-29') })}`,
          }),
        );
    }
  });

  it('September 7: the second appeal’s affirmance is of the order it was from (July 13, 2017), not the injunction "as it was"', () => {
    for (const [to, lang] of SUBSCRIBERS) {
      // A daily reader's digest of the day's decision comes the next morning (see June 19).
      const said =
        to === DEMO_SUBSCRIBERS.legal
          ? text('2017-09-07', to)
          : text('2017-09-07', to) + text('2017-09-08', to);
      expect(said, to).not.toMatch(/(?:upheld|affirmed) the preliminary injunction of March 29, 2017/);
      const order =
        lang === 'en'
          ? 'order of July 13, 2017 modifying the preliminary injunction of March 29, 2017'
          : t(lang, 'appeal.ruling.changing', {
              date: dateIn(lang, '2017-07-13'),
              how: 'modifying',
              theName: `${t(lang, 'injunction.theName', { injunction: 'preliminary_injunction' })} ${t(lang, 'injunction.of', { date: dateIn(lang, '2017-03-29') })}`,
            });
      expect(said, to).toContain(order);
    }
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(run.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});

/**
 * The real Ninth Circuit docket of the first appeal (../shared/fixtures/pacer/appellate-dockets/
 * ca9_1.json, No. 17-15589) goes on after the fixture's mandate: July 19, 2017, the Supreme Court's
 * order on that docket stays "the District Court order modifying the preliminary injunction with
 * respect to refugees covered by a formal assurance … pending resolution of the Government's
 * appeal" (in part: the order of July 13, 2017); November 2, the mandate of June 19 "is recalled",
 * then "the court's opinion filed June 12, 2017, is vacated and the appeal is dismissed as moot".
 * Those three entries are added to the replay as the court wrote them (read from ../shared).
 */
describeShared(
  'State of Hawaii v. Trump, with the Ninth Circuit docket’s later entries: a stay in part, a recalled mandate, a dismissed appeal',
  () => {
    let run: Awaited<ReturnType<typeof replayRounds>>;
    beforeAll(async () => {
      const real = JSON.parse(
        readFileSync(resolve(fixturesDir, 'pacer/appellate-dockets/ca9_1.json'), 'utf8'),
      ) as {
        docket_entries: { document_number: string | number; date_filed: string; description: string }[];
      };
      const entry = (n: number, time: string) => {
        const e = real.docket_entries.find((x) => Number(x.document_number) === n)!;
        return { number: n, dateFiled: e.date_filed, time, text: e.description };
      };
      run = await replayRounds(
        hawaiiWith((h) => {
          // The fixture's mandate of June 19 has an invented number, the real order of November 2's: renumbered here.
          for (const e of h.appeals[0]!.entries as { number: number; illustrative?: string }[])
            if (e.number === 325 && e.illustrative) e.number = 321;
          h.appeals[0]!.entries.push(entry(320, '10:10'), entry(324, '15:02'), entry(325, '16:19'));
        }),
      );
    }, 300_000);
    afterAll(async () => run?.close());

    const text = (day: string, to: string) =>
      mailOn(run.rounds, day, to)
        .map((m) => `${m.subject}\n${m.text}`)
        .join('\n');

    it('July 19: the order of July 13, 2017 is stayed in part pending appeal — by the Supreme Court; the injunction stays in force, with that said and dated', async () => {
      const p = await run.posture('2017-07-20');
      expect(p.inForce.map((f) => [f.kind, f.since])).toEqual([['injunction', '2017-03-29']]);
      expect(p.inForce[0]!.text).toMatch(
        /the Supreme Court stayed it in part pending appeal on July 19, 2017/,
      );
      for (const [to, lang] of SUBSCRIBERS) {
        const said = text('2017-07-19', to);
        const order =
          lang === 'en'
            ? 'the order of July 13, 2017 modifying the preliminary injunction of March 29, 2017'
            : t(lang, 'appeal.ruling.changing', {
                date: dateIn(lang, '2017-07-13'),
                how: 'modifying',
                theName: PI(lang),
              });
        expect(said, to).toContain(
          t(lang, 'injunction.pendingAppeal', {
            ...appealsCourtIn(lang, 'ca9'),
            by: 'supreme_court',
            inPart: 'yes',
            admin: 'no',
            ruling: order,
          }),
        );
      }
    });

    it('November 2: the mandate recalled (its decision no longer takes effect), then the appeal dismissed: the injunction stands as the district court left it', async () => {
      const p = await run.posture('2017-11-03');
      expect(p.inForce.map((f) => [f.kind, f.since, f.onAppeal ?? null])).toEqual([
        ['injunction', '2017-03-29', null],
      ]);
      for (const [to, lang] of SUBSCRIBERS) {
        const said = text('2017-11-02', to);
        if (to === DEMO_SUBSCRIBERS.legal) {
          expect(said).toMatch(
            /recalled its mandate: its decision of June 12, 2017 no longer takes effect until the mandate issues again/,
          );
          expect(said).toMatch(
            /dismissed the appeal from the preliminary injunction of March 29, 2017: the appeal ends and the district court's order stands/,
          );
          continue;
        }
        expect(said, to).toContain(t(lang, 'appeal.headline', { outcome: 'recalled' }));
        expect(said, to).toContain(t(lang, 'appeal.headline', { outcome: 'dismissed' }));
        expect(said, to).toContain(PI(lang));
      }
    });

    it('no message contradicts the stored posture', () => {
      const { found, checked } = contradictions(run.rounds.rounds);
      expect(checked.messages).toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
  },
);

/**
 * A stay pending appeal granted and the appeal then dismissed, in the courts' usual words (written
 * here, not a real docket): the first appeal's docket is replaced by a denied motion for a stay
 * pending appeal (April 5), a renewed motion granted (April 10: the injunction is stayed pending
 * disposition of the appeal) and a voluntary dismissal under FRAP 42(b) (May 1); the district
 * docket ends before the Ninth Circuit's decision, and the second appeal is left out.
 */
describe('a stay pending appeal granted by the court of appeals, then the appeal dismissed', () => {
  let run: Awaited<ReturnType<typeof replayRounds>>;
  beforeAll(async () => {
    run = await replayRounds(
      hawaiiWith((h) => {
        h.entries = h.entries.filter((e) => e.dateFiled <= '2017-05-31');
        const first = h.appeals[0]!.entries[0];
        h.appeals = [h.appeals[0]!];
        h.appeals[0]!.entries = [
          first,
          {
            number: 9,
            dateFiled: '2017-04-05',
            time: '11:00',
            text: "Filed order (RONALD M. GOULD and RICHARD A. PAEZ): Appellants' motion for a stay pending appeal (Dkt. 4) is DENIED without prejudice. (AF)",
          },
          {
            number: 14,
            dateFiled: '2017-04-10',
            time: '11:00',
            text: "Filed order (RONALD M. GOULD and RICHARD A. PAEZ): Appellants' renewed motion for a stay pending appeal (Dkt. 11) is GRANTED. The preliminary injunction is stayed pending disposition of this appeal. (AF)",
          },
          {
            number: 20,
            dateFiled: '2017-05-01',
            time: '11:00',
            text: 'Filed clerk order (Deputy Clerk: RR): The appeal is voluntarily dismissed pursuant to Fed. R. App. P. 42(b). This order served on the district court shall constitute the mandate of this court. (RR)',
          },
        ];
      }),
    );
  }, 300_000);
  afterAll(async () => run?.close());

  const text = (day: string, to: string) =>
    mailOn(run.rounds, day, to)
      .map((m) => `${m.subject}\n${m.text}`)
      .join('\n');

  it('April 5: the stay denied — told, and the injunction stays in force', async () => {
    expect((await run.posture('2017-04-06')).inForce.map((f) => f.since)).toEqual(['2017-03-29']);
    const said = text('2017-04-05', DEMO_SUBSCRIBERS.legal);
    expect(said).toMatch(
      /denied a stay pending appeal of the preliminary injunction of March 29, 2017: it stays in force/,
    );
  });

  it('April 10: stayed pending appeal — nothing in force until the appeal ends, said in every language', async () => {
    expect((await run.posture('2017-04-11')).inForce).toEqual([]);
    for (const [to, lang] of SUBSCRIBERS) {
      if (to === DEMO_SUBSCRIBERS.legal) continue;
      expect(text('2017-04-10', to), to).toContain(
        t(lang, 'injunction.pendingAppeal', {
          ...appealsCourtIn(lang, 'ca9'),
          by: 'appeals',
          inPart: 'no',
          admin: 'no',
          ruling: PI(lang),
        }),
      );
    }
  });

  it('May 1: the appeal dismissed — it ends, the stay pending it ends, the injunction is in force again', async () => {
    expect((await run.posture('2017-05-02')).inForce.map((f) => f.since)).toEqual(['2017-03-29']);
    for (const [to, lang] of SUBSCRIBERS) {
      const said = text('2017-05-01', to);
      if (to === DEMO_SUBSCRIBERS.legal)
        expect(said).toMatch(/what was stayed pending the appeal is no longer stayed/);
      else
        expect(said, to).toContain(
          t(lang, 'appeal.sentence', {
            outcome: 'dismissed',
            ...appealsCourtIn(lang, 'ca9'),
            ruling: PI(lang),
            dated: 'no',
            date: '',
            stayEnded: 'yes',
          }),
        );
    }
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(run.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});

/**
 * A mandate that vacated injunctions, recalled: Hamama v. Adducci (src/demo/hamama.json) with one
 * entry added to the Sixth Circuit's docket after its mandate of April 10, 2019 (written here, in
 * the words such a clerk order uses): "The mandate issued on 04/10/2019 is recalled." The
 * injunctions of July 24, 2017 and January 2, 2018 are in force again, their decision waiting for
 * the mandate again, and the reports ECF 87 ordered are due again — none "missing" for the days
 * the mandate had ended them.
 */
describe('Hamama v. Adducci: the Sixth Circuit’s mandate recalled', () => {
  const HAMAMA_KEY = 'mied:2:17-cv-11910';
  let smtp: TestSmtp;
  let dir: string;
  let rounds: PostureRounds;
  let store: Awaited<ReturnType<typeof openDatabase>>;
  beforeAll(async () => {
    const h = JSON.parse(readFileSync(new URL('../../src/demo/hamama.json', import.meta.url), 'utf8'));
    h.appeal.entries.push({
      number: 115,
      dateFiled: '2019-04-22',
      time: '10:00',
      text: 'Filed clerk order: The mandate issued on 04/10/2019 is recalled. (CLA)',
    });
    dir = mkdtempSync(join(tmpdir(), 'dw-recall-'));
    writeFileSync(join(dir, 'history.json'), JSON.stringify(h));
    smtp = await startSmtp();
    rounds = new PostureRounds(smtp, HAMAMA_KEY);
    await runDemo({
      history: loadHistory(join(dir, 'history.json')),
      speed: 'max',
      outboxDir: join(dir, 'outbox'),
      smtpUrl: smtp.url,
      port: null,
      db: join(dir, 'replay.sqlite'),
      logger: silentLogger,
      onCycle: rounds.onCycle,
    });
    store = await openDatabase(join(dir, 'replay.sqlite'));
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('between the mandate and its recall the two injunctions are vacated; after the recall they are in force again, waiting for the mandate', async () => {
    const before = await casePosture(store, HAMAMA_KEY, '2019-04-15');
    expect(before.inForce.map((f) => f.since)).toEqual(['2018-11-20']);
    const after = await casePosture(store, HAMAMA_KEY, '2019-04-23');
    expect(after.inForce.map((f) => [f.since, f.onAppeal?.action ?? null]).sort()).toEqual([
      ['2017-07-24', 'vacated'],
      ['2018-01-02', 'vacated'],
      ['2018-11-20', null],
    ]);
    expect(after.nextDeadlines.some((d) => /report/i.test(d.what))).toBe(true);
  });

  it('no report is said missing for the days the mandate had ended the duty', async () => {
    const rows = await store.db
      .selectFrom('events')
      .select('payload')
      .where('type', '=', 'deadline.missing')
      .execute();
    const late = rows
      .map((r) => JSON.parse(r.payload) as { date: string; due: string | null })
      .filter((p) => p.date >= '2019-04-10');
    expect(late).toEqual([]);
  });

  it('the recall reaches the subscribers, and no message contradicts the stored posture', () => {
    const said = rounds.rounds
      .filter((r) => r.day === '2019-04-22')
      .flatMap((r) => r.mails)
      .map((m) => m.text)
      .join('\n');
    expect(said).toMatch(
      /recalled its mandate: its decision of December 20, 2018 no longer takes effect until the mandate issues again/,
    );
    const { found } = contradictions(rounds.rounds);
    expect(found).toEqual([]);
  });
});
