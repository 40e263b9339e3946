/**
 * What families must act on — the class members' own days, the hearings' hour and form, the thing an
 * order protects in their language — through the live path (`replayedFixtureSuite`: the replay
 * court, the real worker, the store, SMTP in en/es/ar; the CLI on the stored posture) from a
 * hand-written history (tests/fixtures/replay/class-members-days-and-hearing-forms.json; fictional
 * parties, E.D. Wis., 7th Cir.). Issue #12, class18.
 *
 * How a careful reader takes it:
 * - the motion hearing set for March 12 at 2:00 p.m. in Courtroom 225 is "RESET to 9:00 a.m. the same
 *   day and will be held by Zoom videoconference", the link emailed to counsel: March 12 at 9:00, by
 *   video, a way to join given (the link itself is not in the order, and never in a mail);
 * - the injunction bars terminating class members' Medicaid coverage: in Spanish "la cobertura de
 *   Medicaid", in Arabic "تغطية Medicaid", never «Medicaid coverage» dropped into the sentence;
 * - the court of appeals' "ORAL ARGUMENT scheduled for 07/29/2031, Courtroom 3, 9:30 AM": July 29 at
 *   9:30 in Courtroom 3;
 * - the preliminary approval defines the Notice Date (May 16) and counts 45 days to object and to
 *   request exclusion (June 30) and 90 days to submit a claim (August 14) from it: three days;
 * - the later order gives the class members whose notices were re-mailed until September 15 to
 *   request exclusion, "All other deadlines remain unchanged": on July 20 both days are shown — June
 *   30 gone by for the others, September 15 ahead for them — and the mails say for whom.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIBERS } from '../../src/demo/run.ts';
import { ADVOCATES_IN_EVERY_LANGUAGE, saidTo } from '../support/posture-mail.ts';
import { replayedFixtureSuite } from '../support/replayed.ts';

const KEY = 'wied:2:31-cv-00118';
const readerIn = (lang: 'es' | 'ar') => ADVOCATES_IN_EVERY_LANGUAGE.find((a) => a.language === lang)!.email;
const [ES, AR] = [readerIn('es'), readerIn('ar')];
/** Each CLI run spawns a process; on a loaded machine one can take tens of seconds. */
const CLI_MS = 180_000;

describe("class members' days, hearings' hour and form, protections in the reader's language (E.D. Wis., hand-written)", () => {
  const suite = replayedFixtureSuite(KEY, 'class-members-days-and-hearing-forms.json');
  /** What `to` read, its lines joined (a mail's text may be wrapped). */
  const said = (to: string, rounds = suite.rounds.rounds) => saidTo(rounds, to).replace(/\s+/g, ' ');

  it(
    'the hearing reset to 9:00 the same day, by video: the CLI and every reader',
    async () => {
      const view = await suite.run.deadlines('2031-03-06');
      expect(view).toMatch(/motion hearing\s+2031-03-12 09:00[^\n]*upcoming/i);
      expect(view).not.toMatch(/2031-03-12 14:00/);
      expect(view).toMatch(/WHERE[^\n]*by video[^\n]*way to join/);
      expect(said(DEMO_SUBSCRIBERS.legal)).toMatch(/March 12, 2031 at 9:00/);
      expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(/It will be held by video/);
      expect(said(ES)).toMatch(/Se celebrará por videoconferencia/);
      expect(said(AR)).toMatch(/ستُعقد عبر الفيديو/);
      // The order sent the link to counsel: the families are told it exists and whom to ask.
      expect(said(DEMO_SUBSCRIBERS.advocate)).toMatch(/The order gives a way to join it/);
    },
    CLI_MS,
  );

  it('the Medicaid coverage protected, in Spanish and Arabic words', () => {
    expect(said(ES)).toMatch(/la cobertura de Medicaid/);
    expect(said(ES)).not.toMatch(/«Medicaid coverage»/);
    expect(said(AR)).toMatch(/تغطية Medicaid/);
  });

  it(
    "the appeal's oral argument keeps its hour and courtroom",
    async () => {
      const view = await suite.run.deadlines('2031-06-10');
      expect(view).toMatch(/oral argument\s+2031-07-29 09:30[^\n]*upcoming/i);
      expect(view).toMatch(/WHERE[^\n]*Courtroom 3/);
    },
    CLI_MS,
  );

  it(
    "the class members' three days counted from the Notice Date",
    async () => {
      const view = await suite.run.deadlines('2031-05-02');
      expect(view).toMatch(/Last day for class members to object[^\n]*2031-06-30/);
      expect(view).toMatch(/Last day for class members to opt out[^\n]*2031-06-30/);
      expect(view).toMatch(/Last day for class members to submit a claim[^\n]*2031-08-14/);
      const families = said(DEMO_SUBSCRIBERS.advocate);
      expect(families).toMatch(/June 30, 2031/);
      expect(families).toMatch(/August 14, 2031/);
    },
    CLI_MS,
  );

  it(
    'the later day to opt out for the re-mailed class members, beside the others’ day',
    async () => {
      const view = await suite.run.deadlines('2031-07-20');
      expect(view).toMatch(/Last day for class members to opt out, only for…\s+2031-09-15[^\n]*upcoming/);
      expect(view).toMatch(/Last day for class members to opt out\s+2031-06-30[^\n]*day passed/);
      const json = JSON.parse(await suite.run.deadlines('2031-07-20', '--json')) as {
        records: { what: string; due: string | null }[];
      };
      expect(json.records.filter((r) => /opt out/.test(r.what)).map((r) => [r.what, r.due])).toEqual([
        ['last day for class members to opt out', '2031-06-30'],
        [
          'last day for class members to opt out, only for approximately 4,100 class members whose notices were returned as undeliverable and re-mailed',
          '2031-09-15',
        ],
      ]);
      const july = said(
        DEMO_SUBSCRIBERS.advocate,
        suite.rounds.rounds.filter((r) => r.day >= '2031-07-10'),
      );
      expect(july).toMatch(/September 15, 2031/);
      expect(july).toMatch(/only for approximately 4,100 class members whose notices were returned/);
      expect(july).toMatch(/for the other class members the day set before stays/);
      expect(said(ES)).toMatch(
        /solo para las personas de la clase que la orden describe así: «[^»]*approximately 4,100/,
      );
    },
    CLI_MS,
  );
});
