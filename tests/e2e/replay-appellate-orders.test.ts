/**
 * Orders of the court of appeals (and of the Supreme Court) on a stay pending appeal, as the
 * district docket copies them, replayed through the live path (`replayed`: the replay court, the
 * real worker, a real SMTP server) from hand-written histories (tests/fixtures/replay/; fictional
 * parties).
 *
 * How a careful reader takes them:
 * - "USCA ORDER as to [24] Notice of Appeal: The emergency motion … for a stay of the preliminary
 *   injunction pending appeal is GRANTED …" on the district docket is the clerk's copy of the Ninth
 *   Circuit's order: the injunction is on hold (not in force) from the Ninth Circuit's day, no one
 *   is protected by it meanwhile, and there is no district "stay" protecting anyone. Already told
 *   from the Ninth Circuit's own docket, the copy is not told again. Alone (no appeal docket
 *   watched), the copy puts the injunction on hold by itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/replay/${name}`, import.meta.url), 'utf8')) as {
    entries: { number: number | null; text: string }[];
    appeals?: unknown[];
  };

/** What no message may say of a court of appeals' stay of an injunction: that the district court protects anyone by a stay. */
const DISTRICT_STAY_WORDS =
  /Stay granted|The judge granted a stay|no one in the class can be deported|El (?:juez|tribunal) concedió una suspensión|Stay of pending appeal|Suspensión: /;

describe('the clerk’s copy of the Ninth Circuit’s stay of the injunction (D. Ariz., hand-written): the appellate act, paired with its own docket’s entry', () => {
  const KEY = 'azd:2:24-cv-00131';
  const suite = replayedSuite({
    caseKey: KEY,
    history: fixture('appeal-order-copies.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, inForce: string[], onHold: string[]][] = [
    ['2024-03-17', ['Preliminary injunction'], []],
    ['2024-03-18', [], ['2024-03-18']],
    ['2024-03-19', [], ['2024-03-18']],
    ['2024-08-30', [], ['2024-03-18']],
    ['2024-09-20', ['Preliminary injunction'], []],
    ['2024-09-24', ['Preliminary injunction'], []],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold since ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => h.heldSince)).toEqual(onHold);
    });

  it('the record keeps no stay: what is stayed is the injunction, by the court of appeals', async () => {
    const records = await listDeadlineRecords(suite.store, KEY);
    expect(records.filter((r) => r.kind === 'stay')).toEqual([]);
    const out = await suite.run.deadlines('2024-04-01');
    expect(out).not.toMatch(/IN FORCE/);
    expect(out).toMatch(
      /ON HOLD {3}Preliminary injunction of February 14, 2024 not in force: on hold pending appeal since March 18, 2024 \(stayed by the court of appeals until the appeal is decided\) \(CA9 24-1187 Doc\. 14\)/,
    );
    expect(out).not.toMatch(/NEEDS REVIEW/);
  });

  it('the stay is told once, from the Ninth Circuit’s docket: the copy (ECF No. 31) is not told again, and nobody reads of a district stay protecting them', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const mails = suite.rounds.mails;
    for (const m of mails) {
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(DISTRICT_STAY_WORDS);
      expect(m.text, `${m.to}: ${m.subject}`).not.toMatch(/ECF No\. 31\b|ECF n\.º 31|31 ECF/);
    }
    const advocate = mails.filter((m) => m.to === DEMO_SUBSCRIBERS.advocate).map((m) => m.text);
    const paused = advocate
      .join('\n')
      .match(/Paused pending appeal: the preliminary injunction of February 14, 2024/g);
    expect(paused?.length).toBeGreaterThan(0);
    expect(advocate.join('\n')).toContain(
      'The Ninth Circuit paused the preliminary injunction of February 14, 2024 while the appeal goes on: it does not apply for now.',
    );
  });
});

describe('the clerk’s copy alone (no appeal docket watched): "ORDER from the Ninth Circuit …" puts the injunction on hold, no district stay', () => {
  const KEY = 'azd:2:24-cv-00131';
  const h = fixture('appeal-order-copies.json');
  delete h.appeals;
  const copy = h.entries.find((e) => e.number === 31)!;
  copy.text =
    'ORDER from Ninth Circuit Court of Appeals re [24] Notice of Appeal filed by Jorge Espinoza: Appellant’s emergency motion for stay pending appeal is granted. The preliminary injunction of February 14, 2024 is stayed pending resolution of the appeal. (LMT) (Entered: 03/19/2024)';
  const suite = replayedSuite({ caseKey: KEY, history: h });

  it('from March 19 the injunction is on hold (the court of appeals’), never a stay in force; the mandate ends the hold', async () => {
    expect((await casePosture(suite.store, KEY, '2024-03-18')).inForce.map((f) => f.name)).toEqual([
      'Preliminary injunction',
    ]);
    const held = await casePosture(suite.store, KEY, '2024-04-01');
    expect(held.inForce).toEqual([]);
    expect(held.onHold.map((h) => [h.heldSince, h.pendingAppeal?.by])).toEqual([['2024-03-19', 'appeals']]);
    expect((await listDeadlineRecords(suite.store, KEY)).filter((r) => r.kind === 'stay')).toEqual([]);
    expect((await casePosture(suite.store, KEY, '2024-09-24')).inForce.map((f) => f.name)).toEqual([
      'Preliminary injunction',
    ]);
  });

  it('no message says the judge granted a stay or that no one can be deported', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    for (const m of suite.rounds.mails)
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(DISTRICT_STAY_WORDS);
    expect(suite.rounds.mails.map((m) => m.text).join('\n')).toContain(
      'The Ninth Circuit paused the preliminary injunction of February 14, 2024 while the appeal goes on',
    );
  });
});

/**
 * The Supreme Court's stay (tests/fixtures/replay/supreme-court-stay.json; D. Md., 4th Cir.): the
 * Fourth Circuit denies a stay pending appeal (March 10; the clerk's copy March 11, told once); the
 * Supreme Court grants one "pending the disposition of the appeal … and disposition of a petition
 * for a writ of certiorari, if such writ is timely sought" — its order of April 7, received on the
 * Fourth Circuit's docket April 8 ("Supreme Court order received"), the day a party's notice on the
 * district docket gives. The Fourth Circuit affirms; its mandate (September 11) does not end the
 * Supreme Court's stay, which waits for the petition; the petition denied (January 12, 2026) ends it.
 */
describe('the Supreme Court’s stay pending appeal and certiorari (D. Md., hand-written): the Supreme Court’s, dated its own day, until the petition is decided', () => {
  const KEY = 'mdd:1:25-cv-00312';
  const suite = replayedSuite({
    caseKey: KEY,
    history: fixture('supreme-court-stay.json'),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
  });

  const DAYS: [day: string, inForce: string[], onHold: [heldSince: string, by: string | undefined][]][] = [
    ['2025-03-12', ['Preliminary injunction'], []],
    ['2025-04-08', [], [['2025-04-07', 'supreme_court']]],
    ['2025-08-21', [], [['2025-04-07', 'supreme_court']]],
    ['2025-09-12', [], [['2025-04-07', 'supreme_court']]],
    ['2026-01-12', ['Preliminary injunction'], []],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => [h.heldSince, h.pendingAppeal?.by])).toEqual(onHold);
    });

  it('the CLI says the Supreme Court stayed it, since April 7, until the appeal and any petition for certiorari are decided — after the mandate too', async () => {
    for (const asOf of ['2025-04-09', '2025-09-12']) {
      const out = await suite.run.deadlines(asOf);
      expect(out).toMatch(
        /ON HOLD {3}Preliminary injunction of February 10, 2025 not in force: on hold pending appeal since April 7, 2025 \(stayed by the Supreme Court until the appeal is decided and any petition for a writ of certiorari is decided\)/,
      );
    }
  });

  it('readers are told the Supreme Court paused it, with its condition; the denial once; the end with the petition denied, not with the mandate', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    const advocate = suite.rounds.mails
      .filter((m) => m.to === DEMO_SUBSCRIBERS.advocate)
      .map((m) => m.text)
      .join('\n');
    expect(advocate).toContain(
      'The Supreme Court paused the preliminary injunction of February 10, 2025 while the appeal goes on: it does not apply for now. The pause lasts until any petition for certiorari is decided too',
    );
    expect(advocate).not.toMatch(/The court of appeals paused/);
    expect(advocate).toContain(
      'The Supreme Court decided the petition for certiorari on January 12, 2026, so the stay it granted has ended: the preliminary injunction of February 10, 2025 applies again.',
    );
    expect(advocate).not.toMatch(/mandate issued[^\n]*so the stay pending appeal has ended/);
    expect(advocate.match(/refused to pause the preliminary injunction of February 10, 2025/g)?.length).toBe(
      1,
    );
    const es = suite.rounds.mails
      .filter((m) => m.to === ADVOCATES_IN_EVERY_LANGUAGE[0].email)
      .map((m) => m.text)
      .join('\n');
    expect(es).toMatch(/La Corte Suprema puso en pausa [^\n]*certiorari/);
  });
});
