/**
 * Relief recognised and ended on its real terms, through the live path (replay → stored posture →
 * `deadlines --as-of` → mails in en/es/ar), from two hand-written histories (fictional parties):
 *
 * - D. Kan. (tests/fixtures/replay/relief-captioned-bounded-and-narrowed.json): a TRO barring removal
 *   and transfer to 11:59 p.m. on January 21; "EXTENDED through the Court's ruling on the motion for
 *   a preliminary injunction, but no later than 11:59 p.m. on February 3"; the ruling of February 1,
 *   captioned "PRELIMINARY INJUNCTION.", grants the motion in part: "The request to enjoin removal of
 *   class members is DENIED; the motion is GRANTED as to transfers". A careful reader: the TRO is in
 *   force after January 21 (to February 3 at the latest); on February 1 it ends with the ruling, and
 *   deportations are no longer blocked by this case — only transfers are.
 * - D. Colo. (tests/fixtures/replay/relief-until-a-ruling-or-a-day.json): a TRO captioned
 *   "TEMPORARY RESTRAINING ORDER:" to 5:00 p.m. on March 23; kept "until the Court rules on the [3]
 *   motion for preliminary injunction or 5:00 p.m. on March 29, 2027, whichever is earlier"; no
 *   ruling comes, so it runs out after March 29 and deportations are no longer blocked by it; an
 *   order captioned "INJUNCTION PENDING FINAL JUDGMENT." grants [3] on April 12.
 */
import { describe, expect, it } from 'vitest';
import { casePosture } from '../../src/deadlines/record.ts';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { dateIn } from '../../src/notify/i18n.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, contradictions, mailsOn, repeats } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const [ES, AR] = [ADVOCATES_IN_EVERY_LANGUAGE[0].email, ADVOCATES_IN_EVERY_LANGUAGE[1].email];
const EN = DEMO_SUBSCRIBERS.advocate;
/** Tests that run `docketwatch deadlines` (a whole process each) on a shared, loaded machine. */
const CLI_MS = 240_000;

describe('a TRO extended to a ruling "but no later than" a day, then a preliminary injunction captioned by name, granted in part', () => {
  const KEY = 'ksd:2:27-cv-02031';
  const suite = replayedFixtureSuite(KEY, 'relief-captioned-bounded-and-narrowed.json');
  const inForce = async (day: string) => (await casePosture(suite.run.store, KEY, day)).inForce;
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it(
    'after its first last day the TRO is in force, to February 3 at 11:59 p.m. at the latest',
    async () => {
      const [tro] = await inForce('2027-01-25');
      expect(tro?.name).toMatch(/restraining/i);
      expect(tro?.until).toBe('2027-02-03');
      expect(tro?.untilTime).toBe('23:59');
      const cli = await suite.run.deadlines('2027-01-25');
      expect(cli).toMatch(/IN FORCE\s+Temporary restraining order.*until February 3, 2027 at 11:59 PM/);
      expect(cli).toMatch(/or until the court rules on the motion for a preliminary injunction/);
      expect(cli).not.toMatch(/nothing in force/);
    },
    CLI_MS,
  );

  it('the extension is told with its outer limit, in every language', () => {
    expect(on('2027-01-20', EN)).toContain('until February 3, 2027 at 11:59 PM');
    expect(on('2027-01-20', ES)).toContain(dateIn('es', '2027-02-03'));
    expect(on('2027-01-20', AR)).toContain(dateIn('ar', '2027-02-03'));
  });

  it(
    'the order captioned "PRELIMINARY INJUNCTION." is in force as to transfers; the TRO ended with the ruling',
    async () => {
      const after = await inForce('2027-02-02');
      expect(after.map((f) => f.name)).toEqual(['Preliminary injunction']);
      const cli = await suite.run.deadlines('2027-02-10');
      expect(cli).toMatch(/IN FORCE\s+Preliminary injunction/);
      expect(cli).not.toMatch(/IN FORCE\s+Temporary restraining order/);
    },
    CLI_MS,
  );

  it('advocates are told plainly that deportations are no longer blocked, not only what the injunction blocks', () => {
    const en = on('2027-02-01', EN);
    expect(en).toContain(
      'The temporary restraining order of January 7, 2027 no longer blocks deportations of people in the class.',
    );
    expect(en).toContain('The preliminary injunction does not protect from that.');
    expect(en).toContain('Transfers of people in the class out of the District of Kansas are blocked');
    expect(en).not.toMatch(
      /Deportations of people in the class are blocked while the preliminary injunction/,
    );
    expect(on('2027-02-01', ES)).toMatch(
      /ya no bloquea las deportaciones[^.]*\. La medida cautelar preliminar no protege de eso\./,
    );
    expect(on('2027-02-01', AR)).toContain('ولا يحمي');
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});

describe('a TRO captioned by name, kept "until the Court rules … or 5:00 p.m. on March 29, whichever is earlier", that runs out', () => {
  const KEY = 'cod:1:27-cv-00655';
  const suite = replayedFixtureSuite(KEY, 'relief-until-a-ruling-or-a-day.json');
  const inForce = async (day: string) => (await casePosture(suite.run.store, KEY, day)).inForce;
  const on = (day: string, to: string) => mailsOn(suite.rounds.rounds, day, to);

  it('"TEMPORARY RESTRAINING ORDER:" is a TRO granted, to 5:00 p.m. on March 23', async () => {
    const [tro] = await inForce('2027-03-10');
    expect(tro?.name).toMatch(/restraining/i);
    expect(tro?.until).toBe('2027-03-23');
    expect(tro?.untilTime).toBe('17:00');
    expect(on('2027-03-09', EN)).toContain('Deportations of people in the class are blocked');
  });

  it(
    'kept to the earlier of the ruling and March 29 at 5:00 p.m.: in force through that day, then not',
    async () => {
      const [tro] = await inForce('2027-03-25');
      expect(tro?.until).toBe('2027-03-29');
      expect(tro?.untilTime).toBe('17:00');
      expect(await suite.run.deadlines('2027-03-29')).toMatch(
        /IN FORCE\s+Temporary restraining order.*until March 29, 2027 at 5:00 PM; or until the court rules on ECF No\. 3/,
      );
      expect(await inForce('2027-03-30')).toEqual([]);
      expect(await suite.run.deadlines('2027-03-31')).toMatch(/nothing in force/);
    },
    CLI_MS,
  );

  it('its end is told: deportations are no longer blocked by it, in every language', () => {
    // It ran out at 5:00 p.m. on Monday, March 29: told in that night's clock round (March 30, court
    // time), as a live worker tells it, not on the next entry's day.
    const en = on('2027-03-30', EN);
    expect(en).toContain('has ended: its term ran out');
    expect(en).toContain('no longer blocks deportations of people in the class');
    expect(on('2027-03-30', ES)).toMatch(/venció[\s\S]*ya no bloquea las deportaciones/);
    expect(on('2027-03-30', AR)).toContain('انتهى');
  });

  it('"INJUNCTION PENDING FINAL JUDGMENT." is a preliminary injunction until final judgment', async () => {
    const [pi] = await inForce('2027-04-13');
    expect(pi?.name).toBe('Preliminary injunction');
    expect(pi?.until).toBe('final judgment');
    expect(on('2027-04-12', EN)).toContain(
      'Deportations of people in the class are blocked while the preliminary injunction is in force.',
    );
    expect(contradictions(suite.rounds.rounds).found).toEqual([]);
    expect(repeats(suite.rounds.rounds)).toEqual([]);
  });
});
