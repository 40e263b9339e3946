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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { casePosture, listDeadlineRecords } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { runCli } from '../support/cli.ts';
import {
  ADVOCATES_IN_EVERY_LANGUAGE,
  contradictions,
  type PostureRounds,
  repeats,
} from '../support/posture-mail.ts';
import { type Replayed, replayed } from '../support/replayed.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/replay/${name}`, import.meta.url), 'utf8')) as {
    entries: { number: number | null; text: string }[];
    appeals?: unknown[];
  };

/** What no message may say of a court of appeals' stay of an injunction: that the district court protects anyone by a stay. */
const DISTRICT_STAY_WORDS =
  /Stay granted|The judge granted a stay|no one in the class can be deported|El juez concedió una suspensión|Stay of pending appeal|Suspensión: /;

describe('the clerk’s copy of the Ninth Circuit’s stay of the injunction (D. Ariz., hand-written): the appellate act, paired with its own docket’s entry', () => {
  const KEY = 'azd:2:24-cv-00131';
  let run: Replayed;
  let rounds: PostureRounds;
  let store: Store;
  beforeAll(async () => {
    run = await replayed({
      caseKey: KEY,
      history: fixture('appeal-order-copies.json'),
      subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((s) => ({ ...s })),
    });
    ({ rounds, store } = run);
  }, 300_000);
  afterAll(async () => {
    await run?.close();
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
      const p = await casePosture(store, KEY, day);
      expect(p.inForce.map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => h.heldSince)).toEqual(onHold);
    });

  it('the record keeps no stay: what is stayed is the injunction, by the court of appeals', async () => {
    const records = await listDeadlineRecords(store, KEY);
    expect(records.filter((r) => r.kind === 'stay')).toEqual([]);
    const out = await runCli([
      'deadlines',
      '--case',
      KEY,
      '--as-of',
      '2024-04-01',
      '--db',
      `${run.dir}/replay.sqlite`,
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).not.toMatch(/IN FORCE/);
    expect(out.stdout).toMatch(
      /ON HOLD {3}Preliminary injunction of February 14, 2024 not in force: on hold pending appeal since March 18, 2024 \(stayed by the court of appeals until the appeal is decided\) \(CA9 Doc\. 14\)/,
    );
    expect(out.stdout).not.toMatch(/NEEDS REVIEW/);
  });

  it('the stay is told once, from the Ninth Circuit’s docket: the copy (ECF No. 31) is not told again, and nobody reads of a district stay protecting them', () => {
    expect(contradictions(rounds.rounds).found).toEqual([]);
    expect(repeats(rounds.rounds)).toEqual([]);
    const mails = rounds.mails;
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
      'The court of appeals paused the preliminary injunction of February 14, 2024 while the appeal goes on: it does not apply for now.',
    );
  });
});

describe('the clerk’s copy alone (no appeal docket watched): "ORDER from the Ninth Circuit …" puts the injunction on hold, no district stay', () => {
  const KEY = 'azd:2:24-cv-00131';
  let run: Replayed;
  let rounds: PostureRounds;
  let store: Store;
  beforeAll(async () => {
    const h = fixture('appeal-order-copies.json');
    delete h.appeals;
    const copy = h.entries.find((e) => e.number === 31)!;
    copy.text =
      'ORDER from Ninth Circuit Court of Appeals re [24] Notice of Appeal filed by Jorge Espinoza: Appellant’s emergency motion for stay pending appeal is granted. The preliminary injunction of February 14, 2024 is stayed pending resolution of the appeal. (LMT) (Entered: 03/19/2024)';
    run = await replayed({ caseKey: KEY, history: h });
    ({ rounds, store } = run);
  }, 300_000);
  afterAll(async () => {
    await run?.close();
  });

  it('from March 19 the injunction is on hold (the court of appeals’), never a stay in force; the mandate ends the hold', async () => {
    expect((await casePosture(store, KEY, '2024-03-18')).inForce.map((f) => f.name)).toEqual([
      'Preliminary injunction',
    ]);
    const held = await casePosture(store, KEY, '2024-04-01');
    expect(held.inForce).toEqual([]);
    expect(held.onHold.map((h) => [h.heldSince, h.pendingAppeal?.by])).toEqual([['2024-03-19', 'appeals']]);
    expect((await listDeadlineRecords(store, KEY)).filter((r) => r.kind === 'stay')).toEqual([]);
    expect((await casePosture(store, KEY, '2024-09-24')).inForce.map((f) => f.name)).toEqual([
      'Preliminary injunction',
    ]);
  });

  it('no message says the judge granted a stay or that no one can be deported', () => {
    expect(contradictions(rounds.rounds).found).toEqual([]);
    for (const m of rounds.mails)
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(DISTRICT_STAY_WORDS);
    expect(rounds.mails.map((m) => m.text).join('\n')).toContain(
      'The court of appeals paused the preliminary injunction of February 14, 2024 while the appeal goes on',
    );
  });
});
