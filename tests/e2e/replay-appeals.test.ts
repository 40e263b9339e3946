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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHistory, type ReplayHistory } from '../../src/demo/history.ts';
import { DEMO_SUBSCRIBERS, runDemo } from '../../src/demo/run.ts';
import { silentLogger } from '../../src/log.ts';
import { dateIn, type Language, t } from '../../src/notify/i18n.ts';
import { contradictions, type Mail, PostureRounds } from '../support/posture-mail.ts';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';

const KEY = 'hid:1:17-cv-00050';
const ADVOCATES = [
  { email: 'abogada@demo.docketwatch.invalid', audience: 'advocate', frequency: 'immediate', language: 'es' },
  { email: 'muhami@demo.docketwatch.invalid', audience: 'advocate', frequency: 'immediate', language: 'ar' },
] as const;

/** A replay of `history` to a local SMTP server, kept round by round with the store's posture. */
async function replayRounds(history: ReplayHistory): Promise<{
  rounds: PostureRounds;
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
  return {
    rounds,
    close: async () => {
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The messages each subscriber got on `day` (court time). */
function mailOn(rounds: PostureRounds, day: string, to: string): Mail[] {
  return rounds.rounds.filter((r) => r.day === day).flatMap((r) => r.mails.filter((m) => m.to === to));
}

const hawaii = () => loadHistory(new URL('../fixtures/replay/hawaii-v-trump.json', import.meta.url).pathname);
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
          dated: 'yes',
          date: dateIn(lang, '2017-06-12'),
        };
        expect(said, to).toContain(t(lang, 'appeal.headline', values));
      }
    }
  });

  it('June 19: the mandate changes the injunction — told as the court of appeals’ decision, not "the judge changed"', () => {
    for (const [to, lang] of SUBSCRIBERS) {
      const said = text('2017-06-19', to);
      expect(said, to).not.toMatch(/The judge changed|El tribunal modificó|عدّلت المحكمة/);
      if (to === DEMO_SUBSCRIBERS.legal)
        expect(said).toMatch(/modified by the court of appeals: its decision of June 12, 2017 took effect/);
      else
        expect(said, to).toContain(
          t(lang, 'injunction.byAppeal', {
            action: 'modified',
            decided: dateIn(lang, '2017-06-12'),
            theName: `${t(lang, 'injunction.theName', { injunction: 'preliminary_injunction' })} ${t(lang, 'injunction.of', { date: dateIn(lang, '2017-03-29') })}`,
          }),
        );
    }
  });

  it('September 7: the second appeal’s affirmance is of the order it was from (July 13, 2017), not the injunction "as it was"', () => {
    for (const [to, lang] of SUBSCRIBERS) {
      const said = text('2017-09-07', to);
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
