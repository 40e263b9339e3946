/**
 * Acts on PART of an order, through the live path (`replayedFixtureSuite`: the replay court, the real
 * worker, a real SMTP server), from a hand-written history (tests/fixtures/replay/
 * partial-acts-on-relief.json; fictional parties, D.D.C. and D.C. Cir.): a preliminary injunction
 * in numbered paragraphs (¶2 no termination without a hearing, ¶3 restore vouchers, ¶4 a report due
 * May 15); "all further proceedings … are STAYED pending the D.C. Circuit's decision …, save that
 * the preliminary injunction (ECF No. 20) shall remain in full force and effect"; the D.C. Circuit
 * stays "Paragraph 3 of the district court's March 2, 2026 order … to the extent it requires
 * restoration of vouchers terminated before February 1, 2026"; its decision affirms in part and
 * vacates in part; the clerk dockets the mandate; the order on the mandate vacates ¶3 "to the extent
 * it requires …", "All other provisions of ECF No. 20 remain in effect".
 *
 * How a careful reader takes it: the injunction runs until final judgment throughout — the stay of
 * proceedings leaves it alone (try-out 10 K5); while the appeal goes on, ¶3 is paused only in that
 * part and the rest applies (M13); after the mandate nothing waits for a mandate (m4), and readers
 * are told which part went and that the rest stays (M4, try-out 9 C14); ¶4's report stays due.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'dcd:1:26-cv-00412';
const inForce = (out: string) =>
  out.split('\n').filter((l) => /^\s*IN FORCE\s+Preliminary injunction/.test(l));

describe('acts on part of an injunction order (D.D.C., D.C. Cir., hand-written)', () => {
  const suite = replayedFixtureSuite(KEY, 'partial-acts-on-relief.json');

  it('a stay of the other proceedings leaves the injunction as it was', async () => {
    const out = await suite.run.deadlines('2026-03-12');
    expect(inForce(out)).toEqual([
      expect.stringMatching(/in effect since March 2, 2026 until final judgment$/),
    ]);
    expect(out).toMatch(/IN FORCE\s+Stay of proceedings/);
    expect(mailsOn(suite.rounds.rounds, '2026-03-10', DEMO_SUBSCRIBERS.advocate)).not.toMatch(
      /Preliminary injunction[^\n]{0,60}(?:modified|changed)|changed the preliminary injunction/,
    );
  });

  it('the court of appeals’ stay of part of a paragraph: named in the in-force line, the rest in force, the other duties due', async () => {
    const out = await suite.run.deadlines('2026-03-25');
    const [line] = inForce(out);
    expect(line).toMatch(/until final judgment/);
    expect(line).toMatch(
      /stayed it in part pending appeal on March 20, 2026 \(paragraph 3, to the extent it requires restoration of vouchers terminated before February 1, 2026\): the rest in force/,
    );
    expect(out).toMatch(/Status report[^\n]*2026-05-15[^\n]*upcoming/);
  });

  it('after the mandate and the order carrying it out: the part vacated is named, nothing waits for a mandate', async () => {
    const out = await suite.run.deadlines('2026-10-09');
    const [line] = inForce(out);
    expect(line).toMatch(
      /vacated only as to paragraph 3, to the extent it requires restoration of vouchers terminated before February 1, 2026; the rest in force/,
    );
    expect(line).not.toMatch(/until the mandate issues|stayed it in part/);
  });

  it('every reader is told which part went and that the rest stays, in every language', () => {
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    const en = saidTo(suite.rounds.rounds, DEMO_SUBSCRIBERS.advocate);
    expect(en).toContain(
      'The judge vacated part of the preliminary injunction of March 2, 2026 on October 7, 2026: paragraph 3, to the extent it requires restoration of vouchers terminated before February 1, 2026. That part no longer applies; the rest stays in force.',
    );
    const es = saidTo(suite.rounds.rounds, ADVOCATES_IN_EVERY_LANGUAGE[2].email);
    expect(es).toMatch(
      /anuló una parte de [^\n]*«paragraph 3, to the extent it requires[^»]*»[^\n]*el resto sigue vigente/,
    );
    const ar = saidTo(suite.rounds.rounds, ADVOCATES_IN_EVERY_LANGUAGE[1].email);
    expect(ar).toMatch(/ألغت المحكمة جزءًا من[^\n]*paragraph 3, to the extent[^\n]*ويبقى الباقي ساريًا/);
    for (const m of suite.rounds.rounds.flatMap((r) => r.mails))
      expect(`${m.subject}\n${m.text}`, `${m.to}: ${m.subject}`).not.toMatch(
        /Preliminary injunction[^\n]{0,40} vacated\.|[Ii]njunction[^\n]{0,80}until the D\.C\. Circuit's decision/,
      );
  });
});
