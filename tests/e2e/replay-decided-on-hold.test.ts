/**
 * An injunction the court of appeals stays pending appeal and then vacates, replayed through the
 * live path (the replay court, the real worker, the store, SMTP) from a hand-written history
 * (tests/fixtures/replay/decided-while-on-hold.json; fictional parties, D. Md. and the Fourth
 * Circuit): a temporary restraining order "for fourteen (14) days from entry" (ECF 8, January 24,
 * 2022: to February 7), extended through February 14 (ECF 15), the preliminary injunction of
 * February 14 that replaces it (ECF 22), the Fourth Circuit's stay pending appeal
 * (Doc. 14, March 18), its opinion "VACATED AND REMANDED" (Doc. 41, August 16; the district copy
 * ECF 33), its mandate (Doc. 45, September 7; the copy ECF 36).
 *
 * How a careful reader takes it: from March 18 the injunction is on hold, not in force; the
 * opinion of August 16 changes nothing until the mandate, so the injunction stays on hold — it does
 * not come back "in force" for three weeks, and no message may say it does; from September 7 it is
 * vacated. The try-out's history had the same shape with "AFFIRMED in part, VACATED in part" and
 * was told "until then … stays in force as it was" while the posture said on hold. The TRO's last
 * day is said in words in every language (was "until 2025-03-18"), and the key-dates page says it
 * ended after February 14 and the preliminary injunction took its place (was "The injunction's
 * last day was February 22": the day the worker next ran).
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/decided-while-on-hold.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { testServer } from '../support/web.ts';

const KEY = 'mdd:1:22-cv-00101';

describe('an injunction stayed pending appeal, then vacated on appeal: on hold until the mandate, never back in force', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, inForce: string[], onHold: { decided: string | null } | null][] = [
    ['2022-01-24', ['Temporary restraining order'], null],
    ['2022-02-07', ['Temporary restraining order'], null],
    ['2022-02-10', ['Temporary restraining order'], null],
    ['2022-02-15', ['Preliminary injunction'], null],
    ['2022-03-18', [], { decided: null }],
    ['2022-08-16', [], { decided: '2022-08-16' }],
    ['2022-09-06', [], { decided: '2022-08-16' }],
    ['2022-09-07', [], null],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => ({ decided: h.onAppeal?.decided ?? null }))).toEqual(onHold ? [onHold] : []);
      if (onHold?.decided)
        expect(p.onHold[0]!.text).toMatch(
          /on hold .*vacated it on August 16, 2022: that takes effect when its mandate issues/,
        );
    });

  it('between the opinion and the mandate, every reader is told the injunction stays on hold, and no one that it stays in force', () => {
    const between = suite.rounds.rounds
      .filter((r) => r.day >= '2022-08-16' && r.day < '2022-09-07')
      .flatMap((r) => r.mails);
    const inForce = /stays? in force|sigue vigente|siguen vigentes|يبقى الحكم ساريًا|ساريًا كما هو/;
    expect(between.filter((m) => inForce.test(m.text)).map((m) => `${m.to}: ${m.subject}`)).toEqual([]);
    const onHold: Record<string, RegExp> = {
      [DEMO_SUBSCRIBERS.legal]:
        /until then the preliminary injunction of February 14, 2022 stays on hold, not in force/,
      [DEMO_SUBSCRIBERS.advocate]: /until then it stays on hold, not in force/,
      [ADVOCATES_IN_EVERY_LANGUAGE[0].email]:
        /vacated it on August 16|la anuló el 16 de agosto de 2022, con efecto cuando emita su mandato/,
      [ADVOCATES_IN_EVERY_LANGUAGE[1].email]:
        /ألغته محكمة استئناف الدائرة الرابعة في 16 أغسطس\/آب 2022، ويسري ذلك عند صدور أمر إنفاذ حكمها/,
      [ADVOCATES_IN_EVERY_LANGUAGE[2].email]: /hasta entonces sigue en pausa, sin vigencia/,
    };
    for (const [to, said] of Object.entries(onHold))
      expect(
        between
          .filter((m) => m.to === to)
          .map((m) => m.text)
          .join('\n'),
        to,
      ).toMatch(said);
  });

  it("a last day is said in the reader's words, never as 2022-02-07, in every message", () => {
    const mails = suite.rounds.rounds.flatMap((r) => r.mails);
    const iso = mails.filter((m) => /\b\d{4}-\d{2}-\d{2}\b/.test(m.text.replace(/https?:\/\/\S+/g, '')));
    expect(iso.map((m) => `${m.to}: ${m.subject}`)).toEqual([]);
    const all = mails.map((m) => m.text).join('\n');
    for (const said of [
      'Temporary restraining order granted until February 7, 2022',
      'a court order that must be obeyed until February 7, 2022',
      'una orden judicial que debe cumplirse hasta el 7 de febrero de 2022',
      'واجب التنفيذ حتى 7 فبراير/شباط 2022',
    ])
      expect(all).toContain(said);
  });

  it('the key-dates page: the TRO ended after its last day, February 14, and the preliminary injunction took its place', async () => {
    const app = await testServer(suite.store, 'https://watch.example.org', new Date('2022-03-01T17:00:00Z'));
    try {
      const page = async (lang: string) =>
        (
          await app.inject({
            method: 'GET',
            url: `/cases/mdd/1:22-cv-00101/key-dates?lang=${lang}&as-of=2022-03-01`,
          })
        ).body
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
      const en = await page('en');
      expect(en).toContain(
        'February 14, 2022 Temporary restraining order ended The temporary restraining order of January 24, 2022 ended after its last day, February 14, 2022, and the preliminary injunction of February 14, 2022 took its place.',
      );
      expect(en).not.toMatch(/February 22, 2022|Injunction ended/);
      expect(await page('es')).toContain(
        'Terminó la orden de restricción temporal del 24 de enero de 2022: su último día fue el 14 de febrero de 2022, y la medida cautelar preliminar del 14 de febrero de 2022 la reemplazó.',
      );
      expect(await page('ar')).toContain('وحلّ محله الأمر القضائي الأولي الصادر في 14 فبراير/شباط 2022');
    } finally {
      await app.close();
    }
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
