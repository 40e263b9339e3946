/**
 * A court of appeals' administrative stay and its end, then a panel decision wiped out by rehearing
 * en banc, replayed through the live path (the replay court, the real worker, the store, SMTP) from
 * a hand-written history (tests/fixtures/replay/en-banc-administrative-stay.json; fictional
 * parties, D.N.M. and the Tenth Circuit): the preliminary injunction of March 1, 2024 (ECF 10), the
 * notice of appeal (ECF 12), the court of appeals' order "request for an immediate administrative
 * stay is GRANTED to the extent that the district court's March 1, 2024 preliminary injunction is
 * administratively stayed pending this court's consideration of the motion for stay pending appeal"
 * (Doc. 5, March 12; the copy ECF 14), its order "The administrative stay entered March 12, 2024 is
 * VACATED. Appellant's motion for a stay pending appeal is DENIED." (Doc. 9, March 26; ECF 16), the
 * panel's opinion and judgment vacating the injunction (Doc. 30/31, August 20; ECF 20), rehearing
 * en banc granted with the panel opinion and judgment vacated (Doc. 35, October 1; ECF 22), the en
 * banc court's affirmance (Doc. 50/51, February 14, 2025), the mandate (Doc. 55; ECF 25).
 *
 * How a careful reader takes it: from March 12 the whole injunction is on hold for now — "to the
 * extent that" says what is granted, not a part — while the court decides the motion; from March
 * 26 it applies again (the denial and the vacatur of the administrative stay end it, whichever
 * sentence comes first), and no message says any part of it is on hold after that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import history from '../fixtures/replay/en-banc-administrative-stay.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, type PostureRounds } from '../support/posture-mail.ts';
import { type Replayed, replayed } from '../support/replayed.ts';

const KEY = 'nmd:1:24-cv-00117';

describe('a court of appeals’ administrative stay: the whole order, for now, ended by the order that decides the motion', () => {
  let run: Replayed;
  let rounds: PostureRounds;
  let store: Store;
  beforeAll(async () => {
    run = await replayed({
      caseKey: KEY,
      history,
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
    });
    ({ rounds, store } = run);
  }, 300_000);
  afterAll(async () => {
    await run?.close();
  });

  const DAYS: [day: string, inForce: string[], onHold: string[]][] = [
    ['2024-03-02', ['Preliminary injunction'], []],
    ['2024-03-12', [], ['Preliminary injunction']],
    ['2024-03-25', [], ['Preliminary injunction']],
    ['2024-03-26', ['Preliminary injunction'], []],
    ['2024-08-19', ['Preliminary injunction'], []],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.inForce.filter((f) => f.stayedInPart)).toEqual([]);
      expect(p.onHold.map((h) => h.name)).toEqual(onHold);
      if (onHold.length > 0) {
        expect(p.onHold[0]!.pendingAppeal).toEqual({ by: 'appeals', administrative: true });
        expect(p.onHold[0]!.text).toMatch(
          /administrative stay, while it decides whether to stay it pending appeal/,
        );
      }
    });

  it('the administrative stay is told as a pause of the whole injunction for now, in every language, never as a part', () => {
    const mails = rounds.rounds
      .filter((r) => r.day >= '2024-03-12' && r.day < '2024-03-26')
      .flatMap((r) => r.mails);
    const all = mails.map((m) => m.text).join('\n');
    expect(all).not.toMatch(/paused part|stayed in part|rest stays in force|una parte|جزءًا من/);
    const said: Record<string, RegExp> = {
      [DEMO_SUBSCRIBERS.advocate]:
        /The Tenth Circuit paused the preliminary injunction of March 1, 2024 for now, while it decides whether to pause it pending appeal \(an administrative stay\): it does not apply meanwhile\./,
      [DEMO_SUBSCRIBERS.legal]: /paused the preliminary injunction of March 1, 2024 for now/,
      [ADVOCATES_IN_EVERY_LANGUAGE[0].email]:
        /puso en pausa la medida cautelar preliminar del 1 de marzo de 2024 por ahora/,
      [ADVOCATES_IN_EVERY_LANGUAGE[1].email]: /مؤقتًا .*\(تعليق إداري\)/,
    };
    for (const [to, words] of Object.entries(said))
      expect(
        mails
          .filter((m) => m.to === to)
          .map((m) => m.text)
          .join('\n'),
        to,
      ).toMatch(words);
  });

  it('the order that vacates the administrative stay and denies the motion ends it: the injunction applies again, and no message says a part is on hold', () => {
    const after = rounds.rounds
      .filter((r) => r.day >= '2024-03-26')
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })));
    const onHold =
      /on hold|paused part|that part is on hold|en pausa por ahora|esa parte está en pausa|معلّق مؤقتًا|ذلك الجزء معلّق/;
    expect(after.filter((m) => onHold.test(m.text)).map((m) => `${m.day} ${m.to}: ${m.subject}`)).toEqual([]);
    const advocate = after
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate && m.day === '2024-03-26')
      .map((m) => m.text)
      .join('\n');
    expect(advocate).toMatch(
      /The Tenth Circuit ended its temporary pause \(administrative stay\) on March 26, 2024: the preliminary injunction of March 1, 2024 applies again\./,
    );
    expect(advocate).toMatch(
      /The Tenth Circuit refused to pause the preliminary injunction of March 1, 2024 while the appeal goes on: it stays in force\./,
    );
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
