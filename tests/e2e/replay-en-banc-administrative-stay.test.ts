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
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import orderHistory from '../fixtures/replay/administrative-stay-of-an-order.json' with { type: 'json' };
import history from '../fixtures/replay/en-banc-administrative-stay.json' with { type: 'json' };
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const KEY = 'nmd:1:24-cv-00117';

describe('a court of appeals’ administrative stay: the whole order, for now, ended by the order that decides the motion', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
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
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.filter((f) => f.kind === 'injunction').map((f) => f.name)).toEqual(inForce);
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
    const mails = suite.rounds.rounds
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
    const after = suite.rounds.rounds
      .filter((r) => r.day >= '2024-03-26')
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })));
    const onHold =
      /injunction of March 1, 2024[^.\n]*on hold|paused part|that part is on hold|on hold for now|en pausa por ahora|esa parte está en pausa|معلّق مؤقتًا|ذلك الجزء معلّق/;
    expect(after.filter((m) => onHold.test(m.text)).map((m) => `${m.day} ${m.to}: ${m.subject}`)).toEqual([]);
    // The advocate reads the critical alert the day of the order and the rest in the next
    // morning's daily digest, as a live worker sends it.
    const advocate = after
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate && (m.day === '2024-03-26' || m.day === '2024-03-27'))
      .map((m) => m.text)
      .join('\n');
    expect(advocate).toMatch(
      /The Tenth Circuit ended its temporary pause \(administrative stay\) on March 26, 2024: the preliminary injunction of March 1, 2024 applies again\./,
    );
    expect(advocate).toMatch(
      /The Tenth Circuit refused to pause the preliminary injunction of March 1, 2024 while the appeal goes on: it stays in force\./,
    );
  });
});

describe('rehearing en banc granted: the panel’s decision no longer stands; the en banc decision is the one the mandate carries', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, onAppeal: string | null, reheard: boolean][] = [
    ['2024-08-20', '2024-08-20', false],
    ['2024-09-30', '2024-08-20', false],
    ['2024-10-01', null, true],
    ['2025-02-13', null, true],
    ['2025-02-14', null, false],
    ['2025-03-10', null, false],
    ['2025-06-01', null, false],
  ];
  for (const [day, onAppeal, reheard] of DAYS)
    it(`${day}: the preliminary injunction in force${onAppeal ? ', vacated on appeal pending the mandate' : ''}${reheard ? ', the panel decision vacated by rehearing' : ''}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.filter((f) => f.kind === 'injunction').map((f) => f.name)).toEqual([
        'Preliminary injunction',
      ]);
      expect(p.onHold).toEqual([]);
      const f = p.inForce.find((x) => x.kind === 'injunction')!;
      expect(f.onAppeal?.decided ?? null).toBe(onAppeal);
      if (reheard) {
        expect(f.reheard).toEqual({ decided: '2024-08-20', granted: '2024-10-01', enBanc: true });
        expect(f.text).toContain(
          'the court of appeals vacated its decision of August 20, 2024 when it granted rehearing en banc on October 1, 2024: that decision no longer stands',
        );
        expect(f.text).not.toMatch(/until the mandate issues/);
      } else expect(f.reheard).toBeUndefined();
    });

  it('the rehearing is told to every reader that day: the panel decision no longer stands, the injunction stays in force', () => {
    const that = suite.rounds.rounds.filter((r) => r.day === '2024-10-01').flatMap((r) => r.mails);
    const said: Record<string, string> = {
      [DEMO_SUBSCRIBERS.legal]:
        'The Tenth Circuit granted rehearing en banc and vacated its decision of August 20, 2024: that decision no longer stands, and the preliminary injunction of March 1, 2024 stays in force as it was until the court decides the appeal again.',
      [DEMO_SUBSCRIBERS.advocate]:
        'The Tenth Circuit agreed to rehear the appeal with all its judges (en banc) and threw out its earlier decision of August 20, 2024: that decision no longer stands. The preliminary injunction of March 1, 2024 stays in force as it was while the court decides the appeal again.',
      [ADVOCATES_IN_EVERY_LANGUAGE[0].email]:
        'su decisión anterior del 20 de agosto de 2024: esa decisión ya no tiene efecto.',
      [ADVOCATES_IN_EVERY_LANGUAGE[1].email]: 'لم يعد ذلك القرار قائمًا',
    };
    for (const [to, words] of Object.entries(said))
      expect(
        that
          .filter((m) => m.to === to)
          .map((m) => m.text)
          .join('\n'),
        to,
      ).toContain(words);
  });

  it('after the rehearing no message says the panel’s vacatur waits for the mandate, and the mandate never applies it', () => {
    const after = suite.rounds.rounds
      .filter((r) => r.day >= '2024-10-01')
      .flatMap((r) => r.mails.map((m) => ({ ...m, day: r.day })));
    const waiting =
      /until (?:its|the) mandate issues|vacated it on August 20|la anuló el 20 de agosto|ألغته [^.]* في 20 أغسطس/;
    const gone =
      /vacated and no longer applies|Nothing is in force|no longer applies|ya no se aplica|لم يعد ساريًا/;
    expect(
      after
        .filter((m) => waiting.test(m.text) || gone.test(m.text))
        .map((m) => `${m.day} ${m.to}: ${m.subject}`),
    ).toEqual([]);
  });

  it('the district court’s stay of its own proceedings pending the appeal ends when the mandate issues, and is told so', async () => {
    const stays = async (day: string) =>
      (await casePosture(suite.store, KEY, day)).inForce.filter((f) => f.kind === 'stay').map((f) => f.name);
    expect(await stays('2024-04-02')).toEqual(['Stay of proceedings']);
    expect(await stays('2025-03-09')).toEqual(['Stay of proceedings']);
    expect(await stays('2025-03-10')).toEqual([]);
    const that = suite.rounds.rounds
      .filter((r) => r.day === '2025-03-10')
      .flatMap((r) => r.mails)
      .filter((m) => m.to === DEMO_SUBSCRIBERS.legal)
      .map((m) => m.text)
      .join('\n');
    expect(that).toContain(
      'Stay (proceedings) pending appeal ended: the Tenth Circuit issued its mandate on March 10, 2025.',
    );
  });

  it('the order granting rehearing and its district copy are read: one act, the copy told to nobody, nothing left to review', async () => {
    const c = await suite.store.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', 'nmd')
      .where('docket_number', '=', '1:24-cv-00117')
      .executeTakeFirstOrThrow();
    const events = await suite.store.db
      .selectFrom('events')
      .select(['type', 'entry_key'])
      .where('case_id', '=', c.id)
      .where('type', 'in', ['appeal.reheard', 'appeal.copied'])
      .execute();
    expect(events.filter((e) => e.type === 'appeal.reheard')).toHaveLength(1);
    const reviews = await suite.store.db
      .selectFrom('entry_reviews')
      .select('entry_key')
      .where('case_id', '=', c.id)
      .execute();
    const copies = events.filter((e) => e.type === 'appeal.copied').map((e) => e.entry_key);
    for (const n of ['14', '16', '22', '25']) {
      expect(copies.some((k) => k?.endsWith(`:${n}`) || k === n)).toBe(true);
      expect(reviews.some((r) => r.entry_key.endsWith(`:${n}`) || r.entry_key === n)).toBe(false);
    }
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});

describe('an administrative stay of an order that is no injunction (a remand without vacatur): told as a pause of the ruling appealed from, for now, and its end', () => {
  const suite = replayedSuite({
    caseKey: 'nysd:1:25-cv-03310',
    history: orderHistory,
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const said = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it('the administrative stay, in every language: the ruling appealed from is paused for now, while the court decides the motion', () => {
    expect(said('2025-10-08', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Second Circuit paused the ruling that was appealed for now, while it decides whether to pause it pending appeal (an administrative stay): it does not apply meanwhile.',
    );
    expect(said('2025-10-08', DEMO_SUBSCRIBERS.legal)).toContain(
      'The Second Circuit stayed the ruling appealed from for now (an administrative stay), while it decides whether to stay it pending appeal.',
    );
    expect(said('2025-10-08', ADVOCATES_IN_EVERY_LANGUAGE[0].email)).toContain(
      'El Segundo Circuito puso en pausa la decisión apelada por ahora, mientras decide si la pone en pausa durante la apelación',
    );
    expect(said('2025-10-08', ADVOCATES_IN_EVERY_LANGUAGE[1].email)).toContain('مؤقتًا (تعليق إداري)');
  });

  it('the denial ends it, said as one grammatical sentence naming the ruling, never the event’s own sentence', () => {
    // In the advocate's daily digest of the next morning (the order is of November 3).
    expect(said('2025-11-04', DEMO_SUBSCRIBERS.advocate)).toContain(
      'The Second Circuit refused to pause the ruling that was appealed while the appeal goes on, and ended its temporary pause: it applies again.',
    );
    const all = suite.rounds.rounds.flatMap((r) => r.mails).map((m) => m.text);
    expect(all.filter((t) => /\b(?:pause|paused|of) The court\b|: it stays in force while/.test(t))).toEqual(
      [],
    );
  });

  it('no message contradicts the stored posture', () => {
    const { found, checked } = contradictions(suite.rounds.rounds);
    expect(checked.messages).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
