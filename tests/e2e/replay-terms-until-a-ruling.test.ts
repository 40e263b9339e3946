/**
 * Relief that lasts until a ruling, through the live path (replay → stored posture → CLI
 * `deadlines` → mails in en/es/ar), from two hand-written histories (fictional parties):
 *
 * - D.N.M. (tests/fixtures/replay/interim-order-kept-with-tro.json): an order "Pending resolution
 *   of the [3] Emergency Motion, Respondents shall not remove or transfer Petitioner A or Petitioner
 *   B"; the ruling on [3] grants a TRO "Until 5:00 p.m. on March 24, 2027" for three petitioners
 *   named by surname (class relief denied) and says the interim order "SHALL REMAIN in effect until
 *   this Temporary Restraining Order expires"; a minute order extends the TRO to April 7; the
 *   preliminary injunction of April 2 dissolves the TRO. A careful reader: the interim order lasts
 *   as long as the TRO — through March 24, then April 7 — and ends with it on April 2; the TRO
 *   protects the three named petitioners only.
 * - D. Conn. (tests/fixtures/replay/terms-until-a-ruling.json): "The Court ORDERS that until 11:59
 *   p.m. on August 18, 2027, the respondents must …" (the TRO's end); "Until the Court rules on the
 *   pending Motion for Preliminary Injunction (ECF No. 12), Respondents shall not transfer any
 *   member of the proposed class …" (an interim order ending with that ruling); "The temporary
 *   restraining order (ECF No. 9) remains in effect until the court decides the motion for
 *   preliminary injunction, notwithstanding its stated expiration date" (the TRO kept past August
 *   18); the order granting [12] on September 8 ends both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { untilIn } from '../../src/notify/language.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const history = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/replay/${name}`, import.meta.url), 'utf8'));

describe('an interim order "pending resolution of [3]", kept by the ruling "until this Temporary Restraining Order expires"', () => {
  const KEY = 'nmd:1:27-cv-00388';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('interim-order-kept-with-tro.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const inForce = async (day: string, kind: 'stay' | 'injunction') =>
    (await casePosture(suite.run.store, KEY, day)).inForce.filter((f) => f.kind === kind);

  it('before the ruling: in force for the two petitioners it names, until that ruling', async () => {
    const stays = await inForce('2027-03-05', 'stay');
    expect(stays).toHaveLength(1);
    expect(stays[0]!.text).toMatch(/Quispe Mamani/);
    expect(stays[0]!.text).toMatch(/Chikwanha/);
    expect(stays[0]!.text).not.toMatch(/Hrytsenko/);
  });

  it('kept by the ruling: it lasts as long as the TRO, and follows its extension', async () => {
    const [stay] = await inForce('2027-03-15', 'stay');
    const [tro] = (await inForce('2027-03-15', 'injunction')).filter((i) => /restraining/i.test(i.name));
    expect(tro?.until).toBe('2027-03-24');
    expect(tro?.untilTime).toBe('17:00');
    expect(stay?.until).toBe(tro?.until);
    const [later] = await inForce('2027-03-30', 'stay');
    expect(later?.until).toBe('2027-04-07');
  });

  it('the TRO is for the three petitioners it names only (class relief denied)', async () => {
    const [tro] = (await inForce('2027-03-15', 'injunction')).filter((i) => /restraining/i.test(i.name));
    expect(tro?.text).toMatch(/only as to Quispe Mamani(,| and) Chikwanha(,| and) Hrytsenko/);
    const out = await suite.run.deadlines('2027-03-15');
    expect(out).toMatch(/IN FORCE\s+Temporary restraining order.*only as to/);
  });

  it('ended with the TRO on April 2: nothing of it in force after, in the CLI or any mail', async () => {
    expect(await inForce('2027-04-03', 'stay')).toEqual([]);
    expect(await inForce('2027-11-01', 'stay')).toEqual([]);
    expect(await suite.run.deadlines('2027-11-01')).not.toMatch(/IN FORCE\s+Stay/);
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    for (const r of suite.run.rounds.rounds)
      if (r.day > '2027-04-03')
        for (const m of r.mails) expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Stay of removal, since/);
  });

  it('its end is told, as the end of what it was kept with — never as a judge lifting it', () => {
    const ended = suite.run.rounds.mails.filter((m) =>
      /kept (?:for|in effect)|se mantenía|أُبقي|باقيًا/.test(m.text),
    );
    expect(ended.length).toBeGreaterThan(0);
    expect(new Set(ended.map((m) => m.lang))).toEqual(new Set(['en', 'es', 'ar']));
    for (const m of suite.run.rounds.mails) expect(m.text, m.to).not.toMatch(/judge lifted the stay/);
  });
});

describe('terms that end with a ruling: "until 11:59 p.m. on D, the respondents must", "Until the Court rules on … (ECF No. 12)", "remains in effect until the court decides"', () => {
  const KEY = 'ctd:3:27-cv-01214';
  const suite = replayedSuite({
    caseKey: KEY,
    history: history('terms-until-a-ruling.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });
  const inForce = async (day: string) => (await casePosture(suite.run.store, KEY, day)).inForce;

  it('the TRO ends at 11:59 p.m. on August 18, as its command says', async () => {
    const tro = (await inForce('2027-08-05')).find((f) => /restraining/i.test(f.name));
    expect(tro?.until).toBe('2027-08-18');
    expect(tro?.untilTime).toBe('23:59');
  });

  it('the no-transfer order protects the proposed class until the ruling on ECF No. 12', async () => {
    const stay = (await inForce('2027-08-10')).find((f) => f.kind === 'stay');
    expect(stay?.name).toMatch(/transfer/i);
    expect(stay?.until).toMatch(/ECF No\. 12/);
    expect(stay?.text).not.toMatch(/only as to/);
  });

  it('kept past its stated last day until the ruling; both end with the ruling on September 8', async () => {
    const kept = (await inForce('2027-08-25')).find((f) => /restraining/i.test(f.name));
    expect(kept).toBeDefined();
    expect(kept!.until).not.toBe('2027-08-18');
    expect(await suite.run.deadlines('2027-08-25')).toMatch(/IN FORCE\s+Temporary restraining order/);
    const after = await inForce('2027-09-09');
    expect(after.some((f) => /restraining/i.test(f.name))).toBe(false);
    expect(after.some((f) => f.kind === 'stay')).toBe(false);
    expect(after.some((f) => /preliminary injunction/i.test(f.name))).toBe(true);
    expect(await suite.run.deadlines('2027-10-05')).not.toMatch(/IN FORCE\s+(?:Stay|Temporary)/);
  });

  it('every reader gets the ruling awaited in their own words, not the order’s English', async () => {
    expect(contradictions(suite.run.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.run.rounds.rounds)).toEqual([]);
    const until = (await inForce('2027-08-10')).find((f) => f.kind === 'stay')!.until!;
    for (const lang of ['en', 'es', 'ar'] as const)
      expect(
        suite.run.rounds.mails.some((m) => m.lang === lang && m.text.includes(untilIn(lang, until))),
        lang,
      ).toBe(true);
    // The docket text may be quoted as the court wrote it (“…”); docketwatch's own words are the reader's.
    for (const m of suite.run.rounds.mails.filter((x) => x.lang !== 'en'))
      expect(m.text.replace(/“[^”]*”/g, ''), m.to).not.toMatch(
        /rules on the pending Motion|court decides the motion/,
      );
    for (const r of suite.run.rounds.rounds)
      if (r.day > '2027-09-08')
        for (const m of r.mails)
          expect(m.text, `${r.day} ${m.to}`).not.toMatch(/Temporary restraining order, since/);
  });
});
