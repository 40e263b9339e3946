/**
 * A court of appeals' own acts, replayed through the live path (the replay court, the real worker,
 * the store, SMTP) from a hand-written history (tests/fixtures/replay/appellate-acts-ca11.json;
 * fictional parties, S.D. Fla. and the Eleventh Circuit): the clerk's docketing notice with the
 * appellant's brief due (Doc. 1), the court's order "Pending the Court's consideration of the motion
 * for stay pending appeal, the district court's February 20, 2026 preliminary injunction is
 * TEMPORARILY STAYED. Appellee's response to the motion is due on or before 03/06/2026" (Doc. 4),
 * the appellee's response (Doc. 7), the motion denied and the temporary stay vacated (Doc. 9), the
 * brief extended (Doc. 11) and filed (Doc. 14), the opinion and judgment of September 15 (Doc.
 * 30/31, affirmed), rehearing en banc denied (Doc. 36), the mandate stayed pending certiorari (Doc.
 * 39), the petition filed (Doc. 41), certiorari denied (Doc. 43), the mandate (Doc. 44).
 *
 * How a careful reader takes it: the injunction is on hold from February 27 to March 12 (an
 * administrative stay while the motion is considered), in force again from March 13 and to the end
 * (affirmed; rehearing denied, the stayed mandate and the petition change nothing in force). The
 * appeal's deadlines are the legal team's deadlines, moved by the extension and met by the filings.
 * Each act is told once, to every reader, in their language, and no message contradicts the posture.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { runCli } from '../support/cli.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, repeats } from '../support/posture-mail.ts';
import { replayedSuite } from '../support/replayed.ts';
import { parseCalendar, testServer } from '../support/web.ts';

const KEY = 'flsd:1:26-cv-20431';
const PAGE = '/cases/flsd/1:26-cv-20431';

describe('a court of appeals’ own acts (S.D. Fla., 11th Cir., hand-written): read, recorded and told once', () => {
  const suite = replayedSuite({
    caseKey: KEY,
    history: JSON.parse(
      readFileSync(new URL('../fixtures/replay/appellate-acts-ca11.json', import.meta.url), 'utf8'),
    ),
    subscribers: ADVOCATES_IN_EVERY_LANGUAGE.map((a) => ({ ...a })),
  });
  let app: Awaited<ReturnType<typeof testServer>> | undefined;
  beforeAll(async () => {
    app = await testServer(suite.store, 'http://127.0.0.1', new Date('2026-03-21T16:00:00Z'));
  });
  afterAll(async () => {
    await app?.close();
  });

  const DAYS: [day: string, inForce: string[], onHold: string[]][] = [
    ['2026-02-26', ['Preliminary injunction'], []],
    ['2026-02-27', [], ['Preliminary injunction']],
    ['2026-03-12', [], ['Preliminary injunction']],
    ['2026-03-13', ['Preliminary injunction'], []],
    ['2026-09-15', ['Preliminary injunction'], []],
    ['2026-11-20', ['Preliminary injunction'], []],
    ['2026-12-01', ['Preliminary injunction'], []],
    ['2027-02-22', ['Preliminary injunction'], []],
    ['2027-04-21', ['Preliminary injunction'], []],
  ];
  for (const [day, inForce, onHold] of DAYS)
    it(`${day}: in force ${JSON.stringify(inForce)}, on hold ${JSON.stringify(onHold)}`, async () => {
      const p = await casePosture(suite.store, KEY, day);
      expect(p.inForce.filter((f) => f.kind === 'injunction').map((f) => f.name)).toEqual(inForce);
      expect(p.onHold.map((h) => h.name)).toEqual(onHold);
      if (onHold.length > 0)
        expect(p.onHold[0]!.pendingAppeal).toEqual({ by: 'appeals', administrative: true });
    });

  it('the appeal’s deadlines are the case’s: set by the clerk, moved by the extension, met by the filings (CLI)', async () => {
    const row = async (day: string, what: RegExp) => {
      const out = await runCli([
        'deadlines',
        '--case',
        KEY,
        '--as-of',
        day,
        '--db',
        `${suite.run.dir}/replay.sqlite`,
      ]);
      expect(out.code).toBe(0);
      // The table's rows, not the WHY lines below it (they quote the court's words).
      return out.stdout.split('\n').filter((l) => what.test(l) && !/^\s*WHY\b/.test(l));
    };
    const brief = /Appellant's brief/;
    expect(await row('2026-03-01', brief)).toEqual([
      expect.stringMatching(/2026-04-06\s+36\s+upcoming\s.*CA11 26-10555 Doc\. 1$/),
    ]);
    expect(await row('2026-03-01', /response to the motion/)).toEqual([
      expect.stringMatching(/Appellee\s+2026-03-06\s+5\s+upcoming\s.*CA11 26-10555 Doc\. 4$/),
    ]);
    expect(await row('2026-03-07', /response to the motion/)).toEqual([
      expect.stringMatching(/\bsatisfied\b/),
    ]);
    expect(await row('2026-03-21', brief)).toEqual([expect.stringMatching(/2026-05-06\s+46\s+upcoming\s/)]);
    expect(await row('2026-05-07', brief)).toEqual([expect.stringMatching(/2026-05-06\s+satisfied\s/)]);
  });

  it('the legal team’s calendar has the appeal’s deadlines on their current days', async () => {
    const ics = parseCalendar((await app!.inject({ method: 'GET', url: `${PAGE}/calendar.ics` })).body);
    const days = (re: RegExp) => ics.filter((e) => re.test(e.summary)).map((e) => e.start.slice(0, 10));
    expect(days(/Appellant's brief/i)).toEqual(['2026-05-06']);
    expect(days(/response to the motion/i)).toEqual(['2026-03-06']);
    // The mandate was due November 27 after rehearing was denied, then stayed for certiorari: on the
    // calendar that day, cancelled (it issued April 21, 2027).
    const mandate = ics.filter((e) => /mandate due/i.test(e.summary));
    expect(mandate.map((e) => [e.start.slice(0, 10), e.status])).toEqual([['2026-11-27', 'CANCELLED']]);
  });

  it('each act is told to every reader in their language; none twice; nothing contradicts the posture', () => {
    const said: [to: string, words: RegExp[]][] = [
      [
        DEMO_SUBSCRIBERS.legal,
        [
          /The Eleventh Circuit paused the preliminary injunction of February 20, 2026 for now, while it decides whether to pause it pending appeal \(an administrative stay\)/,
          /The Eleventh Circuit denied rehearing en banc: its decision of September 15, 2026 stands\. Its mandate is due November 27, 2026 \(FRAP 41\(b\)\)/,
          /The Eleventh Circuit stayed its mandate while a petition for a writ of certiorari is filed, until the Supreme Court disposes of it \(FRAP 41\(d\)\): its decision of September 15, 2026 does not take effect yet/,
          /A petition for a writ of certiorari was filed in the Supreme Court on February 17, 2027 \(No\. 26-1315\)/,
          /Petition for rehearing filed \(Doc\. 34\)/,
          /The Supreme Court declined to hear the case on April 19, 2027/,
        ],
      ],
      [
        DEMO_SUBSCRIBERS.advocate,
        [
          /refused to hear the appeal again with all its judges: its decision of September 15, 2026 stands/,
          /delayed putting its decision of September 15, 2026 into effect while the losing side asks the Supreme Court to hear the case: nothing changes for now/,
          /The losing side asked the Supreme Court to hear the case on February 17, 2027/,
        ],
      ],
      [
        ADVOCATES_IN_EVERY_LANGUAGE[0].email,
        [
          /se negó a volver a oír la apelación con todos sus jueces/,
          /aplazó la entrada en vigor de su decisión del 15 de septiembre de 2026/,
          /La parte que perdió pidió a la Corte Suprema que revise el caso/,
        ],
      ],
      [
        ADVOCATES_IN_EVERY_LANGUAGE[1].email,
        [/إعادة نظر الاستئناف بكامل هيئتها/, /أجّلت .* نفاذ قرارها/, /طلب الطرف الخاسر من المحكمة العليا/],
      ],
    ];
    for (const [to, words] of said) {
      const text = suite.rounds.mails
        .filter((m) => m.to === to)
        .map((m) => m.text)
        .join('\n');
      for (const w of words) expect(text, `${to}: ${w}`).toMatch(w);
    }
    expect(repeats(suite.rounds.rounds)).toEqual([]);
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
  });

  it('the opinion and the judgment of one day are one decision: told once, the judgment’s entry left out; the stamps not doubled', () => {
    const legal = suite.rounds.mails.filter((m) => m.to === DEMO_SUBSCRIBERS.legal);
    expect(
      legal.filter((m) => /affirmed the preliminary injunction of February 20, 2026/.test(m.text)),
    ).toHaveLength(1);
    expect(legal.filter((m) => /\(Doc\. 31\)/.test(m.text))).toEqual([]);
    expect(legal.map((m) => m.text).join('\n')).not.toMatch(
      /\[Entered: [^\]]*\]\s*\[Entered:|\[26-10555\]\s*\[26-10555\]/,
    );
  });
});
